import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { basename } from 'node:path';
import { SchoolImportSource, SchoolImportState, type SchoolImportRunEntity } from '@app/catalogue';

registerEnumType(SchoolImportSource, {
  name: 'SchoolImportSource',
  description:
    "Where an import reads the school registry: DATA_FILE, the all-schools file of the server's shared open " +
    "data (works offline); DUO_DOWNLOAD, DUO's public file of every primary-school location.",
});
registerEnumType(SchoolImportState, {
  name: 'SchoolImportState',
  description: 'An import of the school registry: QUEUED, RUNNING, DONE or FAILED.',
});

@ObjectType({ description: 'A row of the file that was not imported, and why.' })
export class SchoolImportRowNote {
  @Field(() => Int, { description: 'Line in the file; 1 is the header.' })
  line: number;

  @Field(() => String, { nullable: true, description: 'The vestigingscode of the row, when it has one.' })
  vestigingscode: string | null;

  @Field({ description: 'Why it was skipped (in English, as the importer reports it).' })
  message: string;
}

@ObjectType({ description: 'One import of the DUO school registry, with its progress and outcome.' })
export class SchoolImportRun {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field(() => SchoolImportSource, { description: 'Where the registry is read.' })
  source: SchoolImportSource;

  @Field({ description: 'The name of the file read.' })
  fileName: string;

  @Field(() => SchoolImportState, { description: 'QUEUED, RUNNING, DONE or FAILED.' })
  state: SchoolImportState;

  @Field(() => Int, {
    nullable: true,
    description: 'Rows of the file (lines after the header while running); null until the file is read.',
  })
  rowsTotal: number | null;

  @Field(() => Int, { description: 'Rows read and validated so far; rowsTotal when done.' })
  rowsRead: number;

  @Field(() => Int, { description: 'Rows imported: schools inserted, updated or found unchanged.' })
  rowsImported: number;

  @Field(() => Int, { description: 'Rows that failed validation and were skipped.' })
  rowsFailed: number;

  @Field(() => Int, { description: 'School locations new to the registry.' })
  inserted: number;

  @Field(() => Int, { description: 'School locations whose data changed.' })
  updated: number;

  @Field(() => Int, { description: 'School locations found as they were.' })
  unchanged: number;

  @Field(() => [SchoolImportRowNote], { description: 'The first 100 rows that failed, with their line.' })
  failures: SchoolImportRowNote[];

  @Field(() => String, {
    nullable: true,
    description: 'Why the import failed (in English, as the importer reports it); null unless FAILED.',
  })
  error: string | null;

  @Field(() => Date, { description: 'When the import was asked for.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the worker started it.' })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ended, DONE or FAILED.' })
  finishedAt: Date | null;

  static from(entity: SchoolImportRunEntity): SchoolImportRun {
    const fileName = /^https?:\/\//i.test(entity.location)
      ? decodeURIComponent(new URL(entity.location).pathname.split('/').pop() ?? entity.location)
      : basename(entity.location);
    return Object.assign(new SchoolImportRun(), {
      id: entity.id,
      source: entity.source,
      fileName,
      state: entity.state,
      rowsTotal: entity.rowsTotal,
      rowsRead: entity.rowsRead,
      rowsImported: entity.inserted + entity.updated + entity.unchanged,
      rowsFailed: entity.rejected,
      inserted: entity.inserted,
      updated: entity.updated,
      unchanged: entity.unchanged,
      failures: entity.rejections.map((note) => ({
        line: note.line,
        vestigingscode: note.vestigingscode,
        message: note.message,
      })),
      error: entity.state === SchoolImportState.FAILED ? entity.error : null,
      createdAt: entity.createdAt,
      startedAt: entity.startedAt,
      finishedAt: entity.finishedAt,
    });
  }
}
