import { readFileSync } from 'node:fs';
import { runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };

// Build date for the 关于 dialog. SOURCE_DATE_EPOCH (seconds) makes a build reproducible.
const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const buildDate = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date())
  .toISOString()
  .slice(0, 10);

/**
 * Seed CSV files read at build time, so the first load carries neither PapaParse nor the formula
 * parser: `x.csv?records` is the file's header-keyed records, `catalog.csv?catalog` the records
 * with formulas read into trees (src/io/catalogCsv.ts). The app still restores both at run time.
 */
function seedCsv(): Plugin {
  return {
    name: 'seed-csv',
    enforce: 'pre',
    load: {
      filter: { id: /\.csv\?(records|catalog)$/ },
      async handler(id) {
        const [file = '', query] = id.split('?');
        if (!file.endsWith('.csv') || (query !== 'records' && query !== 'catalog')) return null;
        this.addWatchFile(file);
        // The project's own CSV and catalog readers, run in Node.
        const load = async <T>(path: string) =>
          (await runnerImport<T>(new URL(path, import.meta.url).pathname)).module;
        const { parseCsv } = await load<typeof import('./src/io/csv')>('./src/io/csv.ts');
        const { catalogReads } =
          await load<typeof import('./src/io/catalogCsv')>('./src/io/catalogCsv.ts');
        const records = parseCsv(readFileSync(file, 'utf8')).records;
        if (query === 'records') return `export default ${JSON.stringify(records)};`;
        const read = catalogReads(records);
        if (!read.ok) this.error(`${file}: ${JSON.stringify(read.reason)}`);
        return `export default ${JSON.stringify(read.value)};`;
      },
    },
  };
}

/**
 * `virtual:search-keys`: pinyin keys of the bundled names (catalog indicators, the seed's
 * districts, the 38 divisions) for the Ctrl+K search, made by pinyin-pro here so that neither
 * the library nor its dictionary ships; the keys travel in the search chunk only.
 */
function searchKeys(): Plugin {
  const id = 'virtual:search-keys';
  return {
    name: 'search-keys',
    resolveId: {
      filter: { id: /^virtual:search-keys$/ },
      handler: (source) => (source === id ? '\0' + id : null),
    },
    load: {
      filter: { id: /^\0virtual:search-keys$/ },
      async handler(loaded) {
        if (loaded !== '\0' + id) return null;
        const catalogFile = new URL('./seeds/catalog.csv', import.meta.url).pathname;
        this.addWatchFile(catalogFile);
        const load = async <T>(path: string) =>
          (await runnerImport<T>(new URL(path, import.meta.url).pathname)).module;
        const { parseCsv } = await load<typeof import('./src/io/csv')>('./src/io/csv.ts');
        const keys = await load<typeof import('./src/io/pinyinKeys')>('./src/io/pinyinKeys.ts');
        const { DIVISIONS } = await load<typeof import('./src/model/districtCodes')>(
          './src/model/districtCodes.ts',
        );
        const { DISTRICTS } =
          await load<typeof import('./src/model/types')>('./src/model/types.ts');
        const names = parseCsv(readFileSync(catalogFile, 'utf8')).records.map(
          (r) => r.indicator ?? '',
        );
        const table = keys.searchKeys([...names.filter(Boolean), ...DISTRICTS], DIVISIONS);
        return `export default ${JSON.stringify(table)};`;
      },
    },
  };
}

/**
 * Handsontable 18 bundles its core CSS as a JS string and injects it as a <style>; the app loads
 * the same file as CSS instead (last in src/main.ts, where the injected copy used to sit in the
 * cascade), so the string is left out of the JS (17 kB gzip). Build only: dev keeps both copies.
 */
function htCoreCssOnce(): Plugin {
  return {
    name: 'handsontable-core-css-once',
    enforce: 'pre',
    apply: 'build',
    load: {
      filter: { id: /[\\/]handsontable[\\/]styles[\\/]handsontableStyles\.mjs$/ },
      handler: () => 'export default "";',
    },
  };
}

export default defineConfig({
  base: './',
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __BUILD_DATE__: JSON.stringify(buildDate),
  },
  // Handsontable's menu languages under a name without "i18n" (see src/grid/setup.ts).
  resolve: {
    alias: [{ find: /^handsontable-languages\//, replacement: 'handsontable/i18n/languages/' }],
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // Dev only: the dependency scan starts at index.html and never enters a worker, so a library
  // first met there (exceljs on the first 导出 Excel) was bundled late and the page reloaded
  // mid-export. The workers' libraries are bundled up front instead.
  optimizeDeps: {
    include: ['exceljs/dist/exceljs.bare.min.js', '@e965/xlsx', 'papaparse'],
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  // The import worker is a module worker, so it can load the spreadsheet reader as its own
  // chunk only when a workbook is read (an iife worker would carry it for every CSV).
  worker: { format: 'es' },
  plugins: [
    seedCsv(),
    searchKeys(),
    htCoreCssOnce(),
    VitePWA({
      // A new version waits until the user says so (src/pwa/updateBanner.ts); nothing reloads by itself.
      registerType: 'prompt',
      // src/pwa/index.ts registers through virtual:pwa-register.
      injectRegister: false,
      manifest: {
        name: '区县卫生健康指标对比表',
        short_name: '卫生指标对比',
        description: '区县卫生健康指标对比表：离线可用，数据保存在本机浏览器中。',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0b57d0',
        background_color: '#ffffff',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      // Icons and the favicon are copied from public/ into dist/ and caught by globPatterns below;
      // letting the plugin add the manifest icons as well would list them twice.
      includeManifestIcons: false,
      workbox: {
        // The whole app shell: entry, lazily loaded chunks (import dialog, workbox-window),
        // the module worker (assets/importWorker-*.js), CSS, HTML and images. No .map files.
        // manifest.webmanifest is added by the plugin itself.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webp,woff,woff2,json}'],
        globIgnores: ['**/*.map', '**/node_modules/**'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Prompt mode: an update waits for SKIP_WAITING from apply(). clientsClaim only makes the
        // first visit controlled (offline-ready) without a reload; it never reloads a page.
        skipWaiting: false,
        clientsClaim: true,
        // The main chunk bundles the seed data and Handsontable; keep headroom above 2 MiB.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  test: {
    // Unit tests only: Playwright specs in e2e/ must not be picked up by vitest.
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Results never hang on time: this only stops a hung test, with room for a busy machine.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
