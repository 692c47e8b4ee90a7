import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root';
import { actForSchoolSearch, dashboardSearch, demandSupplySearch, matchingSearch } from './region-search';
import { parseCompaniesSearch, parseReachSearch, parseWaitlistSearch } from './search';

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator',
  validateSearch: dashboardSearch,
  component: lazyRouteComponent(() => import('./pages/CoordinatorDashboard'), 'CoordinatorDashboard'),
});

// Demand and supply, matching, acting for a school (their search params: ./region-search.ts).
const regionRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/coordinator/vraag-en-aanbod',
    validateSearch: demandSupplySearch,
    component: lazyRouteComponent(() => import('./pages/DemandSupplyPage'), 'DemandSupplyPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/coordinator/matching',
    validateSearch: matchingSearch,
    component: lazyRouteComponent(() => import('./pages/MatchingPage'), 'MatchingPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/coordinator/namens-school',
    validateSearch: actForSchoolSearch,
    component: lazyRouteComponent(() => import('./pages/ActForSchoolPage'), 'ActForSchoolPage'),
  }),
] as const;

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

export const coordinatorRoutes = [
  homeRoute,
  ...regionRoutes,
  waitlistRoute,
  companiesRoute,
  reachRoute,
] as const;
