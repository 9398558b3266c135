// Every category, unit and scope the seed data uses has an English name, and lookups by
// planner text never reach Object.prototype.
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { loadSeedObservations } from '../data/seedRows';
import { CATEGORY_EN, SCOPE_EN, UNIT_EN } from './catalogNames';
import { categoryName, districtName, scopeName, setLang, unitName } from './index';

describe('English catalog names', () => {
  it('cover every seed category, unit and scope', () => {
    const catalog = [...loadSeedCatalog().values()];
    const rows = loadSeedObservations();
    const uniq = (xs: string[]) => [...new Set(xs)].filter((x) => x !== '');
    const missing = [
      ...uniq(catalog.map((e) => e.category)).filter((c) => !Object.hasOwn(CATEGORY_EN, c)),
      ...uniq([...catalog.map((e) => e.unit), ...rows.map((o) => o.unit)]).filter(
        (u) => !Object.hasOwn(UNIT_EN, u),
      ),
      ...uniq(rows.map((o) => o.scope)).filter((x) => !Object.hasOwn(SCOPE_EN, x)),
    ];
    expect(missing).toEqual([]);
  });

  it('show prototype-named text as typed (a district called “constructor” too)', () => {
    setLang('en');
    for (const text of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
      expect([categoryName(text), unitName(text), scopeName(text), districtName(text)]).toEqual([
        text,
        text,
        text,
        text,
      ]);
    setLang('zh');
  });
});
