import { createRoute } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { rootRoute } from '../../app/root';
import { Page } from '../../components/Page';
import { RequireRole } from '../../components/RequireRole';

function CompanyHome() {
  const intl = useIntl();
  return (
    <RequireRole roles={['COMPANY']}>
      <Page title={intl.formatMessage({ id: 'company.home.title' })}>{null}</Page>
    </RequireRole>
  );
}

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/bedrijf', component: CompanyHome });

export const companyRoutes = [homeRoute] as const;
