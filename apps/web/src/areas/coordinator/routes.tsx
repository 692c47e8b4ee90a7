import { createRoute } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { rootRoute } from '../../app/root';
import { Page } from '../../components/Page';
import { RequireRole } from '../../components/RequireRole';

function CoordinatorHome() {
  const intl = useIntl();
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Page title={intl.formatMessage({ id: 'coordinator.home.title' })}>{null}</Page>
    </RequireRole>
  );
}

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coordinator',
  component: CoordinatorHome,
});

export const coordinatorRoutes = [homeRoute] as const;
