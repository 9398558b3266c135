// Formulas in a backup or a snapshot: kept whole, and refused with their path when they cannot
// be computed against the catalog they join or are hostile.
import { describe, expect, it } from 'vitest';
import { backupJson, makeBackup, readBackup, readSnapshotData } from './backup';
import type { FormulaNode } from './formula';
import { formulaEntry, op, perThousandOf, plainEntry, ref } from './testRows';
import type { CatalogEntry } from './types';

const div = (a: FormulaNode, b: FormulaNode): FormulaNode => op('/', a, b);
const withFormula = (indicator: string, ast: unknown): CatalogEntry =>
  formulaEntry(indicator, '张/千人', ast as FormulaNode, {
    earlierDenominator: true,
    definition: '口径',
    standard: '国家标准',
  });
const BEDS = plainEntry('床位数', '张');
const POP = plainEntry('常住人口', '万人');
const PER_K = withFormula('每千人口床位数', perThousandOf('床位数', '常住人口'));

const file = (catalog: unknown[], snapshots: unknown[] = []) =>
  JSON.parse(
    backupJson(
      makeBackup({
        exportedAt: '',
        appVersion: 'test',
        observations: [],
        goalSets: [],
        catalog: catalog as CatalogEntry[],
        ui: null,
        deck: [],
        history: [],
        reports: [],
        snapshots: snapshots as never[],
      }),
    ),
  ) as unknown;
const reason = (r: { ok: boolean; reason?: unknown }) => (r.ok ? '' : JSON.stringify(r.reason));

describe('formulas in a backup', () => {
  it('round-trips a formula entry losslessly', () => {
    const r = readBackup(file([BEDS, POP, PER_K]));
    expect(reason(r)).toBe('');
    expect(r.ok && r.value.catalog[2]).toEqual(PER_K);
  });

  it('reads names from the catalog it joins', () => {
    expect(
      reason(readBackup(file([PER_K]), new Map([BEDS, POP].map((e) => [e.indicator, e])))),
    ).toBe('');
  });

  it('refuses an unknown name, a circle and a unit misfit, with the path of the formula', () => {
    const unknown = reason(readBackup(file([BEDS, PER_K])));
    expect(unknown).toContain('formulaUnknownName');
    expect(unknown).toContain('catalog[1].formula');
    const a = withFormula('甲', div(ref('乙'), { k: 'num', v: 2 }));
    const b = withFormula('乙', div(ref('甲'), { k: 'num', v: 2 }));
    const circle = reason(readBackup(file([a, b])));
    expect(circle).toContain('formulaCycle');
    expect(circle).toContain('catalog[0].formula');
    const misfit = withFormula('和', { k: 'op', op: '+', a: ref('床位数'), b: ref('常住人口') });
    expect(reason(readBackup(file([BEDS, POP, misfit])))).toContain('formulaUnitMismatch');
  });

  it('checks the catalogs of the snapshots it carries, and a stored snapshot', () => {
    const snap = {
      name: 's',
      t: 1,
      auto: false,
      rows: 0,
      observations: [],
      goalSets: [],
      catalog: [PER_K],
    };
    const r = reason(readBackup(file([BEDS, POP], [snap])));
    expect(r).toContain('snapshots[0].catalog[0].formula');
    expect(
      reason(readSnapshotData({ observations: [], goalSets: [], catalog: [PER_K] })),
    ).toContain('catalog[0].formula');
    const known = new Map([BEDS, POP].map((e) => [e.indicator, e]));
    expect(
      reason(readSnapshotData({ observations: [], goalSets: [], catalog: [PER_K] }, known)),
    ).toBe('');
  });

  it('refuses hostile trees: constructor, __proto__, functions, huge trees', () => {
    const hostile = [
      { k: 'ref', name: '床位数', constructor: { prototype: {} } },
      JSON.parse('{"k":"num","v":1,"__proto__":{"polluted":true}}') as unknown,
      { k: 'op', op: '/', a: ref('床位数'), b: Object.assign(() => 1, { k: 'num', v: 1 }) },
      { k: 'op', op: 'constructor', a: ref('床位数'), b: ref('常住人口') },
    ];
    let deep: unknown = ref('床位数');
    for (let i = 0; i < 500; i++) deep = { k: 'neg', x: deep };
    let wide: unknown = ref('床位数');
    for (let i = 0; i < 300; i++) wide = { k: 'op', op: '+', a: wide, b: { k: 'num', v: 1 } };
    for (const ast of [...hostile, deep, wide]) {
      const raw = {
        format: 'district-health-backup',
        version: 3,
        observations: [],
        catalog: [BEDS, POP, withFormula('坏', ast)],
      };
      const r = readBackup({
        ...(file([]) as object),
        ...raw,
        format: (file([]) as { format: string }).format,
      });
      expect(r.ok).toBe(false);
      expect(reason(r)).toContain('catalog[2].formula');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
