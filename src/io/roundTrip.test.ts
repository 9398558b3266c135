// Every export layout, imported back unchanged, changes nothing (or is refused with a reason).
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { loadSeedObservations } from '../data/seedRows';
import { buildCompare, type CompareOptions } from '../model/compare';
import { goalRowsCsv, longRows, wideRows, type Lang } from '../model/csvFormat';
import { PACE_HEADERS } from '../model/paceExport';
import { buildOwnGoals } from '../model/goalsView';
import type { ImportContext } from '../model/importPlan';
import { tableFrom, tableRows } from '../model/table';
import { DISTRICTS, type Observation } from '../model/types';
import { applyImport } from '../state/importActions';
import { initialState, type AppState } from '../state/state';
import { toCsv } from './csv';
import { prepareImport, type PrepareOptions } from './prepare';

const catalog = loadSeedCatalog();
const seed = loadSeedObservations();
const ctx: ImportContext = { catalog, districts: DISTRICTS };
// The preview's year for wide files defaults to last year: 2025 here, as in the report.
const opt: PrepareOptions = { layout: 'auto', wideYear: 2025, wideKind: 'actual' };
const state = (rows: Observation[]): AppState => ({
  ...initialState(catalog, DISTRICTS, 't'),
  table: tableFrom(rows),
  storage: 'memory',
});
const json = (rows: readonly Observation[]) =>
  rows.map((o) => JSON.stringify({ ...o, id: '' })).sort();
const bytes = (csv: string) => new TextEncoder().encode(csv);

async function importBack(s: AppState, csv: string, mode: 'merge' | 'replace') {
  const p = await prepareImport(bytes(csv), opt, ctx);
  if (!p.ok) throw new Error(JSON.stringify(p.reason));
  expect(p.value.plan.skipped).toEqual([]);
  return applyImport(s, p.value.plan, {
    mode,
    addDistricts: new Set(),
    addIndicators: new Set(),
  });
}

// A value with a qualifier, and a note the wide file does not carry (a merge must keep it).
const rows: Observation[] = seed.map((o, i) =>
  i === 0 ? { ...o, qualifier: '≥', note: '手工备注' } : o,
);

describe('long export round trip', () => {
  for (const lang of ['zh', 'en'] as Lang[])
    it(`${lang}: merge changes nothing, replace gives the same table`, async () => {
      const csv = toCsv(longRows(tableFrom(rows), lang));
      const merged = await importBack(state(rows), csv, 'merge');
      expect([merged.summary.added, merged.summary.updated]).toEqual([0, 0]);
      expect(json(tableRows(merged.state.table))).toEqual(json(rows));
      const replaced = await importBack(state(rows), csv, 'replace');
      expect(json(tableRows(replaced.state.table))).toEqual(json(rows));
    });
});

describe('wide export round trip', () => {
  const views: [string, Omit<CompareOptions, 'districts' | 'category'>][] = [
    ['latest actual', { year: 'latest', kind: 'actual' }],
    ['2023 actual', { year: 2023, kind: 'actual' }],
    ['latest target', { year: 'latest', kind: 'target' }],
  ];
  for (const lang of ['zh', 'en'] as Lang[])
    for (const [name, o] of views) {
      const options: CompareOptions = { ...o, category: '', districts: DISTRICTS };
      const view = (s: AppState) => buildCompare(s.table, s.catalog, options);
      // Every filled cell: the file holds these and nothing else.
      const cells = (s: AppState) =>
        view(s)
          .rows.flatMap((r) =>
            r.cells.map((c, i) => [
              r.indicator,
              r.scope,
              DISTRICTS[i],
              c.value,
              c.year,
              c.qualifier,
            ]),
          )
          .filter((c) => c[3] !== null)
          .map((c) => JSON.stringify(c))
          .sort();

      it(`${lang}, ${name}: merge adds and updates nothing`, async () => {
        const s = state(rows);
        const csv = toCsv(wideRows(view(s), lang, o.kind));
        const merged = await importBack(s, csv, 'merge');
        expect([merged.summary.added, merged.summary.updated]).toEqual([0, 0]);
        expect(json(tableRows(merged.state.table))).toEqual(json(rows));
      });

      it(`${lang}, ${name}: replace keeps every value with its year and qualifier`, async () => {
        const s = state(rows);
        const csv = toCsv(wideRows(view(s), lang, o.kind));
        const replaced = await importBack(s, csv, 'replace');
        expect(cells(replaced.state)).toEqual(cells(s));
      });
    }

  it('keeps ≥ and ≈ in the cell text and each value’s year beside it', () => {
    const s = state(rows);
    const v = buildCompare(s.table, s.catalog, {
      year: 'latest',
      kind: 'actual',
      category: '',
      districts: DISTRICTS,
    });
    const csv = toCsv(wideRows(v, 'zh', 'actual'));
    const [head, ...lines] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(head).toBe(
      '指标,范围,单位,分类,类型,' + DISTRICTS.map((d) => `${d},${d} 年份`).join(','),
    );
    expect(lines.some((l) => /,≥\d/.test(l))).toBe(true);
    expect(lines.every((l) => l.split(',')[4] === '实际')).toBe(true);
  });
});

describe('goals export', () => {
  for (const lang of ['zh', 'en'] as Lang[])
    it(`${lang}: is refused with a reason, whatever the mode`, async () => {
      const s = state(rows);
      const csv = toCsv(goalRowsCsv(buildOwnGoals(s.table, s.catalog, s.districts), lang));
      const p = await prepareImport(bytes(csv), opt, ctx);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.reason).toEqual({ code: 'goalsTable' });
    });

  for (const lang of ['zh', 'en'] as Lang[])
    it(`${lang}: is refused when only its pace columns are kept beside district and indicator`, async () => {
      const s = state(rows);
      const table = goalRowsCsv(buildOwnGoals(s.table, s.catalog, s.districts), lang);
      const keep = [0, 1, 3, ...PACE_HEADERS[lang].map((h) => table[0]?.indexOf(h) ?? -1)];
      expect(keep).not.toContain(-1);
      const csv = toCsv(table.map((r) => keep.map((i) => r[i] ?? null)));
      const p = await prepareImport(bytes(csv), opt, ctx);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.reason).toEqual({ code: 'goalsTable' });
    });
});

describe('nothing changes silently', () => {
  it('two 数值 columns: refused with the names and positions', async () => {
    const csv = '区县,指标,单位,年份,类型,数值,value\n江津区,居民健康素养水平,%,2024,实际,33,34\n';
    const p = await prepareImport(bytes(csv), opt, ctx);
    expect(p.ok).toBe(false);
    if (!p.ok)
      expect(p.reason).toEqual({
        code: 'duplicateColumns',
        columns: [{ headers: ['数值', 'value'], at: [6, 7] }],
      });
  });

  it('12345678901234.5 is kept exactly', async () => {
    const csv = '区县,指标,单位,年份,类型,数值\n江津区,新指标,元,2024,实际,12345678901234.5\n';
    const p = await prepareImport(bytes(csv), opt, ctx);
    expect(p.ok && p.value.plan.rows[0]?.obs.value).toBe(12345678901234.5);
  });

  it('a unit conversion is said, not done silently', async () => {
    const csv = '区县,指标,单位,年份,类型,数值\n黔江区,家庭医生签约人数,人,2024,实际,120000\n';
    const p = await prepareImport(bytes(csv), opt, ctx);
    if (!p.ok) throw new Error(JSON.stringify(p.reason));
    expect(p.value.plan.rows[0]?.obs.value).toBe(12);
    expect(p.value.plan.warnings[0]).toMatchObject({
      code: 'unitConverted',
      value: 12,
      unit: '万人',
    });
  });

  it('a bad 报告原值 is a problem on its row, not dropped', async () => {
    const csv =
      '区县,指标,单位,年份,类型,数值,报告原值\n江津区,居民健康素养水平,%,2024,实际,33,很高\n';
    const p = await prepareImport(bytes(csv), opt, ctx);
    if (!p.ok) throw new Error(JSON.stringify(p.reason));
    expect(p.value.plan.skipped[0]).toMatchObject({ code: 'notANumber', field: 'original' });
  });

  it('a short district name is completed with a word, and an unreadable 采用 is a problem', async () => {
    const csv =
      '区县,指标,单位,年份,类型,数值,采用\n江津,居民健康素养水平,%,2024,实际,33,\n江津区,人均预期寿命,岁,2024,实际,80,也许\n';
    const p = await prepareImport(bytes(csv), opt, ctx);
    if (!p.ok) throw new Error(JSON.stringify(p.reason));
    expect(p.value.plan.rows[0]?.obs.district).toBe('江津区');
    expect(p.value.plan.warnings).toEqual([
      { line: 2, code: 'districtNamed', text: '江津', district: '江津区' },
    ]);
    expect(p.value.plan.skipped).toEqual([
      { line: 3, code: 'badPreferred', text: '也许', field: 'preferred' },
    ]);
  });

  it('a qualifier in the value that disagrees with the 限定 column is a problem', async () => {
    const csv = '区县,指标,单位,年份,类型,数值,限定\n江津区,居民健康素养水平,%,2024,实际,≈33,≥\n';
    const p = await prepareImport(bytes(csv), opt, ctx);
    if (!p.ok) throw new Error(JSON.stringify(p.reason));
    expect(p.value.plan.skipped[0]).toMatchObject({ code: 'qualifierConflict', qualifier: '≥' });
  });

  it('problem lines count blank lines and quoted line breaks', async () => {
    const csv =
      '区县,指标,单位,年份,类型,数值,原文\n\n江津区,居民健康素养水平,%,2024,实际,33,"a\nb"\n江津区,人均预期寿命,岁,2024,实际,很高,\n';
    const p = await prepareImport(bytes(csv), opt, ctx);
    if (!p.ok) throw new Error(JSON.stringify(p.reason));
    expect(p.value.plan.skipped.map((x) => x.line)).toEqual([5]);
  });
});

describe('property: every accepted value survives CSV export → import exactly', () => {
  it('random values, long and wide layouts', async () => {
    let x = 7;
    const rnd = () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const special = [0, -0, 1e21, 1e-7, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, 1 / 3];
    const values = [
      ...special,
      ...Array.from({ length: 400 }, () => {
        const sign = rnd() < 0.5 ? -1 : 1;
        return rnd() < 0.5
          ? sign * rnd() * 10 ** Math.floor(rnd() * 60 - 30)
          : (sign * Math.round(rnd() * 1e9)) / 10 ** Math.floor(rnd() * 12);
      }),
    ];
    const obs: Observation[] = values.map((value, i) => ({
      id: `v${i}`,
      district: DISTRICTS[i % DISTRICTS.length] as string,
      indicator: `随机指标${i}`,
      unit: '',
      year: 2020,
      kind: 'actual',
      value,
      qualifier: i % 3 === 0 ? '≥' : i % 3 === 1 ? '≈' : '',
      scope: '',
      source: '',
      quote: '',
      note: '',
    }));
    const s = state(obs);
    const names = new Set(obs.map((o) => o.indicator));
    const wide = buildCompare(s.table, s.catalog, {
      year: 'latest',
      kind: 'actual',
      category: '',
      districts: DISTRICTS,
    });
    for (const csv of [toCsv(longRows(s.table, 'zh')), toCsv(wideRows(wide, 'zh', 'actual'))]) {
      const p = await prepareImport(bytes(csv), opt, ctx);
      if (!p.ok) throw new Error(JSON.stringify(p.reason));
      expect(p.value.plan.skipped).toEqual([]);
      const back = new Map(p.value.plan.rows.map((r) => [r.obs.indicator, r.obs]));
      for (const o of obs) {
        expect(back.get(o.indicator)?.value, o.indicator).toBe(o.value === 0 ? 0 : o.value);
        expect(back.get(o.indicator)?.qualifier).toBe(o.qualifier);
      }
      expect(names.size).toBe(back.size);
    }
  });
});
