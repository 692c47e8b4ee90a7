// First: it sends the search page's first query before the rest of the app runs.
import './app/first-search-start';
import './theme/utrecht';
import './theme/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
