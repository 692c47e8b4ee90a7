import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SchoolImportFieldsFragment } from '../../../gql/graphql';
import { adminMoment } from './admin-format';
import { percentRead } from './school-import-documents';
import { AdminTableScroll } from './AdminTableScroll';

/** One import: its state (announced when it changes), a progress bar while it runs, and its outcome. */
export function SchoolImportRunView({ run }: { run: SchoolImportFieldsFragment }) {
  const intl = useIntl();
  const labelId = useId();
  const percent = percentRead(run);
  const figure = (id: string, value: number) => (
    <DataListItem key={id}>
      <DataListKey>
        <FormattedMessage id={`admin.import.figure.${id}`} />
      </DataListKey>
      <DataListValue>{intl.formatNumber(value)}</DataListValue>
    </DataListItem>
  );
  return (
    <div className="tm-admin-import-run">
      <p role="status" className="tm-admin-count">
        <FormattedMessage
          id={`admin.import.state.${run.state}`}
          values={{ file: run.fileName, at: adminMoment(intl, run.finishedAt ?? run.createdAt) }}
        />
      </p>
      <div className="tm-admin-progress">
        <span id={labelId} className="tm-admin-progress__label">
          <FormattedMessage id="admin.import.progress" values={{ file: run.fileName }} />
        </span>
        {/* Without a value the bar says "busy" until the file's size is known. */}
        <progress
          aria-labelledby={labelId}
          max={run.rowsTotal ?? undefined}
          value={run.rowsTotal === null ? undefined : run.rowsRead}
          className="tm-admin-progress__bar"
        />
        <span className="tm-admin-progress__text">
          {percent === null ? (
            <FormattedMessage id={run.state === 'QUEUED' ? 'admin.import.waiting' : 'admin.import.reading'} />
          ) : (
            <FormattedMessage
              id="admin.import.rowsRead"
              values={{
                read: intl.formatNumber(run.rowsRead),
                total: intl.formatNumber(run.rowsTotal ?? 0),
                percent,
              }}
            />
          )}
        </span>
      </div>
      {run.state === 'DONE' ? (
        <DataList className="tm-admin-facts">
          {figure('read', run.rowsRead)}
          {figure('imported', run.rowsImported)}
          {figure('inserted', run.inserted)}
          {figure('updated', run.updated)}
          {figure('unchanged', run.unchanged)}
          {figure('failed', run.rowsFailed)}
        </DataList>
      ) : null}
      {run.state === 'FAILED' ? (
        <Alert type="error">
          <Paragraph>
            <FormattedMessage id="admin.import.failed" />
          </Paragraph>
          {run.error ? (
            <Paragraph>
              <FormattedMessage id="admin.import.failed.detail" values={{ detail: run.error }} />
            </Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {run.failures.length ? <FailuresTable run={run} /> : null}
    </div>
  );
}

function FailuresTable({ run }: { run: SchoolImportFieldsFragment }) {
  const intl = useIntl();
  return (
    <AdminTableScroll
      label={intl.formatMessage(
        { id: 'admin.import.failures.caption' },
        { shown: run.failures.length, count: run.rowsFailed },
      )}
    >
      <Table className="tm-admin-table">
        <TableCaption>
          <FormattedMessage
            id="admin.import.failures.caption"
            values={{ shown: run.failures.length, count: run.rowsFailed }}
          />
        </TableCaption>
        <TableHeader>
          <TableRow>
            {['line', 'code', 'why'].map((c) => (
              <TableHeaderCell key={c} scope="col">
                <FormattedMessage id={`admin.import.failures.${c}`} />
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {run.failures.map((failure) => (
            <TableRow key={failure.line}>
              <TableHeaderCell scope="row">{failure.line}</TableHeaderCell>
              <TableCell>{failure.vestigingscode ?? '–'}</TableCell>
              <TableCell lang="en">{failure.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </AdminTableScroll>
  );
}
