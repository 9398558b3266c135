// Scaling checks of the bench: the city workbook at 2× and 4× its size, each figure's growth and
// the verdict that an edit stays flat in the number of rows.
//
// "Size" is read as the number of observations: 2× doubles the indicators (the compare grid's
// rows) and 4× also doubles the districts (its columns), the 76 districts × 600
// indicators. Doubling both at 2× would make 4× 152 × 1200 (16× the rows, ≈ 1.7 M observations,
// a 190 MB CSV), which neither fits the bench's time nor is a workbook a city keeps.
/* global window */
import { SMOKE, log, round, sleep, URL_ } from './common.mjs';
import { coldProbe } from './probes.mjs';
import {
  cityCells,
  coldStarts,
  editSeries,
  heapMB,
  idbSeries,
  importCsv,
  waitReady,
} from './scenarios.mjs';

/** Each scale's shape, as a multiple of the 1× city (38 districts × N.indicators). */
export const SCALES = [
  { name: '2×', factor: 2, districts: 38, indicatorsX: 2 },
  { name: '4×', factor: 4, districts: 76, indicatorsX: 2 },
];

/** Fewer repetitions than at 1×: each scale's import alone takes a minute or two. */
export const SCALE_N = SMOKE
  ? { reloads: 1, edits: 3, idbEdits: 3 }
  : { reloads: 3, edits: 40, idbEdits: 20 };
for (const [key, env] of Object.entries({
  reloads: 'BENCH_SCALE_RELOADS',
  edits: 'BENCH_SCALE_EDITS',
  idbEdits: 'BENCH_SCALE_IDB_EDITS',
})) {
  const v = Number(process.env[env]);
  if (Number.isInteger(v) && v > 0) SCALE_N[key] = v;
}
/** BENCH_SCALES=none skips the scaling checks (e.g. for a heap-only run). */
export const SCALES_ON = process.env.BENCH_SCALES !== 'none';

/** The growth table's figures: key in a scale's figures, the 1× figure it compares with. */
export const GROWTH = [
  { key: 'importTotal', city: 'importTotal', label: 'CSV import (analyse + apply)', unit: 'ms' },
  { key: 'coldStart', city: 'coldStartCity', label: 'cold start (median)', unit: 'ms' },
  { key: 'editP50', city: 'editChartCityP50', label: 'edit→chart painted p50', unit: 'ms' },
  { key: 'editP95', city: 'editChartCityP95', label: 'edit→chart painted p95', unit: 'ms' },
  { key: 'taskP95', city: 'editTaskCityP95', label: 'Enter task p95', unit: 'ms' },
  { key: 'heapAfterLoad', city: 'heapAfterLoadCity', label: 'JS heap after load', unit: 'MB' },
  { key: 'idbP95', city: 'idbEditCityP95', label: 'edit→IndexedDB p95', unit: 'ms' },
];

/** An edit is flat in the rows when its p50 at 4× is within this factor of the 1× p50. */
export const FLAT_MAX = 1.2;

/** Imports the scaled city (替换) and measures it in a page of `context`. */
export async function scaleRun(context, gen, scale, indicators, skip) {
  const city = gen.syntheticCity({
    indicators: indicators * scale.indicatorsX,
    districts: scale.districts,
  });
  const csv = gen.syntheticCsv(city);
  const rows = city.observations.length;
  log(
    `${scale.name}: ${scale.districts} districts × ${city.catalog.length} indicators, ${rows} rows, ` +
      `${(Buffer.byteLength(csv) / 1e6).toFixed(1)} MB CSV: import …`,
  );
  let page = await context.newPage();
  await page.goto(URL_);
  await waitReady(page);
  const imp = await importCsv(page, csv, rows, 180_000 * scale.factor);
  await page.evaluate(() => window.__app.flush());
  const { probe, edit } = await cityCells(page, skip);
  await page.close();

  log(
    `${scale.name}: cold starts, ${SCALE_N.edits} edits, ${SCALE_N.idbEdits} edits → IndexedDB …`,
  );
  page = await context.newPage();
  await page.addInitScript(coldProbe, probe.needle);
  await page.goto(URL_);
  await waitReady(page);
  const cold = await coldStarts(page, probe.needle, SCALE_N.reloads);
  const heap = await heapMB(page);
  const ed = await editSeries(page, edit.rowKey, edit.colKey, SCALE_N.edits);
  const idb = await idbSeries(page, edit.rowKey, edit.colKey, SCALE_N.idbEdits);
  await page.evaluate(() => window.__app.flush());
  await sleep(300);
  await page.close();
  return {
    shape: { districts: scale.districts, indicators: city.catalog.length, rows },
    counts: { ...SCALE_N },
    figures: {
      importTotal: imp.totalMs,
      coldStart: cold.medianMs,
      editP50: ed.p50,
      editP95: ed.p95,
      taskP95: ed.taskP95,
      heapAfterLoad: round(heap, 2),
      idbP95: idb.p95,
    },
    details: { import: imp, coldStart: cold, edit: ed, idb },
  };
}

/** The growth table's rows: value at 1×, each scale, and the factor over 1×. */
export function growthRows(results) {
  const sc = results.details.scaling;
  if (!sc) return [];
  return GROWTH.map((g) => {
    const one = results.figures[g.city]?.value ?? null;
    const at = SCALES.map((s) => sc.runs[s.name]?.figures[g.key] ?? null);
    const factors = at.map((v) =>
      typeof v === 'number' && typeof one === 'number' && one > 0 ? round(v / one, 2) : null,
    );
    return { ...g, one, at, factors };
  });
}

/** Judges the flat-edit verdict: p50 of the largest scale over p50 at 1×. */
export function judgeScaling(results) {
  const sc = results.details.scaling;
  if (!sc) return;
  const last = SCALES[SCALES.length - 1];
  const one = results.figures.editChartCityP50?.value;
  const big = sc.runs[last.name]?.figures.editP50;
  if (typeof one !== 'number' || typeof big !== 'number' || one <= 0) return;
  const ratio = round(big / one, 2);
  results.figures.editGrowth = {
    value: ratio,
    unit: '×',
    label: `edit→chart p50 at ${last.name} / at 1× (flat in rows)`,
    target: `≤ ${FLAT_MAX}`,
    pass: ratio <= FLAT_MAX,
  };
}

/** Scaling figures never produced (for the smoke check). */
export function missingScaling(results) {
  if (!SCALES_ON) return [];
  const sc = results.details.scaling;
  if (!sc) return ['scaling'];
  const out = [];
  for (const s of SCALES)
    for (const g of GROWTH) {
      const v = sc.runs[s.name]?.figures[g.key];
      if (typeof v !== 'number' || !Number.isFinite(v)) out.push(`${g.key}@${s.name}`);
    }
  if (!results.figures.editGrowth) out.push('editGrowth');
  return out;
}

export function printScaling(results, line) {
  const sc = results.details.scaling;
  if (!sc) return;
  const m = results.meta;
  const shapes = [
    `1× ${m.syntheticDistricts} × ${m.syntheticIndicators} = ${m.syntheticRows} rows`,
    ...SCALES.map((s) => {
      const r = sc.runs[s.name]?.shape;
      return r ? `${s.name} ${r.districts} × ${r.indicators} = ${r.rows} rows` : `${s.name} —`;
    }),
  ];
  console.log(
    `\nscaling (districts × indicators): ${shapes.join(' · ')}; at 2×/4×: ` +
      `${sc.counts.reloads} cold starts, ${sc.counts.edits} edits, ${sc.counts.idbEdits} IndexedDB edits`,
  );
  const f = (v, unit) => (v === null ? '—' : `${v} ${unit}`);
  const rows = growthRows(results).map((g) => [
    g.label,
    f(g.one, g.unit),
    ...g.at.map((v) => f(v, g.unit)),
    ...g.factors.map((x) => (x === null ? '—' : `${x}×`)),
  ]);
  const names = SCALES.map((s) => s.name);
  line(['figure', '1×', ...names, ...names.map((n) => `${n}/1×`)], rows);
  const eg = results.figures.editGrowth;
  const rowsOnly = growthRows(results).find((g) => g.key === 'editP50')?.factors[0];
  if (eg)
    console.log(
      `edit flat in rows: p50 at ${SCALES[SCALES.length - 1].name} = ${eg.value}× p50 at 1× ` +
        `(≤ ${FLAT_MAX}×) → ${eg.pass ? 'FLAT' : 'GROWS'}` +
        (rowsOnly == null ? '' : `; rows alone (${SCALES[0].name}): ${rowsOnly}×`),
    );
}
