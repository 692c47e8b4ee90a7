import { adminRoutes } from '../areas/admin/routes';
import { authRoutes } from '../areas/auth/routes';
import { companyRoutes } from '../areas/company/routes';
import { coordinatorRoutes } from '../areas/coordinator/routes';
import { publicRoutes } from '../areas/public/routes';
import { teacherRoutes } from '../areas/teacher/routes';
import { mailLinkRoutes } from './mail-links';
import { rootRoute } from './root';

// Each area owns its routes (areas/<area>/routes.tsx); this file only puts them together.
export const routeTree = rootRoute.addChildren([
  ...publicRoutes,
  ...authRoutes,
  ...teacherRoutes,
  ...companyRoutes,
  ...coordinatorRoutes,
  ...adminRoutes,
  ...mailLinkRoutes,
]);
