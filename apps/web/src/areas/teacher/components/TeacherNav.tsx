import { Link } from '@tanstack/react-router';
import { FormattedMessage, useIntl } from 'react-intl';

const ITEMS = [
  { to: '/docent', id: 'teacher.nav.home', exact: true },
  { to: '/docent/boekingen', id: 'teacher.nav.bookings', exact: false },
  { to: '/docent/behoeften', id: 'teacher.nav.requests', exact: false },
  { to: '/docent/wachtlijst', id: 'teacher.nav.waitlist', exact: false },
] as const;

/** The teacher's pages, with the current one marked (aria-current and a thick underline, not colour alone). */
export function TeacherNav() {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: 'teacher.nav.label' })} className="tm-teacher-nav">
      <ul className="tm-teacher-nav__list">
        {ITEMS.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              className="tm-teacher-nav__link"
              activeOptions={{ exact: item.exact, includeSearch: false }}
              activeProps={{ 'aria-current': 'page' }}
            >
              <FormattedMessage id={item.id} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
