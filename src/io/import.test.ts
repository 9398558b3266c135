import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { loadSeedObservations } from '../data/seedRows';
import { longRows, type Lang } from '../model/csvFormat';
import type { ImportContext } from '../model/importPlan';
import { tableFrom, tableRows } from '../model/table';
import { DISTRICTS, type Observation } from '../model/types';
import { applyImport } from '../state/importActions';
import { initialState, type AppState } from '../state/state';
import { parseRows, toCsv } from './csv';
import { prepareImport, type PrepareOptions } from './prepare';
import * as fx from './testing/fixtures';

const catalog = loadSeedCatalog();
const seed = loadSeedObservations();
const ctx: ImportContext = { catalog, districts: DISTRICTS };
const opt: PrepareOptions = { layout: 'auto', wideYear: 2024, wideKind: 'actual' };
const state = (rows: Observation[] = seed): AppState => ({
  ...initialState(catalog, DISTRICTS, 't'),
  table: tableFrom(rows),
  storage: 'memory',
});

async function prepared(bytes: Uint8Array, o: Partial<PrepareOptions> = {}) {
  const r = await prepareImport(bytes, { ...opt, ...o }, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value;
}
const refused = async (bytes: Uint8Array) => {
  const r = await prepareImport(bytes, opt, ctx);
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
};
const utf8 = (s: string) => new TextEncoder().encode(s);
const find = (rows: { obs: Observation | Omit<Observation, 'id'> }[], d: string, i: string) =>
  rows.find((r) => r.obs.district === d && r.obs.indicator === i)?.obs;

describe('fixtures: what is kept', () => {
  it('GB18030 wide file: detected, one row per filled district cell', async () => {
    const p = await prepared(fx.gb18030Wide());
    expect(p.encoding).toBe('gb18030');
    expect(p.plan.layout).toBe('wide');
    expect(p.plan.rows).toHaveLength(7);
    expect(find(p.plan.rows, '江津区', '居民健康素养水平')).toMatchObject({
      value: 33.5,
      year: 2024,
      kind: 'actual',
    });
    expect(find(p.plan.rows, '荣昌区', '人均预期寿命')?.value).toBe(79);
    expect(p.plan.skipped).toEqual([]);
  });

  it('UTF-8 BOM long file: Chinese number forms land in the catalog unit', async () => {
    const p = await prepared(fx.utf8BomLong());
    expect([p.encoding, p.bom, p.plan.layout, p.plan.headerLang]).toEqual([
      'utf-8',
      true,
      'long',
      'zh',
    ]);
    const v = (d: string, i: string) => find(p.plan.rows, d, i);
    expect(v('江津区', '居民健康素养水平')?.value).toBe(32.9);
    expect(v('黔江区', '家庭医生签约人数')?.value).toBe(12);
    expect(v('大足区', '计划生育奖扶资金')?.value).toBe(0.1234);
    expect(v('九龙坡区', '网格健康指导员人数')?.value).toBe(1500);
    expect(v('荣昌区', '区域内就诊率')).toMatchObject({
      value: 96,
      qualifier: '≥',
      kind: 'target',
      year: 2026,
    });
    expect(v('荣昌区', '患者满意度')).toMatchObject({ value: 97, scope: '荣昌区人民医院' });
  });

  it('semicolon and tab files, English headers', async () => {
    const s = await prepared(fx.semicolonLong());
    expect(s.delimiter).toBe(';');
    expect(s.plan.rows.map((r) => r.obs.value)).toEqual([32.9, 77.5]);
    const t = await prepared(fx.tabLong());
    expect([t.delimiter, t.plan.headerLang]).toEqual(['\t', 'en']);
    expect(t.plan.rows).toHaveLength(2);
  });

  it('quoted commas, quotes and newlines survive', async () => {
    const p = await prepared(fx.quotedFields());
    expect(p.plan.rows[0]?.obs.quote).toBe('居民健康素养水平达33%，较上年提高"0.8"个百分点');
    expect(p.plan.rows[1]?.obs).toMatchObject({
      quote: '第一行\n第二行, 含逗号',
      note: '备注, 含逗号',
    });
  });

  it('100,000 rows are planned', async () => {
    const p = await prepared(fx.bigLong(100_000));
    expect(p.plan.rows).toHaveLength(100_000);
    expect(p.plan.unknownIndicators.length).toBeGreaterThan(600);
  });
});

describe('fixtures: what is refused, and why', () => {
  it('refuses empty, header-only and binary files as a whole', async () => {
    expect(await refused(fx.empty())).toEqual({ code: 'emptyFile' });
    expect(await refused(fx.headerOnly())).toEqual({ code: 'headerOnly' });
    expect(await refused(fx.binaryGarbage())).toEqual({ code: 'binary' });
    expect(await refused(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]))).toEqual({
      code: 'unreadableWorkbook',
      format: 'xlsx',
    });
  });

  it('skips ragged rows with the column counts', async () => {
    const p = await prepared(fx.ragged());
    expect(p.plan.rows).toHaveLength(1);
    expect(p.plan.skipped.map((s) => s.line)).toEqual([3, 4]);
    expect(p.plan.skipped[0]).toMatchObject({ code: 'columnCount', count: 4, expected: 11 });
  });

  it('lists each problem against its row', async () => {
    const p = await prepared(fx.problems());
    expect(p.plan.skipped).toEqual([
      { line: 2, code: 'notANumber', text: '很高', field: 'value' },
      { line: 6, code: 'duplicateRow', other: 5 },
    ]);
    expect(p.plan.unknownDistricts).toEqual([{ name: '璧山区', count: 1 }]);
    expect(p.plan.unknownIndicators).toEqual([{ name: '新指标甲', unit: '个', count: 1 }]);
    expect(p.plan.warnings).toEqual([
      { line: 7, code: 'conflictRow', other: 5 },
      expect.objectContaining({
        line: 8,
        code: 'outOfRange',
        range: { code: 'aboveMax', max: 100 },
      }),
    ]);
  });

  it('unknown districts and indicators are skipped unless the user adds them', async () => {
    const p = await prepared(fx.problems());
    const none = applyImport(state(), p.plan, {
      mode: 'merge',
      addDistricts: new Set(),
      addIndicators: new Set(),
    });
    expect(none.summary.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknownDistrict', name: '璧山区' }),
        expect.objectContaining({ code: 'unknownIndicator', name: '新指标甲' }),
      ]),
    );
    const all = applyImport(state(), p.plan, {
      mode: 'merge',
      addDistricts: new Set(['璧山区']),
      addIndicators: new Set(['新指标甲']),
    });
    expect(all.state.districts).toContain('璧山区');
    expect(all.state.catalog.get('新指标甲')).toMatchObject({ unit: '个', direction: 'neutral' });
    expect(all.summary.added).toBe(5);
  });
});

describe('payloads', () => {
  it('keeps formula-looking and HTML text as plain text, and negative numbers as numbers', async () => {
    const p = await prepared(fx.payloads());
    expect(p.plan.rows.map((r) => r.obs.note)).toEqual([
      '=HYPERLINK("http://x","点我")',
      '+SUM(A1:A2)',
      '@cmd',
      '<script>alert(1)</script>',
    ]);
    expect(p.plan.rows[1]?.obs.value).toBe(-1);
    expect(p.plan.unknownDistricts[0]?.name).toBe(fx.XSS);
  });

  it('export neutralises formula text but not negative numbers', () => {
    const csv = toCsv([
      ['备注', '数值'],
      ['=1+2', -3],
      ['+x', 4],
      ['@y', 5],
      ['\tz', 6],
      ['-w', 7],
      ['ok', 8],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').slice(1)).toEqual([
      "'=1+2,-3",
      "'+x,4",
      "'@y,5",
      "'\tz,6",
      "'-w,7",
      'ok,8',
    ]);
  });
});

describe('round trip', () => {
  const roundTrip = async (rows: Observation[], lang: Lang) => {
    const csv = toCsv(longRows(tableFrom(rows), lang));
    const p = await prepared(new TextEncoder().encode(csv));
    expect(p.plan.skipped).toEqual([]);
    const replaced = applyImport(state([]), p.plan, {
      mode: 'replace',
      addDistricts: new Set(p.plan.unknownDistricts.map((d) => d.name)),
      addIndicators: new Set(p.plan.unknownIndicators.map((d) => d.name)),
    });
    const strip = (list: Observation[]) => list.map((o) => JSON.stringify({ ...o, id: '' })).sort();
    expect(strip(tableRows(replaced.state.table))).toEqual(strip(rows));
    // Merging the same file back changes nothing.
    const merged = applyImport(state(rows), p.plan, {
      mode: 'merge',
      addDistricts: new Set(),
      addIndicators: new Set(p.plan.unknownIndicators.map((d) => d.name)),
    });
    expect([merged.summary.added, merged.summary.updated]).toEqual([0, 0]);
  };

  it('the seed dataset, in Chinese and English headers', async () => {
    await roundTrip(seed, 'zh');
    await roundTrip(seed, 'en');
  });

  it('generated random datasets', async () => {
    let x = 42;
    const rnd = () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)] as T;
    const texts = [
      '',
      'a,b',
      '引号"里"',
      '多\n行',
      '回车\r\n换行',
      '=1+1',
      '-负',
      '+正',
      '@at',
      ' 空格 ',
      '<b>x</b>',
    ];
    const inds = [...catalog.values()];
    for (let round = 0; round < 20; round++) {
      const rows: Observation[] = [];
      const used = new Set<string>();
      for (let i = 0; i < 60; i++) {
        const e = pick(inds);
        const o: Observation = {
          id: `r${i}`,
          district: pick(DISTRICTS),
          indicator: e.indicator,
          unit: e.unit,
          year: 2010 + Math.floor(rnd() * 20),
          // A formula indicator stores targets only (its actual values are computed).
          kind: rnd() < 0.2 || e.formula ? 'target' : 'actual',
          value:
            rnd() < 0.1
              ? null
              : (Math.round(rnd() * 1e6) / 100) * (e.min === null ? (rnd() < 0.5 ? -1 : 1) : 1),
          qualifier: pick(['', '', '≥', '≈'] as const),
          scope: pick(['', '', '某医院']),
          source: pick(['', 'x.txt']),
          quote: pick(texts),
          note: pick(texts).trim(),
        };
        if (rnd() < 0.15)
          o.original = { value: Math.round(rnd() * 100), qualifier: pick(['', '≥'] as const) };
        if (rnd() < 0.1) o.preferred = true;
        if (e.max !== null && o.value !== null) o.value = Math.min(o.value, e.max);
        const k = [o.district, o.indicator, o.year, o.kind, o.scope, o.source].join('|');
        if (!used.has(k)) {
          used.add(k);
          rows.push(o);
        }
      }
      await roundTrip(rows, round % 2 ? 'en' : 'zh');
    }
  });

  it('parseRows reads back what toCsv wrote', () => {
    const rows = [['a', 'b,c', 'd"e', 'f\ng']];
    const back = parseRows(toCsv(rows));
    expect(back.ok && back.rows).toEqual(rows);
  });
});

describe('line endings, quotes and encodings', () => {
  const obs = async (bytes: Uint8Array) => (await prepared(bytes)).plan.rows.map((r) => r.obs);

  it('CRLF, LF, CR and mixtures give identical results', async () => {
    const lf = await obs(fx.lineEndings(() => '\n'));
    expect(lf).toHaveLength(3);
    expect(lf[0]?.quote).toBe('原文"引号"，含逗号');
    expect(lf[2]?.quote).toBe('末列前有引号');
    for (const nl of [
      () => '\r\n',
      () => '\r',
      (i: number) => (i === 0 ? '\n' : '\r\n'),
      (i: number) => ['\r\n', '\n', '\r', '\n'][i] ?? '\n',
    ]) {
      expect(await obs(fx.lineEndings(nl))).toEqual(lf);
    }
  });

  it('a line break inside a quoted cell is kept verbatim, CR and all', async () => {
    for (const quote of ['甲\r\n乙', '甲\r乙', '甲\n乙']) {
      const csv = toCsv([
        ['区县', '指标', '单位', '年份', '类型', '数值', '原文'],
        ['江津区', '居民健康素养水平', '%', 2024, '实际', 33, quote],
        ['江津区', '人均预期寿命', '岁', 2024, '实际', 80, '末行'],
      ]);
      expect((await obs(utf8(csv))).map((o) => o.quote)).toEqual([quote, '末行']);
    }
  });

  it('an unclosed quote is refused with its line, column and header', async () => {
    expect(await refused(fx.unclosedQuote())).toEqual({
      code: 'unclosedQuote',
      line: 3,
      column: 3,
      header: '单位',
    });
    expect(await refused(utf8(`${'区县,指标,数值'}\n江津区,"a"b,3\n`))).toEqual({
      code: 'badQuote',
      line: 2,
      column: 2,
      header: '指标',
    });
  });

  it('a UTF-8 file with one stray byte is refused with the byte offset, not called binary', async () => {
    const { bytes, offset } = fx.utf8StrayByte();
    const reason = await refused(bytes);
    // Counted from 1, as a planner counts: the stray byte at index `offset` is byte offset + 1.
    expect(reason).toMatchObject({ code: 'badUtf8', offset: offset + 1, line: 2 });
  });

  it('UTF-16 LE and BE with a BOM (Excel “Unicode text”) are read', async () => {
    for (const e of ['le', 'be'] as const) {
      const p = await prepared(fx.utf16(e));
      expect([p.encoding, p.delimiter]).toEqual([`utf-16${e}`, '\t']);
      expect(p.plan.rows.map((r) => [r.obs.district, r.obs.value, r.obs.qualifier])).toEqual([
        ['江津区', 32.9, ''],
        ['荣昌区', 96, '≥'],
      ]);
    }
  });
});

describe('UTF-16 without a BOM', () => {
  it('is refused with a way out, not called binary', async () => {
    expect(await refused(fx.utf16('le').subarray(2))).toEqual({ code: 'utf16NoBom' });
  });
});
