/**
 * A second, tiny entry point, loaded by index.html before the app's bundle (vite.config.ts adds
 * it): it sends the first page's first requests at once, so that they travel while the app
 * downloads and starts. See `api/early-requests.ts`.
 */
import { startEarlyRequests } from './api/early-requests';
import { apiConfig } from './config/api-config';

// The simulated server answers only once the app has started it: nothing to send early.
if (!__PERISCOPE_SIMULATED_SERVER__) startEarlyRequests(window.location.pathname, apiConfig);
