import './first-load.css';
import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './providers';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render in a transition: React draws it in slices of a few milliseconds, so the page
// answers input while it builds rather than after one long task.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
