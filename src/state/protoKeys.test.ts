// Text that names an Object.prototype member must stay text everywhere it is looked up.
import { describe, expect, it } from 'vitest';
import { testCatalog } from '../model/testRows';
import { readBackup } from '../model/backup';
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
const catalog: Catalog = testCatalog();
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
