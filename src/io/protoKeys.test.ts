// Text that names an Object.prototype member must stay text in a CSV file too
// (the grid and backup cases are in src/state/protoKeys.test.ts).
import { describe, expect, it } from 'vitest';
import { testCatalog } from '../model/testRows';
import { fieldOf } from '../model/csvFormat';
import type { Catalog } from '../model/types';
import { prepareImport } from './prepare';

const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const catalog: Catalog = testCatalog();
/** What IndexedDB needs: plain data only (structuredClone throws on a function). */
function plain(o: object) {
  expect(() => structuredClone(o)).not.toThrow();
  for (const [k, v] of Object.entries(o))
    expect(['string', 'number', 'boolean', 'object'], k).toContain(typeof v);
  expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
}

describe('prototype-named text in CSV files', () => {
  const ctx = { catalog, districts: ['江津区'] };
  const opt = { layout: 'auto' as const, wideYear: 2024, wideKind: 'actual' as const };
  const run = (csv: string) => prepareImport(new TextEncoder().encode(csv), opt, ctx);

  it('headers named like prototype members are no field', () => {
    for (const key of PROTO_KEYS) expect(fieldOf(key)).toBeUndefined();
  });

  it('long file: every text cell, and extra header columns', async () => {
    for (const key of PROTO_KEYS) {
      const header = `区县,指标,单位,年份,类型,数值,限定,范围,来源文件,原文,备注,${key}`;
      const cells = [key, key, key, '2024', key, '1', key, key, key, key, key, key];
      const good = ['江津区', '素养', '%', '2024', '实际', '1', '', key, key, key, key, key];
      const r = await run(`${header}\n${cells.join(',')}\n${good.join(',')}\n`);
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      expect(r.value.plan.skipped.map((x) => x.line)).toEqual([2]);
      for (const row of r.value.plan.rows) plain(row.obs);
      expect(r.value.plan.rows[0]?.obs).toMatchObject({ scope: key, note: key, kind: 'actual' });
      // Indicator or district named like a member: kept as text, listed as unknown.
      const odd = await run(`${header}\n${key},${key},%,2024,实际,1,,,,,,\n`);
      if (!odd.ok) throw new Error(JSON.stringify(odd.reason));
      expect(odd.value.plan.unknownDistricts).toEqual([{ name: key, count: 1 }]);
      for (const row of odd.value.plan.rows) plain(row.obs);
    }
  });

  it('wide file: a district column named like a member', async () => {
    for (const key of PROTO_KEYS) {
      const r = await run(`指标,单位,${key},${key} 年份\n素养,%,≥5,2022\n`);
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
