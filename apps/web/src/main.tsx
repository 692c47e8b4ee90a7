// First: it sends the search page's first query before the rest of the app runs.
import './app/first-search-start';
import './theme/utrecht';
import './theme/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstSearchSettled } from './areas/public/pages/search/first-search';

// How long the first render waits for the search page's early results (they usually come while the script runs);
// a slower answer comes in as it would have.
const FIRST_SEARCH_WAIT_MS = 200;

void firstSearchSettled(FIRST_SEARCH_WAIT_MS).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
