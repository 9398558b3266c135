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
);
