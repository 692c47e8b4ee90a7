import { createRoute, Navigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { rootRoute } from '../../app/root';
import { Page } from '../../components/Page';

function SearchPage() {
  const intl = useIntl();
  return <Page title={intl.formatMessage({ id: 'public.search.title' })}>{null}</Page>;
}

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: () => <Navigate to="/activiteiten" replace />,
});

const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/activiteiten',
  component: SearchPage,
});

function AccessibilityPage() {
  const intl = useIntl();
  return <Page title={intl.formatMessage({ id: 'public.accessibility.title' })}>{null}</Page>;
}

function AboutPage() {
  const intl = useIntl();
  return <Page title={intl.formatMessage({ id: 'public.about.title' })}>{null}</Page>;
}

const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/toegankelijkheid',
  component: AccessibilityPage,
});

const aboutRoute = createRoute({ getParentRoute: () => rootRoute, path: '/over', component: AboutPage });

export const publicRoutes = [indexRoute, searchRoute, accessibilityRoute, aboutRoute] as const;
