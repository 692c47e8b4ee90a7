import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withAreaMessages } from '../../app/area-messages';
import { rootRoute } from '../../app/root';

// Logging in, signing up, the links the api mails (e-mail confirmation, password reset), the notifications and
// the own account. Every page loads lazily; the mailed tokens and the return path travel in the URL.

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

const logInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inloggen',
  // Checked again (safeReturnPath) before it is followed: only paths of this site.
  validateSearch: (search: Record<string, unknown>): { terug?: string } =>
    text(search.terug) ? { terug: text(search.terug) } : {},
  component: lazyRouteComponent(
    withAreaMessages('auth', () => import('./pages/LogInPage')),
    'LogInPage',
  ),
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/aanmelden',
  // The role the form starts with, for links such as "Meld je bedrijf aan" (?als=bedrijf).
  validateSearch: (search: Record<string, unknown>): { als?: 'docent' | 'bedrijf' } =>
    search.als === 'docent' || search.als === 'bedrijf' ? { als: search.als } : {},
  component: lazyRouteComponent(
    withAreaMessages('auth', () => import('./pages/SignUpPage')),
    'SignUpPage',
  ),
});

const signUpDoneRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/aanmelden/klaar',
  component: lazyRouteComponent(
    withAreaMessages('auth', () => import('./pages/SignUpDonePage')),
    'SignUpDonePage',
  ),
});

const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/e-mail-bevestigen',
  validateSearch: (search: Record<string, unknown>): { token?: string } =>
    text(search.token) ? { token: text(search.token) } : {},
  component: lazyRouteComponent(
    withAreaMessages('auth', () => import('./pages/VerifyEmailPage')),
    'VerifyEmailPage',
  ),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wachtwoord-vergeten',
  component: lazyRouteComponent(
    withAreaMessages('auth', () => import('./pages/ForgotPasswordPage')),
    'ForgotPasswordPage',
  ),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wachtwoord-herstellen',
  validateSearch: (search: Record<string, unknown>): { token?: string } =>
    text(search.token) ? { token: text(search.token) } : {},
  component: lazyRouteComponent(
    withAreaMessages('auth', () => import('./pages/ResetPasswordPage')),
    'ResetPasswordPage',
  ),
});

const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meldingen',
  validateSearch: (search: Record<string, unknown>): { toon?: 'ongelezen' } =>
    search.toon === 'ongelezen' ? { toon: 'ongelezen' } : {},
  component: lazyRouteComponent(
    withAreaMessages('auth', () => import('./pages/NotificationsPage')),
    'NotificationsPage',
  ),
});

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  component: lazyRouteComponent(
    withAreaMessages('auth', () => import('./pages/AccountPage')),
    'AccountPage',
  ),
});

export const authRoutes = [
  logInRoute,
  signUpRoute,
  signUpDoneRoute,
  verifyEmailRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  notificationsRoute,
  accountRoute,
] as const;
