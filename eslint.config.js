// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import path from 'node:path';

/** Each library may be imported only from its own folder under src/. */
const fences = {
  grid: { regex: '^@?handsontable', message: 'Handsontable is only imported in src/grid/.' },
  charts: {
    regex: '^(chart\\.js|chartjs-plugin-)',
    message: 'Chart.js and its plugins are only imported in src/charts/.',
  },
  db: { regex: '^dexie(/|$)', message: 'Dexie is only imported in src/db/.' },
  // Loaded on demand, only when a planner turns sharing on (issue 17).
  sync: {
    regex: '^(pouchdb-|pouchdb$|events$)',
    message: 'PouchDB is only imported in src/sync/ (loaded on demand).',
  },
  io: {
    regex: '^(papaparse|jsep|pinyin-pro|pinyin-match)(/|$)',
    message:
      'PapaParse, jsep (the formula parser) and the pinyin libraries are only imported in src/io/.',
  },
  // Large: loaded on demand by the adapters there (and the test fixtures that make workbooks).
  'io/sheets': {
    regex: '^(@e965/xlsx|exceljs)(/|$)',
    message:
      'The spreadsheet libraries (@e965/xlsx, exceljs) are only imported in src/io/sheets/ (and src/io/testing/).',
  },
};

/**
 * @param {string[]} allowed
 * @param {{ regex: string, message: string }[]} [more] further refusals for the same files
 */
const restrictImports = (allowed, more = []) => [
  'error',
  {
    patterns: [
      ...Object.entries(fences)
        .filter(([dir]) => !allowed.includes(dir))
        .map(([, f]) => ({ regex: f.regex, message: f.message })),
      ...more,
    ],
  },
];

// ── Layers that only look down (issue 12) ─────────────────────────────────────────────────────
// Each folder of src/ may import only from folders of a lower rank (and from itself):
//   model ← state ← i18n ← io / grid / charts ← data ← db ← views ← pwa ← ui ← present ← main.ts
// This is the order model ← state ← db / io / grid / charts ← views ← ui ← present ← main, with
// three refinements: src/i18n words the model's and the state's codes, so it sits just above
// them (the i18n blocks below still keep io, db and grid from wording anything); src/data (the bundled seed files) reads its CSV with io's parser and db reads
// the seed report texts from data, so io < data < db; src/pwa (service worker, about-dialog
// helpers, the update banner) sits between the views' DOM helpers and ui, which shows it.
// Open leaf, importable from anywhere: src/config.ts; it imports nothing of ours.
// Tests may also load the bundled seed (src/data) as a fixture.
// A new folder must be given a rank here before anything in it can import or be imported.
const LAYERS = {
  model: 0,
  state: 1,
  i18n: 2,
  io: 3,
  grid: 3,
  charts: 3,
  data: 4,
  db: 5,
  sync: 5,
  views: 6,
  pwa: 7,
  ui: 8,
  present: 9,
  main: 10,
};
const OPEN_LEAVES = ['config', 'vite-env.d'];
// These speak in codes; only screens word them, so none of them may reach src/i18n at all
// (a dynamic import() included, which no-restricted-imports does not see).
const NO_WORDS = ['model', 'state', 'db', 'io', 'grid', 'sync'];
const SRC = path.join(import.meta.dirname, 'src');
const LAYER_ORDER =
  'model ← state ← i18n ← io / grid / charts ← data ← db / sync ← views ← pwa ← ui ← present ← main';

/** The top-level folder (or root file, without extension) of a path inside src/, else null. */
function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const top = rel.split(path.sep)[0] ?? '';
  return rel.includes(path.sep) ? top : top.replace(/\.(ts|js|mjs)$/, '');
}

/** @type {import('eslint').Rule.RuleModule} */
const onlyDown = {
  meta: {
    type: 'problem',
    docs: { description: `src/ folders import only lower layers: ${LAYER_ORDER}` },
    schema: [],
    messages: {
      upward:
        'src/{{from}} may not import src/{{to}}: layers only look down ({{order}}; LAYERS in eslint.config.js).',
      unranked: 'src/{{name}} has no rank in LAYERS (eslint.config.js): give it one.',
      words: 'src/{{from}} speaks in codes: only screens import src/i18n to word them.',
    },
  },
  create(context) {
    const file = context.physicalFilename;
    const from = layerOf(file);
    if (from === null) return {};
    const isTest = /\.test\.ts$/.test(file);
    /** @param {import('estree').Node | null | undefined} node */
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const spec = node.value;
      if (!spec.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), spec));
      if (to === null || to === from || OPEN_LEAVES.includes(to)) return;
      if (isTest && to === 'data') return;
      if (to === 'i18n' && NO_WORDS.includes(from)) {
        context.report({ node, messageId: 'words', data: { from } });
        return;
      }
      // An open leaf sits below everything: it imports only other leaves.
      const a = OPEN_LEAVES.includes(from) ? -1 : LAYERS[/** @type {keyof typeof LAYERS} */ (from)];
      const b = LAYERS[/** @type {keyof typeof LAYERS} */ (to)];
      if (a === undefined || b === undefined) {
        const name = a === undefined ? from : to;
        context.report({ node, messageId: 'unranked', data: { name } });
      } else if (b >= a)
        context.report({ node, messageId: 'upward', data: { from, to, order: LAYER_ORDER } });
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
    };
  },
};
const layersBlock = {
  files: ['src/**/*.{ts,js,mjs}'],
  plugins: { layers: { rules: { 'only-down': onlyDown } } },
  rules: { 'layers/only-down': 'error' },
};
// ── end of layers ──────────────────────────────────────────────────────────────────────────────

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
      // The bench's bare floor page: the libraries alone, not app code (built by Vite).
      'bench/bare/',
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
  // The model, state, storage, file reading and the grid speak in codes (problems, messages,
  // change labels): only the screens (views, ui, charts, present) turn them into words, so
  // nothing stored depends on the interface language. The rule's options replace the fence's
  // for these folders, so the fence is repeated here.
  ...['model', 'state', 'db', 'io', 'grid', 'sync'].map((dir) => ({
    files: [`src/${dir}/**`],
    rules: {
      'no-restricted-imports': restrictImports(
        [dir],
        [
          {
            regex: '^\\.{1,2}/(.+/)?i18n(/|$)',
            message: `src/${dir}/ returns codes; the screens word them with src/i18n.`,
          },
        ],
      ),
    },
  })),
  // The io block above replaced the spreadsheet fence's options for these two folders.
  {
    files: ['src/io/sheets/**', 'src/io/testing/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['io', 'io/sheets'],
        [
          {
            regex: '^\\.{1,2}/(.+/)?i18n(/|$)',
            message: 'src/io/ returns codes; the screens word them with src/i18n.',
          },
        ],
      ),
    },
  },
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
  layersBlock,
  // Vitest's asymmetric matchers (expect.stringContaining …) are typed any.
  { files: ['src/**/*.test.ts'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
);
