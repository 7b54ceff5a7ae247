import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadRoutes } from './app/routes/lazy-routes';
import './styles/tokens.css';
import './styles/global.css';

// On the simulated server, start it before the first request. The import is dynamic so the
// simulation is its own chunk, and is left out of the build entirely for a real server.
if (__PERISCOPE_SIMULATED_SERVER__) {
  await (await import('../mocks/server/browser')).startSimulatedServer();
}

const container = document.getElementById('root');
if (!container) throw new Error('Periscope: the page has no #root element to render into.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The other pages' code, once the first page has had its turn and the browser is idle (at once
// where there is no requestIdleCallback, as in Safari): a click then waits for data only.
setTimeout(() => {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => void preloadRoutes());
  else void preloadRoutes();
}, 2_000);
