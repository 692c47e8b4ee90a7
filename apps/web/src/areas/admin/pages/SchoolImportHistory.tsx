import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SchoolImportFieldsFragment } from '../../../gql/graphql';
import { adminMoment } from './admin-format';
import { AdminTableScroll } from './AdminTableScroll';

/** The imports before the latest, newest first. */
export function SchoolImportHistory({ runs }: { runs: readonly SchoolImportFieldsFragment[] }) {
  const intl = useIntl();
  return (
    <AdminTableScroll label={intl.formatMessage({ id: 'admin.import.history.caption' })}>
      <Table className="tm-admin-table">
        <TableCaption>
          <FormattedMessage id="admin.import.history.caption" />
        </TableCaption>
        <TableHeader>
          <TableRow>
            {['at', 'file', 'state', 'imported', 'failed'].map((c) => (
              <TableHeaderCell key={c} scope="col">
                <FormattedMessage id={`admin.import.history.${c}`} />
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {runs.map((run) => (
            <TableRow key={run.id}>
              <TableHeaderCell scope="row">{adminMoment(intl, run.createdAt)}</TableHeaderCell>
              <TableCell>{run.fileName}</TableCell>
              <TableCell>
                <FormattedMessage id={`admin.import.stateShort.${run.state}`} />
              </TableCell>
              <TableCell>{intl.formatNumber(run.rowsImported)}</TableCell>
              <TableCell>{intl.formatNumber(run.rowsFailed)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </AdminTableScroll>
  );
}
