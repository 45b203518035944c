import './first-load.css';
import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createApp } from './providers';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const parts = createApp();
// The first screen is resolved before anything is drawn (the session, its code, and its data when
// the page carried it), then drawn in a transition: React renders it in slices, so the page answers
// input while it builds rather than after one long task. Resolving it first means no update from
// the router's store (which React always renders in one blocking pass) follows the first render.
void parts.router
  .load()
  .catch(() => undefined)
  .then(() =>
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App parts={parts} />
        </StrictMode>,
      );
    }),
  );
