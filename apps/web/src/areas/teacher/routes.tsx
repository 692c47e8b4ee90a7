import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withAreaMessages } from '../../app/area-messages';
import { rootRoute } from '../../app/root';
import { BOOKING_STATUSES, type BookingStatus } from './booking-status';

// Every teacher page sits under /docent, behind one RequireRole in the layout, with the teacher's own menu above
// it. The layout and the pages load lazily; what the teacher chooses on a page (a filter, the booking being
// answered) is in the URL.

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;

const teacherRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/docent',
  component: lazyRouteComponent(
    withAreaMessages('teacher', () => import('./pages/TeacherLayout')),
    'TeacherLayout',
  ),
});

const homeRoute = createRoute({
  getParentRoute: () => teacherRoute,
  path: '/',
  component: lazyRouteComponent(
    withAreaMessages('teacher', () => import('./pages/TeacherHome')),
    'TeacherHome',
  ),
});

const requestRoute = createRoute({
  getParentRoute: () => teacherRoute,
  path: 'aanvragen/$activityId',
  component: lazyRouteComponent(
    withAreaMessages('teacher', () => import('./pages/RequestBookingPage')),
    'RequestBookingPage',
  ),
});

export type BookingAction = 'annuleren' | 'beoordelen';

export interface BookingsSearch {
  /** Only bookings in this status. */
  status?: BookingStatus;
  /** The booking whose action form is open, and which action. */
  boeking?: string;
  actie?: BookingAction;
  /** The booking just requested: the page confirms it. */
  aangevraagd?: string;
}

const bookingsRoute = createRoute({
  getParentRoute: () => teacherRoute,
  path: 'boekingen',
  validateSearch: (search: Record<string, unknown>): BookingsSearch => {
    const status = BOOKING_STATUSES.find((value) => value === search.status);
    const boeking = str(search.boeking);
    const actie = search.actie === 'annuleren' || search.actie === 'beoordelen' ? search.actie : undefined;
    return {
      ...(status ? { status } : {}),
      ...(boeking && actie ? { boeking, actie } : {}),
      ...(str(search.aangevraagd) ? { aangevraagd: str(search.aangevraagd) } : {}),
    };
  },
  component: lazyRouteComponent(
    withAreaMessages('teacher', () => import('./pages/BookingsPage')),
    'BookingsPage',
  ),
});

export interface SchoolRequestsSearch {
  /** The request being changed. */
  bewerken?: string;
  /** The request the teacher is about to withdraw (asks to confirm). */
  intrekken?: string;
}

const schoolRequestsRoute = createRoute({
  getParentRoute: () => teacherRoute,
  path: 'behoeften',
  validateSearch: (search: Record<string, unknown>): SchoolRequestsSearch => ({
    ...(str(search.bewerken) ? { bewerken: str(search.bewerken) } : {}),
    ...(str(search.intrekken) ? { intrekken: str(search.intrekken) } : {}),
  }),
  component: lazyRouteComponent(
    withAreaMessages('teacher', () => import('./pages/SchoolRequestsPage')),
    'SchoolRequestsPage',
  ),
});

export interface WaitlistSearch {
  /** The entry the teacher is taking off the list (the form with a reason is open). */
  afmelden?: string;
  /** The offer the teacher is about to decline (asks to confirm). */
  afwijzen?: string;
}

const waitlistRoute = createRoute({
  getParentRoute: () => teacherRoute,
  path: 'wachtlijst',
  validateSearch: (search: Record<string, unknown>): WaitlistSearch => ({
    ...(str(search.afmelden) ? { afmelden: str(search.afmelden) } : {}),
    ...(str(search.afwijzen) ? { afwijzen: str(search.afwijzen) } : {}),
  }),
  component: lazyRouteComponent(
    withAreaMessages('teacher', () => import('./pages/WaitlistPage')),
    'WaitlistPage',
  ),
});

export const teacherRoutes = [
  teacherRoute.addChildren([homeRoute, requestRoute, bookingsRoute, schoolRequestsRoute, waitlistRoute]),
] as const;
