// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/** Each library may be imported only from its own folder under src/. */
const fences = {
  grid: { regex: '^@?handsontable', message: 'Handsontable is only imported in src/grid/.' },
  charts: {
    regex: '^(chart\\.js|chartjs-plugin-)',
    message: 'Chart.js and its plugins are only imported in src/charts/.',
  },
  db: { regex: '^dexie(/|$)', message: 'Dexie is only imported in src/db/.' },
  io: { regex: '^papaparse(/|$)', message: 'PapaParse is only imported in src/io/.' },
};

/** @param {string[]} allowed */
const restrictImports = (allowed) => [
  'error',
  {
    patterns: Object.entries(fences)
      .filter(([dir]) => !allowed.includes(dir))
      .map(([, f]) => ({ regex: f.regex, message: f.message })),
  },
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'seeds/',
      'bench/.dist/',
      'bench/.ssr/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Import fences: every file in src/ may not import the libraries owned by other folders.
  { files: ['src/**'], rules: { 'no-restricted-imports': restrictImports([]) } },
  ...Object.keys(fences).map((dir) => ({
    files: [`src/${dir}/**`],
    rules: { 'no-restricted-imports': restrictImports([dir]) },
  })),
  // Words belong to screens: src/model and src/io return problem codes and import nothing from
  // src/i18n (src/i18n/problems.ts words them). Its own block: the library fences are repeated
  // because a later no-restricted-imports setting replaces an earlier one for the same file.
  // catalog.ts, compare.ts and goalSets.ts still name default categories and goal sets in
  // words until those become codes (issue 12, part 3).
  ...[
    { dir: 'model', allowed: [] },
    { dir: 'io', allowed: ['io'] },
  ].map(({ dir, allowed }) => ({
    files: [`src/${dir}/**`],
    ignores: ['src/model/catalog.ts', 'src/model/compare.ts', 'src/model/goalSets.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...restrictImports(allowed)[1].patterns,
            {
              regex: '^(\\.\\./)+i18n(/|$)',
              message: `src/${dir}/ returns problem codes; only screens turn them into words (src/i18n/problems.ts).`,
            },
          ],
        },
      ],
    },
  })),
  // src/model/ is pure logic: no UI/storage libraries and no browser globals.
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'indexedDB'].map((name) => ({
          name,
          message: 'src/model/ must stay free of browser globals; pass data in instead.',
        })),
      ],
    },
  },
  // Vitest's asymmetric matchers (expect.stringContaining …) are typed any.
  { files: ['src/**/*.test.ts'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  // e2e bodies run inside the page and reach the app through the untyped window.__app test API.
  {
    files: ['e2e/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
);
