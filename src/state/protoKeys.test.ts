// Text that names an Object.prototype member must stay text everywhere it is looked up.
import { describe, expect, it } from 'vitest';
import { testCatalog } from '../model/testRows';
import { readBackup } from '../model/backup';
import { findObservation, tableFrom, tableRows } from '../model/table';
import { restoreState } from './historyActions';
import { selectDataTable } from './selectors';
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

describe('prototype-named indicators in a backup’s catalog, formulas and goal sets', () => {
  // As an observation's indicator (kept as text above): a catalog entry, a formula's
  // reference and a goal-set target with such a name are text too, looked up by own key only.
  for (const key of [...PROTO_KEYS, 'prototype'])
    it(`${key}: an ordinary name everywhere, nothing reaches Object.prototype`, () => {
      const entry = {
        indicator: key,
        nameEn: '',
        unit: '张',
        direction: 'higher',
        min: 0,
        max: null,
        category: 'x',
      };
      const twice = {
        ...entry,
        indicator: '两倍',
        formula: {
          ast: { k: 'op', op: '*', a: { k: 'ref', name: key }, b: { k: 'num', v: 2 } },
          earlierDenominator: false,
          definition: '',
          standard: '',
        },
      };
      const row = { ...obs, id: 'p', indicator: key, unit: '张', value: 3 };
      const r = readBackup(
        JSON.parse(
          JSON.stringify({
            format: 'district-health-backup',
            version: 3,
            observations: [row],
            catalog: [entry, twice],
            goalSets: [
              { id: 'g', name: '目标', targets: [{ indicator: key, year: 2025, value: 5 }] },
            ],
          }),
        ),
        catalog,
      );
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      for (const e of r.value.catalog) plain(e);
      plain(r.value.goalSets[0]?.targets[0] as object);
      const s = restoreState(base(), r.value.observations, r.value.goalSets, r.value.catalog, {
        code: 'restoreBackup',
        file: 'b.json',
      });
      expect(s.catalog.get(key)).toEqual(entry);
      const derived = tableRows(selectDataTable(s)).find((o) => o.indicator === '两倍');
      expect(derived?.value).toBe(6);
      expect(s.goalSets[0]?.targets[0]?.indicator).toBe(key);
      expect(({} as Record<string, unknown>).unit).toBeUndefined();
    });

  it('a blank name is refused with its path, the same rule for each part', () => {
    const blank = (part: object) =>
      readBackup({ format: 'district-health-backup', version: 3, observations: [], ...part });
    const entry = { indicator: ' ', unit: '', direction: 'higher', category: '' };
    const formula = {
      ast: { k: 'ref', name: ' ' },
      earlierDenominator: false,
      definition: '',
      standard: '',
    };
    const target = { indicator: ' ', year: 2025, value: 1 };
    const cases: [object, string][] = [
      [{ observations: [{ ...obs, indicator: ' ' }] }, 'observations[0]'],
      [{ catalog: [entry] }, 'catalog[0].indicator'],
      [{ catalog: [{ ...entry, indicator: '甲', formula }] }, 'catalog[0].formula.ast.name'],
      [
        { goalSets: [{ id: 'g', name: 'g', targets: [target] }] },
        'goalSets[0].targets[0].indicator',
      ],
    ];
    for (const [part, path] of cases) {
      const r = blank(part);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(JSON.stringify(r.reason)).toContain(`"path":"${path}`);
      if (!r.ok) expect(JSON.stringify(r.reason)).toContain('"code":"noIndicator"');
    }
  });
});
