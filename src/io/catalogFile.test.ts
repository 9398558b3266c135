import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { formulaText, type FormulaNode } from '../model/formula';
import { planCatalogImport } from '../state/catalogImport';
import type { Catalog, CatalogEntry } from '../model/types';
import { catalogCsvText, readCatalogCsv } from './catalogFile';
import { decodeBytes } from './decode';

const ref = (name: string): FormulaNode => ({ k: 'ref', name });
const plain = (
  indicator: string,
  unit: string,
  extra: Partial<CatalogEntry> = {},
): CatalogEntry => ({
  indicator,
  nameEn: `${indicator} en`,
  unit,
  direction: 'higher',
  min: -5,
  max: 1e6,
  category: '基本情况',
  ...extra,
});
const BEDS = plain('床位数', '张');
const POP = plain('常住人口', '万人', { min: null, max: null, direction: 'neutral' });
const PER_K = plain('每千人口床位数', '张', {
  nameEn: 'Beds per 1,000',
  min: 0,
  max: null,
  formula: {
    ast: {
      k: 'op',
      op: '*',
      a: { k: 'op', op: '/', a: ref('床位数'), b: ref('常住人口') },
      b: { k: 'num', v: 1000 },
    },
    earlierDenominator: true,
    definition: '=年末实有床位数/常住人口×1000',
    standard: '国家卫生健康统计调查制度, "每千人口"',
  },
});
const DIFF = plain('差', '张', {
  formula: {
    ast: { k: 'op', op: '-', a: ref('床位数'), b: { k: 'neg', x: ref('床位数') } },
    earlierDenominator: false,
    definition: '',
    standard: '',
  },
});
const catalogOf = (...es: CatalogEntry[]): Catalog => new Map(es.map((e) => [e.indicator, e]));

describe('catalog CSV export and import', () => {
  it('export → import gives equal entries (formulas, flags, definitions, negative bounds)', () => {
    const cat = catalogOf(BEDS, POP, PER_K, DIFF);
    const text = catalogCsvText(cat);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const back = readCatalogCsv(text, new Map());
    expect(back.ok && [...back.value.values()]).toEqual([...cat.values()]);
  });

  it('round-trips the whole seed catalog', () => {
    const seed = loadSeedCatalog();
    const back = readCatalogCsv(catalogCsvText(seed), new Map());
    expect(back.ok && [...back.value.values()]).toEqual([...seed.values()]);
  });

  it('reads a GB18030 file decoded as the other imports are', () => {
    const text = catalogCsvText(catalogOf(BEDS, POP, PER_K)).slice(1);
    // The same text as GB18030 bytes (Node's ICU encodes it; TextEncoder only does UTF-8).
    const bytes = new Uint8Array(Buffer.from(encodeGb18030(text)));
    const decoded = decodeBytes(bytes);
    expect(decoded.ok && decoded.value.encoding).toBe('gb18030');
    const back = decoded.ok ? readCatalogCsv(decoded.value.text, new Map()) : null;
    expect(back?.ok && back.value.get('每千人口床位数')).toEqual(PER_K);
  });

  it('names line and column of a bad formula and of a bad direction', () => {
    const head = 'indicator,name_en,unit,direction,min,max,category,formula';
    const r = readCatalogCsv(
      `${head}\n床位数,,张,higher,,,x,\n坏,,张,higher,,,x,床位数 ÷ 无此指标\n`,
      new Map(),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatchObject({ code: 'formulaUnknownName', line: 3, column: 8 });
    const d = readCatalogCsv(`${head}\n床位数,,张,upward,,,x,\n`, new Map());
    expect(!d.ok && d.reason).toMatchObject({ code: 'catalogDirection', line: 2, column: 4 });
    const m = readCatalogCsv('name,unit\n床位数,张\n', new Map());
    expect(!m.ok && m.reason).toMatchObject({ code: 'catalogColumnMissing', name: 'indicator' });
  });

  it('refuses a circle and a unit misfit against the catalog it joins', () => {
    const head = 'indicator,name_en,unit,direction,min,max,category,formula';
    const known = catalogOf(BEDS, POP);
    const misfit = readCatalogCsv(`${head}\n和,,张,higher,,,x,床位数 + 常住人口\n`, known);
    expect(!misfit.ok && misfit.reason.code).toBe('formulaUnitMismatch');
    const circle = readCatalogCsv(
      `${head}\n甲,,张,higher,,,x,乙 × 2\n乙,,张,higher,,,x,甲 ÷ 2\n`,
      known,
    );
    expect(!circle.ok && circle.reason.code).toBe('formulaCycle');
  });
});

/** GB18030 bytes of a text, through iconv-like ICU support in Node. */
function encodeGb18030(text: string): Uint8Array {
  // Node has no GB18030 encoder; decode-table inversion over the BMP covers CJK text here.
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GB18030 bytes for ${ch}`);
      out.push(...b);
    }
  }
  return new Uint8Array(out);
}

describe('a catalog file that repeats what the app has', () => {
  const seed = loadSeedCatalog();
  const formulas = [...seed.values()].filter((e) => e.formula);
  const row = (e: CatalogEntry, unit = e.unit) =>
    [e.indicator, unit, e.direction, formulaText(e.formula?.ast ?? { k: 'num', v: 0 })].join(',');

  it('columns the file lacks are no change: built-ins repeated with fewer columns are the same', () => {
    const text = ['indicator,unit,direction,formula', ...formulas.map((e) => row(e))].join('\n');
    const r = readCatalogCsv(text, seed);
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    const plan = planCatalogImport(seed, r.value, new Set(seed.keys()));
    expect(plan.kept).toEqual([]);
    expect(plan.same).toEqual(formulas.map((e) => e.indicator));
  });

  it('only a built-in the file would change is kept and named', () => {
    const [first, ...rest] = formulas;
    if (!first) throw new Error('no built-in formula');
    const text = [
      'indicator,unit,direction,formula',
      row(first, `${first.unit}x`),
      ...rest.map((e) => row(e)),
    ].join('\n');
    const r = readCatalogCsv(text, seed);
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    expect(planCatalogImport(seed, r.value, new Set(seed.keys())).kept).toEqual([first.indicator]);
  });
});

describe('a malformed catalog file is said as the data import says it, line once', () => {
  const header = 'indicator,unit,direction';
  it('too many fields: the column count, with its line', () => {
    const r = readCatalogCsv(`${header}\n床位数,张,higher,x,y\n`, new Map());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toEqual({ code: 'columnCount', count: 5, expected: 3, line: 2 });
  });
  it('an unclosed quote: line, column and header', () => {
    const r = readCatalogCsv(`${header}\n床位数,张,higher\n"常住人口,万人,neutral\n`, new Map());
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason).toEqual({ code: 'unclosedQuote', line: 3, column: 1, header: 'indicator' });
  });
});
