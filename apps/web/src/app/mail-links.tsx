import { createRoute, Navigate } from '@tanstack/react-router';
import { RequireRole } from '../components/RequireRole';
import { rootRoute } from './root';
import { useSession } from './session';

// The paths that notifications and their e-mails link to (libs/core/src/web-links.ts) are stable
// addresses, kept working for mails already sent; each one leads to the page where this account acts on it.
// A visitor logs in first and then comes back here.

type Target =
  | '/'
  | '/docent/boekingen'
  | '/docent/wachtlijst'
  | '/bedrijf'
  | '/bedrijf/locaties'
  | '/bedrijf/partnerplaatsen'
  | '/coordinator'
  | '/coordinator/matching'
  | '/coordinator/wachtlijst';

type Targets = Partial<Record<string, Target>>;

/** Where a mail link leads an account of this role (the admin goes where a coordinator goes). */
export function mailLinkTarget(targets: Targets, role: string): Target {
  return targets[role] ?? (role === 'ADMIN' ? targets.COORDINATOR : undefined) ?? '/';
}

function Forward({ targets }: { targets: Targets }) {
  const { me } = useSession();
  return me ? <Navigate to={mailLinkTarget(targets, me.role)} replace /> : null;
}

function forwardRoute(path: string, targets: Targets) {
  return createRoute({
    getParentRoute: () => rootRoute,
    path,
    component: () => (
      <RequireRole roles={['TEACHER', 'COMPANY', 'COORDINATOR']}>
        <Forward targets={targets} />
      </RequireRole>
    ),
  });
}

export const mailLinkRoutes = [
  // A booking's news reaches its teacher (my bookings) and its company (the inbox of requests).
  forwardRoute('/boekingen/$bookingId', {
    TEACHER: '/docent/boekingen',
    COMPANY: '/bedrijf',
    COORDINATOR: '/coordinator/matching',
  }),
  forwardRoute('/wachtlijst', {
    TEACHER: '/docent/wachtlijst',
    COMPANY: '/bedrijf/partnerplaatsen',
    COORDINATOR: '/coordinator/wachtlijst',
  }),
  forwardRoute('/bedrijf/aanvragen', { COMPANY: '/bedrijf' }),
  // The company's details are edited on the locations page.
  forwardRoute('/bedrijf/gegevens', { COMPANY: '/bedrijf/locaties' }),
  forwardRoute('/coordinator/matching/$runId', { COORDINATOR: '/coordinator/matching' }),
] as const;
