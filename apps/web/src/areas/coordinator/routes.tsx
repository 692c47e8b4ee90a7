import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { rootRoute } from '../../app/root';
import { Page } from '../../components/Page';
import { RequireRole } from '../../components/RequireRole';
import { parseCompaniesSearch, parseReachSearch, parseWaitlistSearch } from './search';

function CoordinatorHome() {
  const intl = useIntl();
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Page title={intl.formatMessage({ id: 'coordinator.home.title' })}>{null}</Page>
    </RequireRole>
  );
}

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator',
  component: CoordinatorHome,
});

// Waiting list, company approval and reach report (their search params: ./search.ts).
const waitlistRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator/wachtlijst',
  validateSearch: parseWaitlistSearch,
  component: lazyRouteComponent(() => import('./pages/WaitlistPage'), 'WaitlistPage'),
});
const companiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator/bedrijven',
  validateSearch: parseCompaniesSearch,
  component: lazyRouteComponent(() => import('./pages/CompaniesPage'), 'CompaniesPage'),
});
const reachRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator/bereik',
  validateSearch: (raw: Record<string, unknown>) => parseReachSearch(raw),
  component: lazyRouteComponent(() => import('./pages/ReachPage'), 'ReachPage'),
});

export const coordinatorRoutes = [homeRoute, waitlistRoute, companiesRoute, reachRoute] as const;
