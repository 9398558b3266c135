// Text that names an Object.prototype member must stay text everywhere it is looked up.
import { describe, expect, it } from 'vitest';
import { districtName, setLang } from '../i18n';
import { prepareImport } from '../io/prepare';
import { readBackup } from '../model/backup';
import { fieldOf } from '../model/csvFormat';
import { findObservation, tableFrom } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import { editObservations, type ObsField } from './actions';
import { initialState, type AppState } from './state';

export const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const FIELDS: ObsField[] = [
  'district',
  'indicator',
  'unit',
  'year',
  'kind',
  'value',
  'qualifier',
  'scope',
  'source',
  'quote',
  'note',
];
const catalog: Catalog = new Map([
  [
    '素养',
    {
      indicator: '素养',
      nameEn: 'Literacy',
      unit: '%',
      direction: 'higher',
      min: 0,
      max: 100,
      category: '健康水平',
    },
  ],
]);
const obs: Observation = {
  id: 'a',
  district: '江津区',
  indicator: '素养',
  unit: '%',
  year: 2023,
  kind: 'actual',
  value: 32.22,
  qualifier: '',
  scope: '',
  source: 'x.txt',
  quote: 'q',
  note: '',
};
const base = (): AppState => ({
  ...initialState(catalog, ['江津区'], 't-'),
  table: tableFrom([obs]),
  storage: 'memory',
});

/** What IndexedDB needs: plain data only (structuredClone throws on a function). */
function plain(o: object) {
  expect(() => structuredClone(o)).not.toThrow();
  for (const [k, v] of Object.entries(o))
    expect(['string', 'number', 'boolean', 'object'], k).toContain(typeof v);
  expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
}

describe('prototype-named text in every grid column', () => {
  for (const field of FIELDS)
    it(`${field}: each key is kept as text or refused, never a built-in`, () => {
      for (const key of PROTO_KEYS) {
        const s = editObservations(base(), [{ id: 'a', field, raw: key }]);
        const o = findObservation(s.table, 'a');
        if (!o) throw new Error('row lost');
        plain(o);
        expect(['actual', 'target']).toContain(o.kind);
        expect(['', '≥', '≈']).toContain(o.qualifier);
        const after = o[field as keyof Observation];
        // Either the text itself (a free-text column) or the old value with a message.
        if (after !== obs[field as keyof Observation]) expect(after).toBe(key);
        else if (!['quote', 'note', 'scope', 'source', 'unit'].includes(field))
          expect(s.message?.kind).toBe('error');
        // The next edit still goes through.
        const next = editObservations(s, [{ id: 'a', field: 'note', raw: '下一次' }]);
        expect(findObservation(next.table, 'a')?.note).toBe('下一次');
      }
    });

  it('English district names: a district called “constructor” is its own name', () => {
    setLang('en');
    try {
      for (const key of PROTO_KEYS) expect(districtName(key)).toBe(key);
    } finally {
      setLang('zh');
    }
  });
});

describe('prototype-named text in CSV files', () => {
  const ctx = { catalog, districts: ['江津区'] };
  const opt = { layout: 'auto' as const, wideYear: 2024, wideKind: 'actual' as const };
  const run = (csv: string) => prepareImport(new TextEncoder().encode(csv), opt, ctx);

  it('headers named like prototype members are no field', () => {
    for (const key of PROTO_KEYS) expect(fieldOf(key)).toBeUndefined();
  });

  it('long file: every text cell, and extra header columns', () => {
    for (const key of PROTO_KEYS) {
      const header = `区县,指标,单位,年份,类型,数值,限定,范围,来源文件,原文,备注,${key}`;
      const cells = [key, key, key, '2024', key, '1', key, key, key, key, key, key];
      const good = ['江津区', '素养', '%', '2024', '实际', '1', '', key, key, key, key, key];
      const r = run(`${header}\n${cells.join(',')}\n${good.join(',')}\n`);
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      expect(r.value.plan.skipped.map((x) => x.line)).toEqual([2]);
      for (const row of r.value.plan.rows) plain(row.obs);
      expect(r.value.plan.rows[0]?.obs).toMatchObject({ scope: key, note: key, kind: 'actual' });
      // Indicator or district named like a member: kept as text, listed as unknown.
      const odd = run(`${header}\n${key},${key},%,2024,实际,1,,,,,,\n`);
      if (!odd.ok) throw new Error(JSON.stringify(odd.reason));
      expect(odd.value.plan.unknownDistricts).toEqual([{ name: key, count: 1 }]);
      for (const row of odd.value.plan.rows) plain(row.obs);
    }
  });

  it('wide file: a district column named like a member', () => {
    for (const key of PROTO_KEYS) {
      const r = run(`指标,单位,${key},${key} 年份\n素养,%,≥5,2022\n`);
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      expect(r.value.plan.rows[0]?.obs).toMatchObject({
        district: key,
        value: 5,
        qualifier: '≥',
        year: 2022,
      });
      plain(r.value.plan.rows[0]?.obs as object);
    }
  });
});

describe('prototype-named keys and text in a backup', () => {
  const row = (key: string, kind: string) => ({
    id: key,
    district: key,
    indicator: key,
    unit: key,
    year: 2024,
    kind,
    value: 1e21,
    qualifier: '',
    scope: key,
    source: key,
    quote: key,
    note: key,
  });

  it('version 1 kinds and every text field', () => {
    for (const key of PROTO_KEYS) {
      const text = JSON.stringify({
        format: 'district-health-backup',
        version: 1,
        observations: [row(key, '实际'), { ...row(`${key}2`, key), __proto__x: 1 }],
      }).replace('"__proto__x"', '"__proto__"');
      const r = readBackup(JSON.parse(text));
      // The row whose kind is the key is refused with a reason; nothing becomes a function.
      expect(r.ok).toBe(false);
      if (!r.ok) expect(JSON.stringify(r.reason)).toContain(JSON.stringify(key).slice(1, -1));
      const good = readBackup(
        JSON.parse(
          JSON.stringify({
            format: 'district-health-backup',
            version: 1,
            observations: [row(key, '实际')],
          }),
        ),
      );
      if (!good.ok) throw new Error(JSON.stringify(good.reason));
      for (const o of good.value.observations) plain(o);
      expect(good.value.observations[0]).toMatchObject({
        district: key,
        kind: 'actual',
        value: 1e21,
      });
    }
  });
});
