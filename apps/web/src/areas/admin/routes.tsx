import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withAreaMessages } from '../../app/area-messages';
import { rootRoute } from '../../app/root';

// The admin's pages, each loaded when first opened.
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/beheer',
  component: lazyRouteComponent(
    withAreaMessages('admin', () => import('./pages/AdminHomePage')),
    'AdminHomePage',
  ),
});

const coordinatorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/beheer/coordinatoren',
  component: lazyRouteComponent(
    withAreaMessages('admin', () => import('./pages/CoordinatorsPage')),
    'CoordinatorsPage',
  ),
});

const schoolImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/beheer/scholenimport',
  component: lazyRouteComponent(
    withAreaMessages('admin', () => import('./pages/SchoolImportPage')),
    'SchoolImportPage',
  ),
});

export const adminRoutes = [homeRoute, coordinatorsRoute, schoolImportRoute] as const;
