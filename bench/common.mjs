// Shared by the bench modules: paths, counts, the seed cell and small numeric helpers.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'bench/.dist');
export const SSR = join(ROOT, 'bench/.ssr');
export const RESULTS = join(ROOT, 'bench/results.json');
export const PORT = Number(process.env.BENCH_PORT ?? 4373);
export const URL_ = `http://127.0.0.1:${PORT}/`;
export const SMOKE = process.env.BENCH_SMOKE === '1' || process.argv.includes('--smoke');

export const N = SMOKE
  ? {
      reloads: 1,
      edits: 5,
      idbEdits: 5,
      heapEdits: 10,
      heapWarmup: 2,
      indicators: 30,
      profileEdits: 3,
    }
  : {
      reloads: 5,
      edits: 200,
      idbEdits: 100,
      heapEdits: 1000,
      heapWarmup: 30,
      indicators: 300,
      profileEdits: 30,
    };
// Optional overrides for quicker partial runs, e.g. BENCH_HEAP_EDITS=100.
for (const [key, env] of Object.entries({
  reloads: 'BENCH_RELOADS',
  edits: 'BENCH_EDITS',
  idbEdits: 'BENCH_IDB_EDITS',
  heapEdits: 'BENCH_HEAP_EDITS',
  heapWarmup: 'BENCH_HEAP_WARMUP',
  indicators: 'BENCH_INDICATORS',
})) {
  const v = Number(process.env[env]);
  if (Number.isInteger(v) && v > 0) N[key] = v;
}

export const SEED_ROW = '居民健康素养水平';
export const SEED_COL = 'd:江津区';
export const SEED_NEEDLE = '32.22'; // 江津区 居民健康素养水平 2023 in the seed, top-left of 对比

const T0 = Date.now();
export const log = (...a) =>
  console.error(`[bench ${((Date.now() - T0) / 1000).toFixed(0)}s]`, ...a);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const round = (v, d = 1) => (v === null || v === undefined ? null : Number(v.toFixed(d)));

export function quantile(values, q) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
export const median = (v) => quantile(v, 0.5);
