import { createRoute } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { rootRoute } from '../../app/root';
import { Page } from '../../components/Page';
import { RequireRole } from '../../components/RequireRole';

function AdminHome() {
  const intl = useIntl();
  return (
    <RequireRole roles={['ADMIN']}>
      <Page title={intl.formatMessage({ id: 'admin.home.title' })}>{null}</Page>
    </RequireRole>
  );
}

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/beheer', component: AdminHome });

export const adminRoutes = [homeRoute] as const;
