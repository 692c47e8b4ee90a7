import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withAreaMessages } from '../../app/area-messages';
import { rootRoute } from '../../app/root';
import { actForSchoolSearch, dashboardSearch, demandSupplySearch, matchingSearch } from './region-search';
import { parseCompaniesSearch, parseReachSearch, parseWaitlistSearch } from './search';

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator',
  validateSearch: dashboardSearch,
  component: lazyRouteComponent(
    withAreaMessages('coordinator', () => import('./pages/CoordinatorDashboard')),
    'CoordinatorDashboard',
  ),
});

// Demand and supply, matching, acting for a school (their search params: ./region-search.ts).
const regionRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/coordinator/vraag-en-aanbod',
    validateSearch: demandSupplySearch,
    component: lazyRouteComponent(
      withAreaMessages('coordinator', () => import('./pages/DemandSupplyPage')),
      'DemandSupplyPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/coordinator/matching',
    validateSearch: matchingSearch,
    component: lazyRouteComponent(
      withAreaMessages('coordinator', () => import('./pages/MatchingPage')),
      'MatchingPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/coordinator/namens-school',
    validateSearch: actForSchoolSearch,
    component: lazyRouteComponent(
      withAreaMessages('coordinator', () => import('./pages/ActForSchoolPage')),
      'ActForSchoolPage',
    ),
  }),
] as const;

// Waiting list, company approval and reach report (their search params: ./search.ts).
const waitlistRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator/wachtlijst',
  validateSearch: parseWaitlistSearch,
  component: lazyRouteComponent(
    withAreaMessages('coordinator', () => import('./pages/WaitlistPage')),
    'WaitlistPage',
  ),
});
const companiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator/bedrijven',
  validateSearch: parseCompaniesSearch,
  component: lazyRouteComponent(
    withAreaMessages('coordinator', () => import('./pages/CompaniesPage')),
    'CompaniesPage',
  ),
});
const reachRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator/bereik',
  validateSearch: (raw: Record<string, unknown>) => parseReachSearch(raw),
  component: lazyRouteComponent(
    withAreaMessages('coordinator', () => import('./pages/ReachPage')),
    'ReachPage',
  ),
});

export const coordinatorRoutes = [
  homeRoute,
  ...regionRoutes,
  waitlistRoute,
  companiesRoute,
  reachRoute,
] as const;
