/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';

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
    plugins: [react()],
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
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            setupFiles: ['src/test/setup-dom.ts'],
            // Route tests render whole pages against the simulated server: allow a slow machine.
            testTimeout: 15_000,
            benchmark: { include: [] },
          },
        },
      ],
    },
  };
});
