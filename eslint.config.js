import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tanstackQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The react-hooks recommended set, with every rule raised to an error. */
const reactHooksRules = Object.fromEntries(
  Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error']),
);

/*
 * The layers, checked on resolved paths (eslint-plugin-import-x's no-restricted-paths): imports
 * are relative (`../../lib/x`), so what a string like `../x` names depends on the importing
 * file's depth, which `no-restricted-imports` patterns cannot see. Each zone says the rule and why.
 *
 * Test code may use the simulated server (mocks/server/node.ts) and nothing else that the app
 * may not: a test still obeys the feature and layer rules.
 */
const TEST_FILES = [
  'src/**/*.test.{ts,tsx}',
  'mocks/**/*.test.ts',
  'src/test/**',
  'src/**/testing/**',
  'mocks/**/testing/**',
];
const FEATURES = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const APP = ['./src/app', './src/main.tsx', './src/early-requests-entry.ts'];
const SHARED = ['./src/components', './src/lib', './src/hooks', './src/config'];

const featureZones = [
  // One zone per feature folder, read from disk: a new feature is covered without an edit here.
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `A feature never imports another feature (src/features/${feature} is one): features stay independent so each can change alone. Move what both need to src/components, src/hooks or src/lib, or compose the two in src/app.`,
  })),
  {
    target: './src/features',
    from: APP,
    message:
      'A feature never imports the app (src/app, src/main.tsx): the app composes the features, not the other way round. Take what you need as props, or move it to src/components, src/hooks, src/lib or src/config.',
  },
];
const sharedZone = {
  target: SHARED,
  from: ['./src/features', ...APP],
  message:
    'src/components, src/lib, src/hooks and src/config never import a feature or the app: they are the shared layer below both and must work without knowing who uses them. Move the piece down into a shared folder, or pass it in.',
};
const apiZone = {
  target: './src/api',
  from: ['./src/app', './src/features', './src/components', './src/hooks', './src/styles'],
  message:
    'src/api imports no UI (src/app, src/features, src/components, src/hooks, src/styles): the API client is the layer under the UI and also runs in a Web Worker and in Node tests. UI calls the API, never the other way round.',
};
const mocksZone = {
  target: './mocks',
  from: './src',
  except: ['./api/contract'],
  message:
    'mocks/ imports only the contract (src/api/contract) from src/: the simulated server stands in for a real Octopus server, so it shares the schemas and types but none of the client or the UI.',
};
const srcMocksZone = {
  target: './src',
  from: './mocks',
  message:
    'Nothing in src/ imports mocks/: the simulated server must stay out of the app and its production build. Only the dev-only entry (src/main.tsx) starts it, and only test code (*.test.ts(x), src/test/, testing/ folders) may use mocks/server/node.ts.',
};
const testSupportZone = {
  target: './src',
  from: ['./src/**/testing/**', './src/test/**'],
  message:
    'App code never imports test support (testing/ folders, src/test/): it may use the simulated server, which must stay out of the production build.',
};
/*
 * Inside mocks/, the simulated server's layers: kubernetes/ (pure Kubernetes: types, health,
 * sync) under engine/ (the simulated clusters over time) under octopus/ (the Octopus API's
 * responses) under server/ (MSW, the worker, Node, HTTP); worlds/ is the data the engine runs.
 * Tests may cross them (a world's test may ask the server), so these zones leave tests out.
 */
const MOCKS = {
  kubernetes: './mocks/kubernetes',
  engine: './mocks/engine',
  octopus: './mocks/octopus',
  worlds: './mocks/worlds',
  server: './mocks/server',
};
const mocksLayerZones = [
  {
    target: MOCKS.kubernetes,
    from: [MOCKS.engine, MOCKS.octopus, MOCKS.worlds, MOCKS.server],
    message:
      'mocks/kubernetes is pure Kubernetes (object types, health rules, sync): it imports nothing from the engine, the worlds, the Octopus responses or the server, so it reads like the Kubernetes it copies.',
  },
  {
    target: MOCKS.engine,
    from: [MOCKS.octopus, MOCKS.server],
    message:
      'mocks/engine simulates clusters over time and knows nothing of the Octopus API or its transport: mocks/octopus turns its state into responses, and mocks/server serves them.',
  },
  {
    target: MOCKS.worlds,
    from: [MOCKS.octopus, MOCKS.server],
    message:
      'mocks/worlds is the data the engine runs (projects, deployments, incidents): it knows nothing of the Octopus responses or the server.',
  },
  {
    target: MOCKS.octopus,
    from: MOCKS.server,
    message:
      'mocks/octopus builds the Octopus API’s responses and knows nothing of how they are served: mocks/server (MSW, the worker, Node, HTTP) calls it, not the other way round.',
  },
  {
    target: './mocks',
    from: './mocks/**/testing/**',
    message:
      'Only tests import test support (mocks/**/testing/, such as the Kubernetes fixtures): the simulated server itself never depends on it.',
  },
];
const layerZones = [
  ...featureZones,
  sharedZone,
  apiZone,
  mocksZone,
  srcMocksZone,
  testSupportZone,
  ...mocksLayerZones,
];

/** The layer zones for one group of files. */
const layers = (zones) => ({
  'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
});

export default defineConfig(
  {
    name: 'periscope/ignores',
    ignores: [
      'dist/',
      'dist-real-server/',
      'dist-serve/',
      'dist-bench/',
      'coverage/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'public/mockServiceWorker.js',
    ],
  },

  {
    name: 'periscope/base',
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // TypeScript: everything in src, mocks, e2e and the config files, with type information.
  {
    name: 'periscope/typescript',
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `${count} objects` is the normal way to build a label; objects and unions still fail.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: false, allowNullish: false },
      ],
      // `void promise` marks a deliberately unawaited promise (event handlers, navigation).
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `text.trim() || undefined` deliberately reads an empty string as absent; `??` would not.
      '@typescript-eslint/prefer-nullish-coalescing': [
        'error',
        { ignorePrimitives: { string: true } },
      ],
      // Passing on a value that is already a rejection reason (`signal.reason`, a caught
      // `unknown`) untouched is correct; `only-throw-error` allows the same by default.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
    },
  },
  {
    name: 'periscope/tests',
    files: ['**/*.test.{ts,tsx}', '**/*.bench.ts', 'e2e/**/*.ts'],
    rules: {
      // `mockImplementation(() => {})` is how a test silences a call it does not care about.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
    },
  },

  // React: hooks rules everywhere in the app, accessibility rules on JSX.
  {
    name: 'periscope/react',
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: reactHooksRules,
  },
  {
    name: 'periscope/jsx-a11y',
    files: ['**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },

  // The layers (see `layerZones` above). A relative import the resolver cannot follow would slip
  // past every zone, so one that does not resolve fails lint too (tsc would catch it as well).
  {
    name: 'periscope/layers',
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      ...layers(layerZones),
      'import-x/no-unresolved': ['error', { ignore: ['^[^.]'] }],
    },
  },
  {
    name: 'periscope/layers/dev-entry',
    files: ['src/main.tsx'],
    rules: {
      ...layers([
        ...layerZones.filter((zone) => zone !== srcMocksZone),
        {
          ...srcMocksZone,
          except: ['./server/browser.ts'],
          message:
            'The dev-only entry (src/main.tsx) may start the simulated server from mocks/server/browser.ts, and nothing else from mocks/.',
        },
      ]),
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/mocks\\//]',
          message:
            'Start the simulated server with a dynamic import() behind __PERISCOPE_SIMULATED_SERVER__: a static import would put it into the production build.',
        },
      ],
    },
  },
  {
    name: 'periscope/layers/tests',
    files: TEST_FILES,
    rules: layers(
      layerZones.filter(
        (zone) =>
          zone !== srcMocksZone && zone !== testSupportZone && !mocksLayerZones.includes(zone),
      ),
    ),
  },

  // src/api builds query options; only UI renders and calls hooks.
  {
    name: 'periscope/api-no-ui',
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'react-router',
                'react-router/*',
                '@fortawesome/*',
                'monaco-editor',
                'monaco-editor/*',
                '*.css',
              ],
              message:
                'src/api imports no UI: the API client is the layer under the UI and also runs in a Web Worker and in Node tests.',
            },
            {
              group: ['@tanstack/react-query'],
              importNamePattern: '^(use[A-Z].*|.*Provider|.*Boundary)$',
              message:
                'src/api builds query options (queryOptions, QueryClient) but never uses React Query’s hooks or providers: components call useQuery(xQueries.y(...)).',
            },
          ],
        },
      ],
    },
  },

  // The UI's code runs under a CSP without eval and ships without Zod: the schemas are read in
  // the parse worker only. The contract's index holds them, so the UI takes only types from it.
  {
    name: 'periscope/ui-zod-free',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/**/*.test.{ts,tsx}', 'src/test/**', 'src/**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)api/contract(/index)?$',
              allowTypeImports: true,
              message:
                "The contract's index holds the Zod schemas, which run only in the parse worker (the UI ships without Zod, and Zod's eval probe breaks the CSP): import types from it, and values from their own module (api/contract/applied-fields, api/contract/enum-values).",
            },
          ],
        },
      ],
    },
  },

  // TanStack Query: query keys that cover their inputs, stable clients, and the like.
  {
    name: 'periscope/tanstack-query',
    files: ['src/**/*.{ts,tsx}'],
    extends: [tanstackQuery.configs['flat/recommended']],
    rules: {
      // A query factory is made for one API client and session timing: they say where and how to
      // ask, not what, so they stay out of the key (a test that makes its own client gives it a
      // fresh QueryClient).
      '@tanstack/query/exhaustive-deps': [
        'error',
        { allowlist: { types: ['ApiClient', 'SessionTiming'] } },
      ],
    },
  },

  // Testing Library, on the component tests.
  {
    name: 'periscope/testing-library',
    files: ['src/**/*.test.tsx'],
    extends: [testingLibrary.configs['flat/react']],
  },

  // Playwright, on the journeys.
  {
    name: 'periscope/playwright',
    files: ['e2e/**/*.ts'],
    extends: [playwright.configs['flat/recommended']],
    rules: {
      // `test.skip(!process.env.X, why)` is how an opt-in suite (the docs' screenshots) stays out
      // of the normal run; an unconditional skip still fails.
      'playwright/no-skipped-test': ['warn', { allowConditional: true }],
    },
  },

  // The simulated server runs in the browser (worker) and in Node (Vitest, HTTP entry point).
  {
    name: 'periscope/mocks',
    files: ['mocks/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  // Node-side code: the scripts and config files. Playwright specs also run code in the page.
  {
    name: 'periscope/node',
    files: ['scripts/**', '*.config.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'periscope/e2e',
    files: ['e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
