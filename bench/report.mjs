// Verdicts against the targets and the printed table of the bench.
import { RESULTS, ROOT } from './common.mjs';
import { printScaling } from './scaling.mjs';

// Issue 15: times are judged only as ratios to the bare floor (BARE below); what is judged in
// absolute terms here is work the Enter key blocks, memory and download size.
export const TARGETS = {
  editAppCityP95: { max: 8, label: "the app's own work in the Enter task (city) p95 ≤ 8 ms" },
  heapGrowth: { max: 2, label: 'heap growth over 1,000 edits ≤ 2 MB' },
  firstLoadJs: { max: 280, label: 'first-load JS ≤ 280 kB gzip' },
};

/**
 * Each app figure's bare floor (the same work by the bare libraries, bench/bare) and, where
 * issue 15 sets one, the ratio it must stay within. Absolute times are judged only as ratios.
 */
export const BARE = {
  editChartSeedP50: { bare: 'bareEditSeedP50', max: 1.2 },
  editChartSeedP95: { bare: 'bareEditSeedP95', max: 1.2 },
  editChartCityP50: { bare: 'bareEditCityP50', max: 1.2 },
  editChartCityP95: { bare: 'bareEditCityP95', max: 1.2 },
  editTaskCityP95: { bare: 'bareTaskCityP95' },
  derivedEditCityP50: { bare: 'bareEditCityP50' },
  derivedEditCityP95: { bare: 'bareEditCityP95' },
  importTotal: { bare: 'papaParse', max: 4 },
  coldStartCity: { bare: 'bareColdStartCity', max: 1.2 },
};

/** Marks each figure that has a target as PASS or FAIL, and its ratio to its bare floor. */
export function judge(results) {
  for (const [key, t] of Object.entries(TARGETS)) {
    const f = results.figures[key];
    if (!f) continue;
    f.target = `≤ ${t.max}`;
    f.pass = typeof f.value === 'number' && f.value <= t.max;
  }
  for (const [key, b] of Object.entries(BARE)) {
    const f = results.figures[key];
    const floor = results.figures[b.bare]?.value;
    if (!f || typeof f.value !== 'number' || typeof floor !== 'number' || floor <= 0) continue;
    f.bare = { figure: b.bare, ratio: Number((f.value / floor).toFixed(2)) };
    if (b.max === undefined) continue;
    f.bare.max = b.max;
    f.bare.pass = f.bare.ratio <= b.max;
  }
}

/** Figures without a finite value, and expected figures never produced. */
export function missingFigures(results) {
  const missing = Object.entries(results.figures)
    .filter(([, f]) => typeof f.value !== 'number' || !Number.isFinite(f.value))
    .map(([k]) => k);
  const expected = [
    'coldStartSeed',
    'coldStartCity',
    'editChartSeedP50',
    'editChartSeedP95',
    'editChartCityP50',
    'editChartCityP95',
    'editTaskCityP95',
    'editAppCityP95',
    'editRestCityP95',
    'bareTaskCityP95',
    'derivedEditCityP50',
    'derivedEditCityP95',
    'importTotal',
    'papaParse',
    'importRatio',
    'bareImport',
    'importBareRatio',
    'bareEditSeedP50',
    'bareEditSeedP95',
    'bareEditCityP50',
    'bareEditCityP95',
    'bareColdStartCity',
    'idbEditCityP95',
    'heapAfterLoadCity',
    'heapGrowth',
    'heapFirstEdits',
    'firstLoadJs',
    'firstLoadCss',
  ].filter((k) => !(k in results.figures));
  // Every app figure with a floor must have its ratio.
  const unrated = Object.keys(BARE)
    .filter((k) => k in results.figures && !results.figures[k].bare)
    .map((k) => `${k} × bare`);
  return [...missing, ...expected, ...unrated];
}

/** Prints a Markdown table, padding wide (CJK) characters as two columns. */
export function printGrid(head, rows) {
  const width = (s) => [...s].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);
  const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (r) => `| ${r.map((c, i) => pad(c, cols[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${cols.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

export function printTable(results) {
  const rows = Object.values(results.figures).map((f) => [
    f.label,
    f.value === null || f.value === undefined ? '—' : `${f.value} ${f.unit}`,
    f.target ? `${f.target} ${f.unit}` : '',
    f.pass === undefined ? '' : f.pass ? 'PASS' : 'FAIL',
    f.bare ? `${f.bare.ratio}×` : '',
    f.bare?.max === undefined ? '' : `≤ ${f.bare.max}× ${f.bare.pass ? 'PASS' : 'FAIL'}`,
  ]);
  const head = ['figure', 'value', 'target', '', '× bare', 'ratio target'];
  const m = results.meta;
  console.log(
    `\nbench ${m.smoke ? '(SMOKE) ' : ''}${m.date} · Chromium ${m.chromium} · ${m.syntheticRows} rows × ` +
      `${m.syntheticDistricts} districts × ${m.syntheticIndicators} indicators · ${m.durationS} s` +
      (m.git ? ` · ${m.git.head}${m.git.dirty ? ' + local changes' : ''}` : ''),
  );
  printGrid(head, rows);
  printScaling(results, printGrid);
  const lazy = results.details.bundle?.lazy ?? [];
  if (lazy.length) {
    console.log(
      `lazy chunks (gzip): ${lazy.map((c) => `${c.file.replace(/^assets\//, '')} ${(c.gzipBytes / 1000).toFixed(1)} kB`).join(', ')}`,
    );
  }
  const comp = results.details.bundle?.composition;
  if (comp) {
    console.log(
      `${comp.file} by source (share of ${(comp.minifiedChars / 1000).toFixed(0)} k minified chars): ` +
        comp.top.map((c) => `${c.what} ${c.share}%`).join(', '),
    );
  }
  const prof = results.details.profile;
  if (prof) {
    for (const [name, p] of Object.entries(prof)) {
      console.log(`\nprofile ${name}: ${p.totalMs} ms sampled; self time by source:`);
      for (const f of p.files.slice(0, 8))
        console.log(`  ${String(f.ms).padStart(8)} ms  ${f.what}`);
      console.log('  top functions (self):');
      for (const f of p.functions.slice(0, 8))
        console.log(`  ${String(f.ms).padStart(8)} ms  ${f.what}`);
      console.log('  app functions (inclusive):');
      for (const f of p.appInclusive.slice(0, 10))
        console.log(`  ${String(f.ms).padStart(8)} ms  ${f.what}`);
    }
  }
  console.log(`\nwritten: ${RESULTS.replace(ROOT + '/', '')}`);
}
