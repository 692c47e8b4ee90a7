import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withAreaMessages } from '../../app/area-messages';
import { rootRoute } from '../../app/root';
import { validateActivitiesSearch, validateInboxSearch, validateSupplySearch } from './search';

// The company contact's pages; every page but the search is loaded when first opened.

const inboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bedrijf',
  validateSearch: validateInboxSearch,
  component: lazyRouteComponent(
    withAreaMessages('company', () => import('./pages/InboxPage')),
    'InboxPage',
  ),
});

const activitiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bedrijf/activiteiten',
  validateSearch: validateActivitiesSearch,
  component: lazyRouteComponent(
    withAreaMessages('company', () => import('./pages/ActivitiesPage')),
    'ActivitiesPage',
  ),
});

const newActivityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bedrijf/activiteiten/nieuw',
  component: lazyRouteComponent(
    withAreaMessages('company', () => import('./pages/ActivityEditorPages')),
    'NewActivityPage',
  ),
});

const editActivityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bedrijf/activiteiten/$activityId/bewerken',
  component: lazyRouteComponent(
    withAreaMessages('company', () => import('./pages/ActivityEditorPages')),
    'EditActivityPage',
  ),
});

const previewActivityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bedrijf/activiteiten/$activityId/voorbeeld',
  component: lazyRouteComponent(
    withAreaMessages('company', () => import('./pages/ActivityPreviewPage')),
    'ActivityPreviewPage',
  ),
});

const supplyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bedrijf/aanbod',
  validateSearch: validateSupplySearch,
  component: lazyRouteComponent(
    withAreaMessages('company', () => import('./pages/SupplyPage')),
    'SupplyPage',
  ),
});

const partnersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bedrijf/partnerplaatsen',
  component: lazyRouteComponent(
    withAreaMessages('company', () => import('./pages/PartnerSlotsPage')),
    'PartnerSlotsPage',
  ),
});

const locationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bedrijf/locaties',
  component: lazyRouteComponent(
    withAreaMessages('company', () => import('./pages/LocationsPage')),
    'LocationsPage',
  ),
});

export const companyRoutes = [
  inboxRoute,
  activitiesRoute,
  newActivityRoute,
  editActivityRoute,
  previewActivityRoute,
  supplyRoute,
  partnersRoute,
  locationsRoute,
] as const;
