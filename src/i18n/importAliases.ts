// The English names the interface shows for indicators and units, as other names an import
// reads back to the catalog's own (an English file's `Life expectancy`, `years`). The model gets
// only the maps; the words stay here.
import { aliasKey } from '../model/importRow';
import type { Catalog } from '../model/types';
import { UNIT_EN } from './catalogNames';

export function importAliases(catalog: Catalog): {
  indicatorAliases: Map<string, string>;
  unitAliases: Map<string, string>;
} {
  const indicators = [...catalog].map(([name, e]): [string, string] => [e.nameEn, name]);
  return {
    indicatorAliases: oneEach(indicators),
    unitAliases: oneEach(Object.entries(UNIT_EN).map(([unit, en]): [string, string] => [en, unit])),
  };
}

/** Other name → name, keyed as checkRow looks up; a word shown for two (cases: 件, 例) says neither. */
function oneEach(pairs: [string, string][]): Map<string, string> {
  const out = new Map<string, string>();
  const twice = new Set<string>();
  for (const [other, name] of pairs) {
    const key = aliasKey(other);
    if (key === '' || other === name) continue;
    if (out.has(key) && out.get(key) !== name) twice.add(key);
    out.set(key, name);
  }
  for (const key of twice) out.delete(key);
  return out;
}
