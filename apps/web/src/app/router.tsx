import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { routeTree } from './routes';

/**
 * The app's router: in the browser on its history; when the api renders a page (server-render.tsx) on that page's
 * memory history.
 */
export function createAppRouter(rendering?: { history: RouterHistory }) {
  return createRouter({
    routeTree,
    history: rendering?.history,
    // Back and forward restore the scroll position of each page. (Not in a rendered page: the router would put an
    // inline script in it, which the page's policy forbids; the app restores the scroll once it runs.)
    scrollRestoration: !rendering,
    defaultPreload: 'intent',
  });
}

export const router = createAppRouter();

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
