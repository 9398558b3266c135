import { describe, expect, it } from 'vitest';
import { restoreGoalSet, restoreHistoryEntry } from './parts';
import { restoreKind, restoreQualifier, restoreValue, restoreYear } from './fields';
import { restoreObservation, restoreObservations } from './observation';

const row = {
  id: 'a',
  district: '江津区',
  indicator: '居民健康素养水平',
  unit: '%',
  year: 2023,
  kind: 'actual',
  value: 32.22,
  qualifier: '',
  scope: '',
  source: '',
  quote: '',
  note: '',
};

describe('the field readers (one copy for every way in)', () => {
  it('reads a year from a JSON number or from text, full-width and with 年', () => {
    for (const y of [2023, '2023', ' 2023年 ', '２０２３'])
      expect(restoreYear(y)).toEqual({ ok: true, value: 2023 });
    for (const y of [1899, 2101, 2023.5, '23', '2023.0', '0x7E7', NaN, Infinity, '', null, true])
      expect(restoreYear(y)).toMatchObject({ ok: false, reason: { code: 'badYear' } });
  });

  it('reads a kind in English or Chinese, any case, and nothing from a prototype', () => {
    expect(['actual', 'Actual', '实际', '实际值'].map((k) => restoreKind(k).ok)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(restoreKind('TARGET')).toEqual({ ok: true, value: 'target' });
    for (const k of ['', 'constructor', '__proto__', 1, null])
      expect(restoreKind(k)).toMatchObject({ ok: false, reason: { code: 'badKind' } });
  });

  it('reads a qualifier from its written forms', () => {
    expect(
      ['', '≥', '>=', '＞=', '以上', '≈', '~', '约', '余', null].map((q) => restoreQualifier(q)),
    ).toEqual(
      ['', '≥', '≥', '≥', '≥', '≈', '≈', '≈', '≈', ''].map((value) => ({ ok: true, value })),
    );
    expect(restoreQualifier('≤')).toMatchObject({
      ok: false,
      reason: { code: 'badQualifier', text: '≤' },
    });
  });

  it('keeps a JSON number exactly (even -0) and refuses NaN and Infinity as not a number', () => {
    expect(Object.is((restoreValue(-0, '') as { value: { value: number } }).value.value, -0)).toBe(
      true,
    );
    expect(restoreValue(NaN, '')).toEqual({
      ok: false,
      reason: { code: 'notANumber', text: 'NaN' },
    });
    expect(restoreValue('Infinity', '')).toEqual({
      ok: false,
      reason: { code: 'notANumber', text: 'Infinity' },
    });
    expect(restoreValue('  ', '%')).toEqual({ ok: true, value: { value: null, qualifier: '' } });
    expect(restoreValue('69万', '万人')).toEqual({ ok: true, value: { value: 69, qualifier: '' } });
  });
});

describe('restoreObservation', () => {
  it('returns the normalised row: trimmed text, verbatim quote, no stray keys', () => {
    const r = restoreObservation({
      ...row,
      district: ' 江津区 ',
      year: '2023年',
      kind: '实际',
      value: '≥95%',
      quote: ' 原文 ',
      extra: 1,
      preferred: '是',
    });
    expect(r).toEqual({
      ok: true,
      value: { ...row, value: 95, qualifier: '≥', quote: ' 原文 ', preferred: true },
    });
  });

  it('a row in the stored form (read without the full reading) gets the full reading’s result', () => {
    const stored = [
      row,
      { ...row, value: -0, qualifier: '≥', preferred: false },
      { ...row, value: null, original: { value: 3, qualifier: '≈' }, preferred: true },
      { ...row, quote: ' q ', original: { value: null, qualifier: '' } },
    ];
    for (const o of stored)
      expect(restoreObservation(o)).toEqual(restoreObservation(o, { unit: o.unit }));
  });

  it('refuses with the first problem and its field, in one fixed order', () => {
    expect(restoreObservation({ ...row, district: '', year: 'x' })).toEqual({
      ok: false,
      reason: { code: 'noDistrict', field: 'district' },
    });
    expect(restoreObservation({ ...row, value: '≈95', qualifier: '≥' })).toMatchObject({
      ok: false,
      reason: { code: 'qualifierConflict', field: 'value' },
    });
    expect(restoreObservation({ ...row, scope: { a: 1 } })).toMatchObject({
      ok: false,
      reason: { code: 'notText', field: 'scope' },
    });
    expect(restoreObservation('row')).toMatchObject({ ok: false, reason: { code: 'badField' } });
  });

  it('a list reports each bad row with its index and JSON path', () => {
    const r = restoreObservations([row, { ...row, year: 1800 }, null]);
    expect(r.rows).toHaveLength(1);
    expect(r.problems).toEqual([
      { code: 'badYear', text: '1800', field: 'year', path: 'observations[1].year', index: 1 },
      expect.objectContaining({ code: 'badField', path: 'observations[2]', index: 2 }),
    ]);
    expect(r.refused).toEqual([{ ...row, year: 1800 }, null]);
  });
});

describe('the other parts', () => {
  it('a goal set: targets read like observations, refused with the JSON path', () => {
    const set = {
      id: 'g',
      name: '荣昌区 2025 目标',
      targets: [{ indicator: 'x', value: '≥95', year: '2025', qualifier: '' }],
    };
    expect(restoreGoalSet(set)).toEqual({
      ok: true,
      value: {
        id: 'g',
        name: '荣昌区 2025 目标',
        targets: [{ indicator: 'x', value: 95, year: 2025, qualifier: '≥' }],
      },
    });
    const bad = { ...set, targets: [{ indicator: 'x', value: '三十', year: 2025 }] };
    expect(restoreGoalSet(bad, 'goalSets[2]')).toMatchObject({
      ok: false,
      reason: { code: 'notANumber', path: 'goalSets[2].targets[0].value' },
    });
  });

  it('a history entry: every row before and after is judged like any observation', () => {
    const entry = { t: 1, source: 'edit', label: 'x', rows: [{ before: null, after: row }] };
    expect(restoreHistoryEntry(entry).ok).toBe(true);
    const bad = { ...entry, rows: [{ before: null, after: { ...row, kind: 'maybe' } }] };
    expect(restoreHistoryEntry(bad, 'history[0]')).toMatchObject({
      ok: false,
      reason: { code: 'badKind', path: 'history[0].rows[0].after.kind' },
    });
  });
});
