import { createRoute } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { rootRoute } from '../../app/root';
import { Page } from '../../components/Page';
import { RequireRole } from '../../components/RequireRole';

function TeacherHome() {
  const intl = useIntl();
  return (
    <RequireRole roles={['TEACHER']}>
      <Page title={intl.formatMessage({ id: 'teacher.home.title' })}>{null}</Page>
    </RequireRole>
  );
}

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/docent', component: TeacherHome });

export const teacherRoutes = [homeRoute] as const;
