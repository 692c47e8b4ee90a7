import { createRouter } from '@tanstack/react-router';
import { routeTree } from './routes';

export const router = createRouter({
  routeTree,
  // Back and forward restore the scroll position of each page.
  scrollRestoration: true,
  defaultPreload: 'intent',
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
