import '../admin.css';
import { Link } from '@tanstack/react-router';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';

const ADMIN_TASKS = [
  { to: '/beheer/coordinatoren', id: 'coordinators' },
  { to: '/beheer/scholenimport', id: 'schoolImport' },
] as const;

// An admin may do whatever a coordinator may, in every province.
const COORDINATOR_TASKS = [
  { to: '/coordinator/wachtlijst', id: 'waitlist' },
  { to: '/coordinator/bedrijven', id: 'companies' },
  { to: '/coordinator/bereik', id: 'reach' },
] as const;

/** /beheer: what an admin can do, as links. */
export function AdminHomePage() {
  const intl = useIntl();
  return (
    <RequireRole roles={['ADMIN']}>
      <Page title={intl.formatMessage({ id: 'admin.home.title' })}>
        <Paragraph>
          <FormattedMessage id="admin.home.intro" />
        </Paragraph>
        <nav aria-labelledby="tm-admin-tasks">
          <Heading2 id="tm-admin-tasks">
            <FormattedMessage id="admin.home.admin" />
          </Heading2>
          <ul className="tm-admin-task-list">
            {ADMIN_TASKS.map((task) => (
              <li key={task.id}>
                <Link to={task.to} className="tm-admin-task-link">
                  <FormattedMessage id={`admin.home.task.${task.id}`} />
                </Link>
                <span className="tm-admin-hint">
                  <FormattedMessage id={`admin.home.task.${task.id}.hint`} />
                </span>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-labelledby="tm-coordinator-tasks">
          <Heading2 id="tm-coordinator-tasks">
            <FormattedMessage id="admin.home.coordinator" />
          </Heading2>
          <ul className="tm-admin-task-list">
            {COORDINATOR_TASKS.map((task) => (
              <li key={task.id}>
                <Link to={task.to} className="tm-admin-task-link">
                  <FormattedMessage id={`admin.home.task.${task.id}`} />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Page>
    </RequireRole>
  );
}
