import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The app itself, loaded by main.tsx (which decides when).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
