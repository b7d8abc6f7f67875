// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

/** Layers may only import downward: see CONVENTIONS.md ("Shape of the house"). */
const layers = [
  // Anything in src/ without a layer of its own below (the later, more specific entry wins).
  { files: ['src/**'], forbid: [] },
  {
    files: ['src/contract/**'],
    forbid: [
      '**/pos/**',
      '**/hq/**',
      '**/server/**',
      '**/i18n-core/**',
      'react',
      'dexie',
      'fastify',
      'better-sqlite3',
    ],
  },
  {
    files: ['src/server/**'],
    forbid: ['**/pos/**', '**/hq/**', '**/i18n-core/**', 'react', 'dexie'],
  },
  // Headquarters and scale units are separate services: they meet only through server/link.
  {
    files: ['src/server/headquarters/**'],
    forbid: ['**/pos/**', '**/hq/**', '**/i18n-core/**', 'react', 'dexie', '**/scale-unit/**'],
  },
  {
    files: ['src/server/scale-unit/**'],
    forbid: ['**/pos/**', '**/hq/**', '**/i18n-core/**', 'react', 'dexie', '**/headquarters/**'],
  },
  // The link carries both services' calls and knows neither of their insides.
  {
    files: ['src/server/link/**'],
    forbid: [
      '**/pos/**',
      '**/hq/**',
      '**/i18n-core/**',
      'react',
      'dexie',
      '**/headquarters/**',
      '**/scale-unit/**',
    ],
  },
  // What both services are built on knows neither of them.
  {
    files: ['src/server/platform/**'],
    forbid: [
      '**/pos/**',
      '**/hq/**',
      '**/i18n-core/**',
      'react',
      'dexie',
      '**/headquarters/**',
      '**/scale-unit/**',
      '**/link/**',
    ],
  },
  // Language detection, persistence and formatting shared by the POS and the HQ console.
  {
    files: ['src/i18n-core/**'],
    forbid: ['**/pos/**', '**/hq/**', '**/server/**', 'react-dom', 'react-dom/*', 'dexie'],
  },
  { files: ['src/hq/**'], forbid: ['**/pos/**', '**/server/**', 'dexie'] },
  // The tablet trust steps and CA downloads, shared by the console and the public /tablet/ page.
  {
    files: ['src/tablet-setup/**'],
    forbid: ['**/pos/**', '**/hq/**', '**/server/**', 'dexie'],
  },
  // The register does not show the trust steps: vite.config.ts keeps them out of its precache.
  { files: ['src/pos/**'], forbid: ['**/tablet-setup/**'] },
  { files: ['src/pos/db/**'], forbid: ['**/sync/**', '**/features/**', '**/app/**', 'react'] },
  { files: ['src/pos/sync/**'], forbid: ['**/features/**', '**/app/**', 'react', 'dexie'] },
  { files: ['src/pos/features/**'], forbid: ['**/app/**', '**/server/**', 'dexie'] },
  // The bench harness runs in the browser on the POS's own modules, without its UI.
  {
    files: ['bench/harness/**'],
    forbid: ['**/server/**', '**/e2e/**', '**/hq/**', '**/features/**', '**/app/**', 'react'],
  },
];

/** The benchmarks measure the app; the app never imports them. */
const boundaries = layers.map(({ files, forbid }) => ({
  files,
  forbid: files.some((f) => f.startsWith('src/')) ? [...forbid, '**/bench/**'] : forbid,
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      'data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.app.json',
          './tsconfig.sw.json',
          './tsconfig.node.json',
          './tsconfig.e2e.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...boundaries.map(({ files, forbid }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbid.map((group) => ({
            group: [group],
            message: 'Imports flow one way: see CONVENTIONS.md.',
          })),
        },
      ],
    },
  })),
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
