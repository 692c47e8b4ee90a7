import '../admin.css';
import { useQuery } from '@apollo/client/react';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { programmeLabel, provinceLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import { CoordinatorForm } from './CoordinatorForm';
import { CoordinatorsQuery } from './coordinator-form';
import { AdminTableScroll } from './AdminTableScroll';

/** /beheer/coordinatoren: every coordinator with their provinces and programmes, and a form for a new one. */
export function CoordinatorsPage() {
  const intl = useIntl();
  return (
    <RequireRole roles={['ADMIN']}>
      <Page title={intl.formatMessage({ id: 'admin.coordinators.title' })}>
        <CoordinatorList />
        <CoordinatorForm />
      </Page>
    </RequireRole>
  );
}

function CoordinatorList() {
  const intl = useIntl();
  const { data, loading, error } = useQuery(CoordinatorsQuery);
  const problems = useMemo(() => problemsOf(error), [error]);
  const list = (values: readonly string[], label: (v: string) => string) =>
    values.map(label).filter(Boolean).join(', ');
  return (
    <section aria-labelledby="tm-coordinators-title" className="tm-admin-section">
      <Heading2 id="tm-coordinators-title">
        <FormattedMessage id="admin.coordinators.list" />
      </Heading2>
      <ErrorSummary problems={problems} />
      <p role="status" className="tm-admin-count">
        {loading && !data ? (
          <FormattedMessage id="common.loading" />
        ) : data ? (
          <FormattedMessage id="admin.coordinators.count" values={{ count: data.coordinators.length }} />
        ) : null}
      </p>
      {data?.coordinators.length ? (
        <AdminTableScroll label={intl.formatMessage({ id: 'admin.coordinators.caption' })}>
          <Table className="tm-admin-table">
            <TableCaption>
              <FormattedMessage id="admin.coordinators.caption" />
            </TableCaption>
            <TableHeader>
              <TableRow>
                {['name', 'email', 'provinces', 'programmes'].map((c) => (
                  <TableHeaderCell key={c} scope="col">
                    <FormattedMessage id={`admin.coordinators.col.${c}`} />
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.coordinators.map((user) => (
                <TableRow key={user.id}>
                  <TableHeaderCell scope="row">{user.name}</TableHeaderCell>
                  <TableCell>{user.email}</TableCell>
                  <TableCell>{list(user.provinces, provinceLabel)}</TableCell>
                  <TableCell>
                    {user.programmes.length
                      ? list(user.programmes, programmeLabel)
                      : intl.formatMessage({ id: 'admin.coordinators.allProgrammes' })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </AdminTableScroll>
      ) : data ? (
        <Paragraph>
          <FormattedMessage id="admin.coordinators.none" />
        </Paragraph>
      ) : null}
    </section>
  );
}
