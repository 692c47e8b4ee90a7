import { useQuery } from '@apollo/client/react';
import { createRootRoute, Link, Outlet } from '@tanstack/react-router';
import {
  NumberBadge,
  PageContent,
  PageFooter,
  PageHeader,
  SkipLink,
  Page as UtrechtPage,
} from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { graphql } from '../gql';
import { useLocale } from './i18n';
import { useLogOut, useSession } from './session';

const UnreadCountQuery = graphql(`
  query UnreadCount {
    myNotifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

/** Where each role starts after logging in. */
export const HOME_OF_ROLE: Record<string, string> = {
  TEACHER: '/docent',
  COMPANY: '/bedrijf',
  COORDINATOR: '/coordinator',
  ADMIN: '/beheer',
};

function UnreadBadge() {
  const intl = useIntl();
  const { data } = useQuery(UnreadCountQuery, { pollInterval: 60_000 });
  const count = data?.myNotifications.unreadCount ?? 0;
  if (!count) return null;
  return (
    <>
      {' '}
      <NumberBadge aria-hidden="true">{count}</NumberBadge>
      <span className="tm-visually-hidden">{intl.formatMessage({ id: 'common.nav.unread' }, { count })}</span>
    </>
  );
}

function MainNav() {
  const { me } = useSession();
  const logOut = useLogOut();
  const { locale, setLocale } = useLocale();
  const intl = useIntl();
  const home = me ? HOME_OF_ROLE[me.role] : undefined;
  const homeLabel = me
    ? `common.nav.${{ TEACHER: 'teacherHome', COMPANY: 'companyHome', COORDINATOR: 'coordinatorHome', ADMIN: 'adminHome' }[me.role]}`
    : '';
  return (
    <nav aria-label={intl.formatMessage({ id: 'common.nav.label' })} className="tm-nav">
      <ul className="tm-nav__list">
        <li>
          <Link to="/activiteiten" className="tm-nav__link" activeProps={{ 'aria-current': 'page' }}>
            <FormattedMessage id="common.nav.search" />
          </Link>
        </li>
        {me && home ? (
          <>
            <li>
              <Link to={home} className="tm-nav__link" activeProps={{ 'aria-current': 'page' }}>
                <FormattedMessage id={homeLabel} />
              </Link>
            </li>
            <li>
              <Link to="/meldingen" className="tm-nav__link" activeProps={{ 'aria-current': 'page' }}>
                <FormattedMessage id="common.nav.notifications" />
                <UnreadBadge />
              </Link>
            </li>
            <li>
              <Link to="/account" className="tm-nav__link" activeProps={{ 'aria-current': 'page' }}>
                <FormattedMessage id="common.nav.account" />
              </Link>
            </li>
            <li>
              <button type="button" className="tm-nav__button" onClick={() => void logOut()}>
                <FormattedMessage id="common.nav.logOut" />
              </button>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link to="/inloggen" className="tm-nav__link" activeProps={{ 'aria-current': 'page' }}>
                <FormattedMessage id="common.nav.logIn" />
              </Link>
            </li>
            <li>
              <Link to="/aanmelden" className="tm-nav__link" activeProps={{ 'aria-current': 'page' }}>
                <FormattedMessage id="common.nav.signUp" />
              </Link>
            </li>
          </>
        )}
        <li>
          <button
            type="button"
            className="tm-nav__button"
            lang={locale === 'nl' ? 'en' : 'nl'}
            onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
          >
            {locale === 'nl' ? 'English' : 'Nederlands'}
          </button>
        </li>
      </ul>
    </nav>
  );
}

function Layout() {
  return (
    <UtrechtPage className="tm-shell">
      <SkipLink href="#inhoud">
        <FormattedMessage id="common.skipLink" />
      </SkipLink>
      <PageHeader className="tm-header">
        <Link to="/" className="tm-logo">
          <FormattedMessage id="common.appName" />
          <span className="tm-logo__tagline">
            <FormattedMessage id="common.tagline" />
          </span>
        </Link>
        <MainNav />
      </PageHeader>
      <PageContent>
        <main id="inhoud" tabIndex={-1} className="tm-main">
          <Outlet />
        </main>
      </PageContent>
      <PageFooter className="tm-footer">
        <ul className="tm-footer__links">
          <li>
            <Link to="/toegankelijkheid">
              <FormattedMessage id="common.footer.accessibility" />
            </Link>
          </li>
          <li>
            <Link to="/over">
              <FormattedMessage id="common.footer.about" />
            </Link>
          </li>
        </ul>
      </PageFooter>
    </UtrechtPage>
  );
}

function NotFound() {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'common.notFound.title' })}>
      <p>
        <FormattedMessage id="common.notFound.body" />
      </p>
    </Page>
  );
}

export const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFound });
