import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/root';
import { PROVINCES } from '../../components/labels';

// URL state of the coordinator's pages: each value is checked here, so that a hand-edited or old link shows
// the page with the default instead of failing.
const PROVINCE_VALUES = new Set(PROVINCES.map((p) => p.value));
const province = (value: unknown): string | undefined =>
  typeof value === 'string' && PROVINCE_VALUES.has(value) ? value : undefined;
const text = (value: unknown, max = 100): string | undefined =>
  typeof value === 'string' && value.trim() ? value.slice(0, max) : undefined;
const year = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 2015 && n <= 2100 ? n : undefined;
};
const id = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;

export interface DashboardSearch {
  provincie?: string;
  schooljaar?: number;
}

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator',
  validateSearch: (search: Record<string, unknown>): DashboardSearch => ({
    provincie: province(search.provincie),
    schooljaar: year(search.schooljaar),
  }),
  component: lazyRouteComponent(() => import('./pages/CoordinatorDashboard'), 'CoordinatorDashboard'),
});

// --- Demand and supply, matching, acting for a school (web-coord) ---

export interface DemandSupplySearch {
  provincie?: string;
  ingetrokken?: boolean;
}

const demandSupplyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator/vraag-en-aanbod',
  validateSearch: (search: Record<string, unknown>): DemandSupplySearch => ({
    provincie: province(search.provincie),
    ingetrokken: search.ingetrokken === true || search.ingetrokken === 'true' ? true : undefined,
  }),
  component: lazyRouteComponent(() => import('./pages/DemandSupplyPage'), 'DemandSupplyPage'),
});

export interface MatchingSearch {
  provincie?: string;
  run?: string;
}

const matchingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator/matching',
  validateSearch: (search: Record<string, unknown>): MatchingSearch => ({
    provincie: province(search.provincie),
    run: id(search.run),
  }),
  component: lazyRouteComponent(() => import('./pages/MatchingPage'), 'MatchingPage'),
});

export interface ActForSchoolSearch {
  zoek?: string;
  provincie?: string;
  school?: string;
  actie?: 'aanvraag' | 'activiteit';
  activiteit?: string;
  tekst?: string;
}

const actForSchoolRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator/namens-school',
  validateSearch: (search: Record<string, unknown>): ActForSchoolSearch => ({
    zoek: text(search.zoek),
    provincie: province(search.provincie),
    school: text(search.school, 12),
    actie: search.actie === 'aanvraag' || search.actie === 'activiteit' ? search.actie : undefined,
    activiteit: id(search.activiteit),
    tekst: text(search.tekst, 200),
  }),
  component: lazyRouteComponent(() => import('./pages/ActForSchoolPage'), 'ActForSchoolPage'),
});

const regionRoutes = [demandSupplyRoute, matchingRoute, actForSchoolRoute] as const;

export const coordinatorRoutes = [homeRoute, ...regionRoutes] as const;
