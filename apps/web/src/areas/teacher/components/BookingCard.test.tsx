import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../app/i18n';
import type { TeacherBooking } from '../bookings';
import { BookingCard } from './BookingCard';

const booking = (patch: Partial<TeacherBooking>): TeacherBooking => ({
  id: 'b1',
  status: 'COMPLETED',
  level: 'HAVO',
  groupSize: 24,
  sessions: 1,
  preferredDate: '2026-11-20T09:00:00.000Z',
  message: null,
  responseMessage: null,
  cancelReason: null,
  cancelledByRole: null,
  fromMatching: false,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
  school: { id: 's1', city: 'Oss' },
  activity: {
    id: 'a1',
    title: 'Gastles zonne-energie',
    type: 'GUEST_LESSON',
    startsAt: null,
    endsAt: null,
    location: {
      id: 'l1',
      name: 'Hoofdkantoor',
      city: 'Oss',
      company: { id: 'c1', name: 'Zonnekracht BV' },
    },
  },
  review: null,
  ...patch,
});

// The card on the bookings page, with the router its links need.
async function renderCard(shown: TeacherBooking) {
  const rootRoute = createRootRoute();
  const page = createRoute({
    getParentRoute: () => rootRoute,
    path: '/docent/boekingen',
    component: () => (
      <ul>
        <BookingCard
          booking={shown}
          highlighted={false}
          form={null}
          onComplete={() => undefined}
          completing={false}
        />
      </ul>
    ),
  });
  const activity = createRoute({ getParentRoute: () => rootRoute, path: '/activiteiten/$activityId' });
  const router = createRouter({
    routeTree: rootRoute.addChildren([page, activity]),
    history: createMemoryHistory({ initialEntries: ['/docent/boekingen'] }),
  });
  render(
    <I18nProvider locale="nl">
      <RouterProvider router={router} />
    </I18nProvider>,
  );
  await screen.findByRole('heading', { name: 'Gastles zonne-energie' });
}

describe('BookingCard', () => {
  // The router restores scroll positions; jsdom has no scrolling.
  beforeAll(() => vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined));

  it('offers a completed booking the school has not reviewed for review', async () => {
    await renderCard(booking({}));
    const link = screen.getByRole('link', { name: 'Beoordelen' });
    expect(link.getAttribute('href')).toContain('boeking=b1');
    expect(link.getAttribute('href')).toContain('actie=beoordelen');
    expect(screen.queryByText(/heeft deze activiteit beoordeeld/)).not.toBeInTheDocument();
  });

  it('shows the stars of a reviewed booking and where its review is, and no second review', async () => {
    await renderCard(booking({ review: { id: 'r1', rating: 4, comment: 'Leerzaam' } }));
    expect(screen.queryByRole('link', { name: 'Beoordelen' })).not.toBeInTheDocument();
    expect(screen.getByText(/heeft deze activiteit beoordeeld met 4 sterren van 5/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Bekijk de beoordelingen op de pagina van de activiteit' }),
    ).toHaveAttribute('href', '/activiteiten/a1');
  });

  it('offers no review before the booking is completed', async () => {
    await renderCard(booking({ status: 'ACCEPTED', preferredDate: '2099-01-01T09:00:00.000Z' }));
    expect(screen.queryByRole('link', { name: 'Beoordelen' })).not.toBeInTheDocument();
  });
});
