import { startFirstSearch } from '../areas/public/pages/search/first-search';
import { pageWasRendered } from './server-state';

// Imported first by main.tsx, so that it runs before the rest of the app's script: the search page's first
// results are on their way while React and the app start (areas/public/pages/search/first-search.ts).
// A page the api rendered came with its results (app/server-state.ts).
if (!pageWasRendered()) startFirstSearch(new URL(window.location.href));
