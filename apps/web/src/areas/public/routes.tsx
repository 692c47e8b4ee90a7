import { createRoute, lazyRouteComponent, Navigate } from '@tanstack/react-router';
import { rootRoute } from '../../app/root';
import { SearchPage } from './pages/SearchPage';
import { validateSearchParams } from './search-state';

// The pages for everyone. The search page is the first page and comes with the app's script; the others load
// when they are opened.

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: () => <Navigate to="/activiteiten" replace />,
});

const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/activiteiten',
  validateSearch: validateSearchParams,
  component: SearchPage,
});

const activityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/activiteiten/$activityId',
  component: lazyRouteComponent(() => import('./pages/ActivityPage'), 'ActivityPage'),
});

const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/toegankelijkheid',
  component: lazyRouteComponent(() => import('./pages/AccessibilityPage'), 'AccessibilityPage'),
});

const aboutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/over',
  component: lazyRouteComponent(() => import('./pages/AboutPage'), 'AboutPage'),
});

export const publicRoutes = [indexRoute, searchRoute, activityRoute, accessibilityRoute, aboutRoute] as const;
