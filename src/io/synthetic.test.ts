// The synthetic city's CSV read back through the importer (io's parser, model's plan).
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../model/importPlan';
import {
  CHONGQING_DISTRICTS,
  SYNTHETIC_CSV_HEADER,
  syntheticCity,
  syntheticCsv,
} from '../model/synthetic';
import { parseRows } from './csv';

describe('syntheticCsv', () => {
  it('writes the same rows as long CSV with Chinese headers that the importer accepts', () => {
    const small = syntheticCity({ indicators: 24, seed: 3 });
    const text = syntheticCsv(small);
    expect(text).toBe(syntheticCsv({ indicators: 24, seed: 3 }));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(SYNTHETIC_CSV_HEADER.join(','));
    expect(SYNTHETIC_CSV_HEADER.join(',')).toBe(
      '区县,指标,单位,年份,类型,数值,限定,范围,来源文件,原文,备注',
    );
    expect(lines).toHaveLength(small.observations.length + 1);

    const parsed = parseRows(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
    const built = buildPlan(
      parsed.rows,
      { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
      { catalog: new Map(), districts: [...CHONGQING_DISTRICTS] },
    );
    if (!built.ok) throw new Error(JSON.stringify(built.reason));
    const plan = built.plan;
    expect(plan.layout).toBe('long');
    expect(plan.skipped).toEqual([]);
    expect(plan.rows).toHaveLength(small.observations.length);
    plan.rows.forEach((r, i) => {
      const { id: _id, ...o } = small.observations[i] as (typeof small.observations)[number];
      expect(r.obs).toEqual(o);
    });
    expect(text).toContain(',目标,');
    expect(text).toContain(',实际,');
  });

  it('names extra districts (2×, 4× the city) that the importer offers as new, row for row', () => {
    const wide = syntheticCity({ indicators: 6, districts: 152, years: 2 });
    const named = [...new Set(wide.observations.map((o) => o.district))];
    expect(named).toHaveLength(152);
    expect(named.slice(0, 38)).toEqual([...CHONGQING_DISTRICTS]);
    const parsed = parseRows(syntheticCsv(wide));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
    const built = buildPlan(
      parsed.rows,
      { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
      { catalog: new Map(), districts: [...CHONGQING_DISTRICTS] },
    );
    if (!built.ok) throw new Error(JSON.stringify(built.reason));
    // No made-up name is read as a real district, a former one or a totals row.
    expect(built.plan.skipped).toEqual([]);
    expect(built.plan.totals ?? []).toEqual([]);
    expect(built.plan.rows).toHaveLength(wide.observations.length);
    expect(built.plan.rows.map((r) => r.obs.district)).toEqual(
      wide.observations.map((o) => o.district),
    );
    expect(built.plan.unknownDistricts.map((d) => d.name)).toEqual(named.slice(38));
  });
});
