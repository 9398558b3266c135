// Applies a previewed import: merge (update matching rows, add new ones) or replace.
// One patch, so one undo step, and one IndexedDB transaction when persisted.
import { IMPORTED_CATEGORY } from '../model/categories';
import type { LongField } from '../model/csvFormat';
import type { ImportPlan, LineProblem, NewObservation } from '../model/importPlan';
import { pickForYear } from '../model/series';
import { withEditedValue } from '../model/provenance';
import { tableRows, type RowChange } from '../model/table';
import type { CatalogEntry, Observation } from '../model/types';
import { commit, type AppState } from './state';

export interface ImportChoices {
  mode: 'merge' | 'replace';
  addDistricts: ReadonlySet<string>;
  addIndicators: ReadonlySet<string>;
  /**
   * The file (and sheet) read, stored as the source of each new value when the file has no
   * 来源文件 column, so an imported figure is never shown as typed by hand.
   */
  fileName?: string;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: LineProblem[];
  warnings: LineProblem[];
}

const key = (o: Pick<Observation, 'district' | 'indicator' | 'year' | 'kind' | 'scope'>) =>
  [o.district, o.indicator, o.year, o.kind, o.scope].join('|');

const sameContent = (a: Observation, b: Observation) =>
  a.value === b.value &&
  a.unit === b.unit &&
  a.qualifier === b.qualifier &&
  a.quote === b.quote &&
  a.note === b.note &&
  a.source === b.source;

export function applyImport(
  s0: AppState,
  plan: ImportPlan,
  choice: ImportChoices,
): { state: AppState; summary: ImportSummary } {
  let s = s0;
  const summary: ImportSummary = {
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    skipped: [...plan.skipped],
    warnings: [...plan.warnings],
  };
  const known = new Set(s.districts);
  const has = (f: LongField) => !plan.fields || plan.fields.includes(f);
  const hasSource = has('source');
  const existing = new Map<string, Observation[]>();
  if (choice.mode === 'merge') {
    for (const o of tableRows(s.table)) {
      const k = key(o);
      const list = existing.get(k);
      if (list) list.push(o);
      else existing.set(k, [o]);
    }
  }
  const changes: RowChange[] = [];
  const used = new Set<string>();
  const newDistricts = new Set<string>();
  const newEntries = new Map<string, CatalogEntry>();
  for (const { line, obs } of plan.rows) {
    if (!known.has(obs.district) && !choice.addDistricts.has(obs.district)) {
      summary.skipped.push({ code: 'unknownDistrict', name: obs.district, line });
      continue;
    }
    if (!s.catalog.has(obs.indicator) && !choice.addIndicators.has(obs.indicator)) {
      summary.skipped.push({ code: 'unknownIndicator', name: obs.indicator, line });
      continue;
    }
    if (!known.has(obs.district)) newDistricts.add(obs.district);
    if (!s.catalog.has(obs.indicator) && !newEntries.has(obs.indicator)) {
      newEntries.set(obs.indicator, {
        indicator: obs.indicator,
        nameEn: '',
        unit: obs.unit,
        direction: 'neutral',
        min: null,
        max: null,
        category: IMPORTED_CATEGORY,
      });
    }
    // A replace (or a merge into an empty table) has nothing to match: no key to build.
    const match = existing.size ? findMatch(existing.get(key(obs)) ?? [], obs, used) : null;
    if (match) {
      used.add(match.id);
      const merged = {
        ...match,
        ...obs,
        id: match.id,
        source: obs.source || match.source,
        quote: obs.quote || match.quote,
        // A column the file does not have (a wide file's note) leaves the stored text alone.
        note: has('note') ? obs.note : match.note,
      };
      // A file without 报告原值 that changes a value cited from a report is an edit of it: the
      // report's value is kept as the original, as for a typed edit, so the quote never vouches
      // for a number it does not say.
      const after = has('original') ? merged : withEditedValue(match, merged);
      if (sameContent(match, after)) summary.unchanged++;
      else {
        changes.push({ before: match, after });
        summary.updated++;
      }
      continue;
    }
    // Ids are numbered in one go: a new state object per row would make 100,000 rows slow.
    const id = `${s.idPrefix}${s.nextId + summary.added}`;
    const source = obs.source || (hasSource ? '' : (choice.fileName ?? ''));
    changes.push({ before: null, after: withId(id, obs, source) });
    summary.added++;
  }
  if (choice.mode === 'replace') {
    const removals = tableRows(s.table).map((before) => ({ before, after: null }));
    summary.removed = removals.length;
    changes.unshift(...removals);
  }
  const catalog = newEntries.size ? new Map([...s.catalog, ...newEntries]) : s.catalog;
  const districts =
    choice.mode === 'replace'
      ? [
          ...new Set(
            plan.rows
              .map((r) => r.obs.district)
              .filter((d) => known.has(d) || choice.addDistricts.has(d)),
          ),
        ]
      : [...s.districts, ...newDistricts];
  const shown = districts.length ? orderDistricts(s.districts, districts) : s.districts;
  // The districts and indicators the import adds (or a replace drops) go back with its undo.
  s = commit(
    { ...s, nextId: s.nextId + summary.added },
    {
      label: { code: 'import', mode: choice.mode },
      source: 'import',
      rows: changes,
      districts: shown !== s.districts ? { before: s.districts, after: shown } : undefined,
      catalog: catalog !== s.catalog ? { before: s.catalog, after: catalog } : undefined,
    },
  );
  return { state: s, summary };
}

/**
 * The existing row an imported row updates: the identical one if present; else, with a source,
 * the only row from that source; without a source, the row the compare view shows.
 */
function findMatch(
  all: readonly Observation[],
  obs: ImportPlan['rows'][number]['obs'],
  used: ReadonlySet<string>,
): Observation | null {
  const candidates = all.filter((c) => !used.has(c.id));
  const sameValue = (c: Observation) => c.value === obs.value && c.qualifier === obs.qualifier;
  if (obs.source) {
    const same = candidates.filter((c) => c.source === obs.source);
    return same.find(sameValue) ?? (same.length === 1 ? (same[0] as Observation) : null);
  }
  return candidates.find(sameValue) ?? pickForYear(candidates, obs.year).obs;
}

/**
 * A new row: `{ id, ...obs, source }` written out, so 100,000 rows are built with one shape and
 * no spread (the same keys in the same order).
 */
function withId(id: string, obs: NewObservation, source: string): Observation {
  const o: Observation = {
    id,
    district: obs.district,
    indicator: obs.indicator,
    unit: obs.unit,
    year: obs.year,
    kind: obs.kind,
    value: obs.value,
    qualifier: obs.qualifier,
    scope: obs.scope,
    source,
    quote: obs.quote,
    note: obs.note,
  };
  if (obs.original !== undefined) o.original = obs.original;
  if (obs.preferred !== undefined) o.preferred = obs.preferred;
  if (obs.derived !== undefined) o.derived = obs.derived;
  return o;
}

/** Keeps the current column order for districts already shown; new ones go last. */
function orderDistricts(current: readonly string[], next: readonly string[]): string[] {
  const set = new Set(next);
  return [...current.filter((d) => set.has(d)), ...next.filter((d) => !current.includes(d))];
}
