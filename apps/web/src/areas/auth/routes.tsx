import { createRoute } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { rootRoute } from '../../app/root';
import { Page } from '../../components/Page';

function LogIn() {
  const intl = useIntl();
  return <Page title={intl.formatMessage({ id: 'auth.logIn.title' })}>{null}</Page>;
}

const logInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inloggen',
  validateSearch: (search: Record<string, unknown>): { terug?: string } =>
    typeof search.terug === 'string' ? { terug: search.terug } : {},
  component: LogIn,
});

function SignUp() {
  const intl = useIntl();
  return <Page title={intl.formatMessage({ id: 'auth.signUp.title' })}>{null}</Page>;
}

function Notifications() {
  const intl = useIntl();
  return <Page title={intl.formatMessage({ id: 'auth.notifications.title' })}>{null}</Page>;
}

const signUpRoute = createRoute({ getParentRoute: () => rootRoute, path: '/aanmelden', component: SignUp });

const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meldingen',
  component: Notifications,
});

export const authRoutes = [logInRoute, signUpRoute, notificationsRoute] as const;
