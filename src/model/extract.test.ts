import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { detectDistrict, extractCandidates, type Candidate } from './extract';
import { EXTRACT_FIXTURES, type ExtractFixture, type LabelledNumber } from './extractFixtures';
import { DISTRICTS, type Catalog } from './types';

const seeds = new URL('../../seeds/', import.meta.url);

/** A tiny CSV reader: quoted fields may hold commas, quotes ("") and line breaks. */
function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

// Read as the app reads it (formulas in the catalog are text, parsed by io).
const catalog: Catalog = loadSeedCatalog();
const run = (f: ExtractFixture): Candidate[] => extractCandidates(f.text, catalog, DISTRICTS);

/** Pairs each labelled number with one candidate of the same value and unit (in text order). */
function pair(f: ExtractFixture, cands: readonly Candidate[]): Map<LabelledNumber, Candidate> {
  const used = new Set<Candidate>();
  const out = new Map<LabelledNumber, Candidate>();
  for (const n of f.numbers) {
    const c = cands.find((c) => !used.has(c) && c.value === n.value && c.unit === n.unit);
    if (c) {
      used.add(c);
      out.set(n, c);
    }
  }
  return out;
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

describe('extractCandidates on hand-labelled paragraphs', () => {
  const results = EXTRACT_FIXTURES.map((f) => ({ f, cands: run(f) }));

  it('has enough labelled material', () => {
    expect(EXTRACT_FIXTURES.length).toBeGreaterThanOrEqual(6);
    const total = EXTRACT_FIXTURES.reduce((n, f) => n + f.numbers.length, 0);
    expect(total).toBeGreaterThanOrEqual(40);
  });

  it('finds the labelled (value, unit) pairs with precision and recall ≥ 0.8', () => {
    let correct = 0;
    let proposed = 0;
    let found = 0;
    let labelled = 0;
    for (const { f, cands } of results) {
      const key = (v: number, u: string): string => `${v}|${u}`;
      const labels = new Set(f.numbers.map((n) => key(n.value, n.unit)));
      proposed += cands.length;
      correct += cands.filter((c) => labels.has(key(c.value, c.unit))).length;
      labelled += f.numbers.length;
      found += pair(f, cands).size;
      const extra = cands.filter((c) => !labels.has(key(c.value, c.unit)));
      const missed = f.numbers.filter((n) => !pair(f, cands).has(n));
      if (extra.length || missed.length) {
        console.log(
          `  ${f.name}: extra ${extra.map((c) => c.value + c.unit).join(' ') || '—'};` +
            ` missed ${missed.map((n) => n.value + n.unit).join(' ') || '—'}`,
        );
      }
    }
    const precision = correct / proposed;
    const recall = found / labelled;
    console.log(
      `extract: precision ${pct(precision)} (${correct}/${proposed}), ` +
        `recall ${pct(recall)} (${found}/${labelled})`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('matches catalog indicators for ≥ 70% of the labelled catalog measures', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const { f, cands } of results) {
      const pairs = pair(f, cands);
      for (const n of f.numbers) {
        if (!n.indicator) continue;
        total++;
        const c = pairs.get(n);
        if (c?.matched && c.indicator === n.indicator) right++;
        else
          wrong.push(`${n.value}${n.unit} → ${c ? c.indicator : '(not found)'} ≠ ${n.indicator}`);
      }
    }
    console.log(`extract: indicator accuracy ${pct(right / total)} (${right}/${total})`);
    for (const w of wrong) console.log(`  ${w}`);
    expect(right / total).toBeGreaterThanOrEqual(0.7);
  });

  it('proposes a readable new name when the catalog has no such measure', () => {
    let right = 0;
    let total = 0;
    for (const { f, cands } of results) {
      const pairs = pair(f, cands);
      for (const n of f.numbers) {
        if (!n.nameHint) continue;
        total++;
        const c = pairs.get(n);
        if (c && !c.matched && c.indicator.includes(n.nameHint)) right++;
        else
          console.log(
            `  ${n.value}${n.unit}: “${c?.indicator ?? '(not found)'}” lacks ${n.nameHint}`,
          );
      }
    }
    console.log(`extract: new names ${right}/${total}`);
    expect(right / total).toBeGreaterThanOrEqual(0.7);
  });

  it.each(EXTRACT_FIXTURES.map((f) => [f.name, f] as const))('district of %s', (_n, f) => {
    const cands = run(f);
    expect(detectDistrict(f.text, DISTRICTS)).toBe(f.district);
    // Each figure gets the district named near it, or none (a paragraph that names none).
    for (const c of cands) expect([f.district, '']).toContain(c.district);
    expect(cands.some((c) => c.district === f.district)).toBe(true);
  });

  it.each(EXTRACT_FIXTURES.map((f) => [f.name, f] as const))(
    'year, kind and qualifier of %s',
    (_n, f) => {
      const pairs = pair(f, run(f));
      for (const n of f.numbers) {
        const c = pairs.get(n);
        if (!c) continue;
        const label = `${n.value}${n.unit}`;
        expect(c.year, label).toBe(n.year === undefined ? f.year : n.year);
        expect(c.kind, label).toBe(n.kind ?? 'actual');
        expect(c.qualifier, label).toBe(n.qualifier ?? '');
      }
    },
  );

  it('never proposes dates, slogans, model names, phone numbers or list ordinals', () => {
    for (const { f, cands } of results) {
      for (const bad of f.notNumbers) {
        const at = f.text.indexOf(bad);
        expect(at, `${bad} in ${f.name}`).toBeGreaterThanOrEqual(0);
        const hit = cands.find((c) => c.start < at + bad.length && c.end > at);
        expect(hit, `${bad} in ${f.name}`).toBeUndefined();
      }
    }
  });

  it('quotes verbatim and points at the number', () => {
    for (const { f, cands } of results) expectWellFormed(f.text, cands);
  });
});

function expectWellFormed(text: string, cands: readonly Candidate[]): void {
  for (const c of cands) {
    const digits = text
      .slice(c.start, c.end)
      .replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      .replace(/,/g, '');
    expect(Number(digits), text.slice(c.start, c.end)).toBe(c.value);
    expect(text.includes(c.quote)).toBe(true);
    // The quote's own occurrence covers the number.
    let at = text.indexOf(c.quote);
    while (at >= 0 && !(at <= c.start && c.end <= at + c.quote.length)) {
      at = text.indexOf(c.quote, at + 1);
    }
    expect(at, c.quote).toBeGreaterThanOrEqual(0);
  }
}

describe('extractCandidates details', () => {
  const one = (text: string): Candidate => {
    const cands = extractCandidates(text, catalog, DISTRICTS);
    expect(cands).toHaveLength(1);
    return cands[0] as Candidate;
  };

  it('returns nothing for an empty text', () => {
    expect(extractCandidates('  \n', catalog, DISTRICTS)).toEqual([]);
  });

  it('reads full-width digits with offsets into the input', () => {
    const text = '江津区居民健康素养水平达３２．２２％。';
    const c = one(text);
    expect(c).toMatchObject({
      value: 32.22,
      unit: '%',
      indicator: '居民健康素养水平',
      matched: true,
    });
    expect(text.slice(c.start, c.end)).toBe('３２．２２');
  });

  it('keeps thousands separators, 万余元, 万名 and ranks', () => {
    expect(one('全区常住人口1,234人。')).toMatchObject({ value: 1234, unit: '人' });
    expect(one('减免医疗费用584万余元。')).toMatchObject({
      value: 584,
      unit: '万元',
      qualifier: '≈',
    });
    expect(one('为150万名群众服务。')).toMatchObject({ value: 150, unit: '万人' });
    expect(one('在全国三级公立医院中位列第325名。')).toMatchObject({ value: 325, unit: '名' });
  });

  it('skips ages that are not life expectancy', () => {
    expect(
      extractCandidates('为65岁以上老年人免费体检，6岁的她按时接种。', catalog, DISTRICTS),
    ).toEqual([]);
  });

  it('uses the year and the from-year of “由…到”', () => {
    const cands = extractCandidates(
      '2024年，区域内就诊率由2020年的88.6%提升到93.4%。',
      catalog,
      DISTRICTS,
    );
    expect(cands.map((c) => [c.value, c.year, c.indicator])).toEqual([
      [88.6, 2020, '区域内就诊率'],
      [93.4, 2024, '区域内就诊率'],
    ]);
  });

  it('assigns each figure the district named near it, never the report’s main district', () => {
    const text = [
      '江津区2023年卫生健康工作报告',
      '2023年，江津区居民健康素养水平达32.22%。全区人均预期寿命达到80.14岁。',
      '',
      '对口交流中，黔江区居民健康素养水平为28.5%，荣昌区人均预期寿命为79.1岁。',
      '黔江区和荣昌区的健康素养水平分别为28.6%和27.9%。',
      '',
      '全市人均预期寿命达到78.5岁。江津区将继续努力。',
    ].join('\n');
    const cands = extractCandidates(text, catalog, DISTRICTS);
    const at = (v: number) => cands.find((c) => c.value === v)?.district;
    expect([at(32.22), at(80.14)]).toEqual(['江津区', '江津区']);
    expect([at(28.5), at(79.1)]).toEqual(['黔江区', '荣昌区']);
    // Two districts before “分别”: which figure is whose is for the planner to say.
    expect([at(28.6), at(27.9)]).toEqual(['', '']);
    // A paragraph naming no district before the figure gets none.
    expect(at(78.5)).toBe('');
  });

  it('proposes names without a catalog', () => {
    const c = one('组建心理援助志愿队12支。');
    expect(c.matched).toBe(false);
    expect(c.indicator).toBe('心理援助志愿队数');
    expect(c.year).toBeNull();
    expect(c.district).toBe('');
  });
});

describe('extractCandidates on the seed reports (informational)', () => {
  it('stays well formed and logs how it compares with the hand-extracted table', () => {
    const rows = readCsv(readFileSync(new URL('indicators.csv', seeds), 'utf8'));
    const files = readdirSync(seeds).filter((n) => n.endsWith('.txt'));
    let correct = 0;
    let proposed = 0;
    let found = 0;
    let labelled = 0;
    const rowsSeen = { aligned: 0, indicator: 0, year: 0, kind: 0 };
    for (const file of files) {
      const text = readFileSync(new URL(file, seeds), 'utf8');
      const cands = extractCandidates(text, catalog, DISTRICTS);
      expectWellFormed(text, cands);
      const mine = rows.filter((r) => r.source === file);
      const keys = new Set(mine.map((r) => `${Number(r.value)}|${r.unit}`));
      const got = new Set(cands.map((c) => `${c.value}|${c.unit}`));
      proposed += cands.length;
      correct += cands.filter((c) => keys.has(`${c.value}|${c.unit}`)).length;
      labelled += keys.size;
      found += [...keys].filter((k) => got.has(k)).length;
      // Row by row: the candidate with the row's value and unit inside the row's quote.
      for (const r of mine) {
        const at = text.indexOf(r.quote ?? '');
        const c = cands.find(
          (c) =>
            c.value === Number(r.value) &&
            c.unit === r.unit &&
            c.start >= at &&
            c.end <= at + (r.quote ?? '').length,
        );
        if (!c) continue;
        rowsSeen.aligned++;
        if (c.indicator === r.indicator) rowsSeen.indicator++;
        if (c.year === Number(r.year)) rowsSeen.year++;
        if (c.kind === r.kind) rowsSeen.kind++;
      }
    }
    const n = rowsSeen.aligned;
    console.log(
      `seeds: precision ${pct(correct / proposed)} (${correct}/${proposed}), ` +
        `recall ${pct(found / labelled)} (${found}/${labelled}) of distinct (value, unit); ` +
        `over ${n} rows: indicator ${pct(rowsSeen.indicator / n)}, year ${pct(rowsSeen.year / n)}, ` +
        `kind ${pct(rowsSeen.kind / n)}`,
    );
    expect(proposed).toBeGreaterThan(0);
  });
});
