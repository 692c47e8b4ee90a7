import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root';
import { actForSchoolSearch, dashboardSearch, demandSupplySearch, matchingSearch } from './region-search';

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator',
  validateSearch: dashboardSearch,
  component: lazyRouteComponent(() => import('./pages/CoordinatorDashboard'), 'CoordinatorDashboard'),
});

// Demand and supply, matching, acting for a school (web-coord).
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

export const coordinatorRoutes = [homeRoute, ...regionRoutes] as const;
