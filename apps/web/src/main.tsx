// First: it sends the search page's first query before the rest of the app runs.
import './app/first-search-start';
// The styles of the shell and of the first page are in the page's own style sheet, so that a page the api
// rendered shows styled before the app runs.
import './theme/utrecht';
import './theme/theme.css';
import './areas/public/public.css';
import { pageWasRendered } from './app/server-state';

// The app's script comes with the page (index.html preloads it) but runs only after a page the api rendered has
// been painted: its results show before the app starts, not after.
const start = () => void import('./app/start');
if (pageWasRendered()) requestAnimationFrame(() => setTimeout(start, 0));
else start();
