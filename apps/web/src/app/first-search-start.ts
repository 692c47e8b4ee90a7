import { startFirstSearch } from '../areas/public/pages/search/first-search';

// Imported first by main.tsx, so that it runs before the rest of the app's script: the search page's first
// results are on their way while React and the app start (areas/public/pages/search/first-search.ts).
startFirstSearch(new URL(window.location.href));
