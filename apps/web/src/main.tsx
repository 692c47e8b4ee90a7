// First: it sends the search page's first query before the rest of the app runs.
import './app/first-search-start';
import './theme/utrecht';
import './theme/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstSearchSettled } from './areas/public/pages/search/first-search';

// How long the first render waits for the search page's early results, which on a quiet machine come a few ms
// after the script ran: one render with them then paints the results ~150 ms sooner than an empty render and a
// second one. Short, because under heavy load the wait bought no earlier results and only a later first paint.
const FIRST_SEARCH_WAIT_MS = 100;

void firstSearchSettled(FIRST_SEARCH_WAIT_MS).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
