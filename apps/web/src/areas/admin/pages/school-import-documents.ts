import { graphql } from '../../../gql';

export const SchoolImportFields = graphql(`
  fragment SchoolImportFields on SchoolImportRun {
    id
    source
    fileName
    state
    rowsTotal
    rowsRead
    rowsImported
    rowsFailed
    inserted
    updated
    unchanged
    error
    createdAt
    startedAt
    finishedAt
    failures {
      line
      vestigingscode
      message
    }
  }
`);

export const SchoolImportsQuery = graphql(`
  query SchoolImports($limit: Int!) {
    schoolImports(limit: $limit) {
      ...SchoolImportFields
    }
  }
`);

export const StartSchoolImportMutation = graphql(`
  mutation StartSchoolImport($source: SchoolImportSource!) {
    startSchoolImport(source: $source) {
      ...SchoolImportFields
    }
  }
`);

/** Whether a run still changes (the page polls while one does). */
export const isActive = (state: string): boolean => state === 'QUEUED' || state === 'RUNNING';

/** The share of the file read, 0 to 100; null while its size is unknown. */
export function percentRead(run: { rowsRead: number; rowsTotal: number | null }): number | null {
  if (run.rowsTotal === null) return null;
  if (run.rowsTotal === 0) return 100;
  return Math.min(100, Math.floor((run.rowsRead / run.rowsTotal) * 100));
}
