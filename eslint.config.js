import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The react-hooks recommended set, with every rule raised to an error. */
const reactHooksRules = Object.fromEntries(
  Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error']),
);

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
