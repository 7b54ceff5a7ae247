/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite';

const EARLY_REQUESTS_ENTRY = 'src/early-requests-entry.ts';

/**
 * Loads `src/early-requests-entry.ts` as its own small entry, ahead of the app's: it sends the
 * first page's first requests while the app's bundle downloads and starts. A script tag in
 * index.html would not do: Vite bundles every module script of a page into one entry, which
 * would wait for the whole app.
 */
function earlyRequests(): Plugin {
  return {
    name: 'periscope-early-requests',
    config: () => ({ build: { rollupOptions: { input: ['index.html', EARLY_REQUESTS_ENTRY] } } }),
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        let src = `/${EARLY_REQUESTS_ENTRY}`;
        if (context.bundle) {
          const chunk = Object.values(context.bundle).find(
            (output) =>
              output.type === 'chunk' &&
              output.isEntry &&
              output.facadeModuleId?.endsWith(EARLY_REQUESTS_ENTRY),
          );
          if (!chunk) throw new Error(`The build has no chunk for ${EARLY_REQUESTS_ENTRY}`);
          src = `/${chunk.fileName}`;
        }
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/**
 * Two ways to run: on the embedded simulated server (the default), or against a real Octopus
 * server when OCTOPUS_URL is set. Then `/api` is proxied there and the key is added here, on the
 * server side: it never reaches the browser bundle, and the simulated server is left out of it.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const octopusUrl = env.OCTOPUS_URL?.trim() || undefined;
  const apiKey = env.OCTOPUS_API_KEY?.trim() || undefined;

  const proxy: Record<string, ProxyOptions> | undefined = octopusUrl
    ? {
        '/api': {
          target: octopusUrl,
          changeOrigin: true,
          headers: apiKey ? { 'X-Octopus-ApiKey': apiKey } : {},
        },
      }
    : undefined;

  return {
    plugins: [react(), earlyRequests()],
    define: {
      __PERISCOPE_SIMULATED_SERVER__: JSON.stringify(octopusUrl === undefined),
    },
    server: { port: 5173, proxy },
    preview: { port: 4173, proxy },
    build: { sourcemap: true, chunkSizeWarningLimit: 4000 },
    worker: { format: 'es' },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['mocks/**/*.test.ts', 'src/**/*.test.ts'],
            setupFiles: ['src/test/setup-schemas.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            setupFiles: ['src/test/setup-schemas.ts', 'src/test/setup-dom.ts'],
            // Route tests render whole pages against the simulated server: allow a slow machine.
            testTimeout: 15_000,
            benchmark: { include: [] },
          },
        },
      ],
    },
  };
});
