/**
 * Where the API is and how to reach it, read once from Vite's environment:
 *
 * - `VITE_OCTOPUS_BASE_URL`: prepended to every `/api/...` path. Default '' (same origin): in dev
 *   and preview the Vite server proxies `/api` to `OCTOPUS_URL`, or the simulated server answers.
 * - `VITE_OCTOPUS_API_KEY`: sent as `X-Octopus-ApiKey`. With the proxy no key is needed in the
 *   browser: the proxy adds `OCTOPUS_API_KEY` on the server side, so the key never reaches the
 *   bundle. The README recommends the proxy; set this only for a direct, CORS-enabled setup, and
 *   know that anything `VITE_` is readable by whoever loads the app.
 * - `VITE_OCTOPUS_SPACE_ID`: the space to show. Default `Spaces-1`.
 */
export interface ApiConfig {
  baseUrl: string;
  apiKey: string | undefined;
  spaceId: string;
}

export const DEFAULT_SPACE_ID = 'Spaces-1';

/** A variable that is unset, empty or not a string counts as absent. Plain code, not a schema:
 * this module is part of the small script that starts the first requests (`early-requests.ts`). */
function optionalText(env: unknown, name: string): string | undefined {
  if (typeof env !== 'object' || env === null) return undefined;
  const value: unknown = Reflect.get(env, name);
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

/** Reads the configuration from an environment object such as `import.meta.env`. */
export function readApiConfig(env: unknown): ApiConfig {
  return {
    baseUrl: optionalText(env, 'VITE_OCTOPUS_BASE_URL') ?? '',
    apiKey: optionalText(env, 'VITE_OCTOPUS_API_KEY'),
    spaceId: optionalText(env, 'VITE_OCTOPUS_SPACE_ID') ?? DEFAULT_SPACE_ID,
  };
}

export const apiConfig: ApiConfig = readApiConfig(import.meta.env);

/** The space the app shows unless the URL says otherwise. */
export const spaceId: string = apiConfig.spaceId;
