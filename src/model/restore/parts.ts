// The other workbook parts, restored the same way as observations: goal sets, catalog entries
// and history entries. Each returns a valid part or the first problem with its JSON path.
import type { GoalSet, GoalTarget } from '../goalSets';
import { at, atPath, describeFound } from '../problems';
import { restoreFormula } from '../formula/ast';
import { formulaNameProblem } from '../formulaName';
import type { CatalogEntry, DerivedFormula, Direction, Observation, Result } from '../types';
import {
  cellText,
  restoreIndicatorName,
  restoreQualifier,
  restoreText,
  restoreValue,
  restoreYear,
} from './fields';
import { isRecord, own, restoreObservation } from './observation';
import { Refused, run, take as takeAt } from './refused';

const take = <T>(r: Result<T>, path: string): T => takeAt(r, (p) => at(p, { path }));

function record(raw: unknown, path: string): Record<string, unknown> {
  if (!isRecord(raw))
    throw new Refused({ code: 'badField', expected: 'object', found: describeFound(raw), path });
  return raw;
}

function items(raw: unknown, path: string): unknown[] {
  if (!Array.isArray(raw))
    throw new Refused({ code: 'badField', expected: 'list', found: describeFound(raw), path });
  return raw;
}

/** Text that must not be blank (an id, a name). */
function name(o: Record<string, unknown>, key: string, path: string): string {
  const v = own(o, key);
  const s = take(restoreText(v), `${path}.${key}`);
  if (s === '')
    throw new Refused({
      code: 'badField',
      expected: 'name',
      found: describeFound(v),
      path: `${path}.${key}`,
    });
  return s;
}

/** A finite JSON number, or a problem. */
function num(o: Record<string, unknown>, key: string, path: string): number {
  const v = own(o, key);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new Refused({
    code: 'badField',
    expected: 'number',
    found: describeFound(v),
    path: `${path}.${key}`,
  });
}

function target(raw: unknown, path: string): GoalTarget {
  const o = record(raw, path);
  const indicator = take(restoreIndicatorName(own(o, 'indicator')), `${path}.indicator`);
  const year = take(restoreYear(own(o, 'year')), `${path}.year`);
  const q = take(restoreQualifier(own(o, 'qualifier')), `${path}.qualifier`);
  const v = take(restoreValue(own(o, 'value'), ''), `${path}.value`);
  return { indicator, value: v.value, year, qualifier: q || v.qualifier };
}

/** One target of a goal set, or its problem with the JSON path. */
export const restoreGoalTarget = (raw: unknown, path: string): Result<GoalTarget> =>
  run(() => target(raw, path));

export function restoreGoalSet(raw: unknown, path = 'goalSet'): Result<GoalSet> {
  return run(() => {
    const o = record(raw, path);
    const id = name(o, 'id', path);
    const setName = name(o, 'name', path);
    const targets = items(own(o, 'targets'), `${path}.targets`).map((x, i) =>
      target(x, `${path}.targets[${i}]`),
    );
    return { id, name: setName, targets };
  });
}

const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'neutral'];

/** A bound of the valid range: blank is none. */
function bound(o: Record<string, unknown>, key: string, path: string): number | null {
  return take(restoreValue(own(o, key), ''), `${path}.${key}`).value;
}

export function restoreCatalogEntry(raw: unknown, path = 'catalog'): Result<CatalogEntry> {
  return run(() => {
    const o = record(raw, path);
    const indicator = take(restoreIndicatorName(own(o, 'indicator')), `${path}.indicator`);
    const direction = (cellText(own(o, 'direction')) ?? '').trim();
    if (!DIRECTIONS.includes(direction as Direction))
      throw new Refused({ code: 'catalogDirection', text: direction, path: `${path}.direction` });
    const entry: CatalogEntry = {
      indicator,
      nameEn: take(restoreText(own(o, 'nameEn')), `${path}.nameEn`),
      unit: take(restoreText(own(o, 'unit')), `${path}.unit`),
      direction: direction as Direction,
      min: bound(o, 'min', path),
      max: bound(o, 'max', path),
      category: take(restoreText(own(o, 'category')), `${path}.category`),
      ...formulaOf(own(o, 'formula'), `${path}.formula`),
    };
    if (entry.formula) formulaEntryRules(entry, path);
    return entry;
  });
}

/**
 * The rules the formula dialog applies, for every way a formula entry arrives (a backup, a
 * snapshot, a catalog CSV): a name formulas can read bare, and a unit. Ordinary indicators
 * (imported data may name them anything) are not held to them.
 */
function formulaEntryRules(e: CatalogEntry, path: string): void {
  const named = formulaNameProblem(e.indicator);
  if (named) throw new Refused({ ...named, path: `${path}.indicator` });
  if (e.unit.trim() === '') throw new Refused({ code: 'formulaUnitBlank', path: `${path}.unit` });
}

/** A formula indicator's definition, or nothing for an ordinary indicator. */
function formulaOf(raw: unknown, path: string): { formula?: DerivedFormula } {
  if (raw === undefined || raw === null) return {};
  const o = record(raw, path);
  const flag = own(o, 'earlierDenominator');
  if (flag !== undefined && typeof flag !== 'boolean')
    throw new Refused({
      code: 'badField',
      expected: 'yesNo',
      found: describeFound(flag),
      path: `${path}.earlierDenominator`,
    });
  const ast = take(restoreFormula(own(o, 'ast'), `${path}.ast`), `${path}.ast`);
  return {
    formula: {
      ast,
      earlierDenominator: flag === true,
      definition: take(restoreText(own(o, 'definition')), `${path}.definition`),
      standard: take(restoreText(own(o, 'standard')), `${path}.standard`),
    },
  };
}

export interface HistoryEntry {
  t: number;
  source: string;
  label: string;
  rows: { before: Observation | null; after: Observation | null }[];
  omitted?: number;
  goalSets?: { before: GoalSet[]; after: GoalSet[] };
}

function side(raw: unknown, path: string): Observation | null {
  if (raw === null) return null;
  const r = restoreObservation(raw);
  if (!r.ok) throw new Refused(atPath(r.reason, path));
  return r.value;
}

/** One change of 修改历史: every row before and after is judged like any observation. */
export function restoreHistoryEntry(raw: unknown, path = 'history'): Result<HistoryEntry> {
  return run(() => {
    const o = record(raw, path);
    const rows = items(own(o, 'rows'), `${path}.rows`).map((r, i) => {
      const at = `${path}.rows[${i}]`;
      const c = record(r, at);
      return {
        before: side(own(c, 'before'), `${at}.before`),
        after: side(own(c, 'after'), `${at}.after`),
      };
    });
    const e: HistoryEntry = {
      t: num(o, 't', path),
      source: take(restoreText(own(o, 'source')), `${path}.source`),
      label: take(restoreText(own(o, 'label')), `${path}.label`),
      rows,
    };
    if (own(o, 'omitted') !== undefined) e.omitted = num(o, 'omitted', path);
    const g = own(o, 'goalSets');
    if (g !== undefined) {
      const gs = record(g, `${path}.goalSets`);
      const sets = (k: string) =>
        items(own(gs, k), `${path}.goalSets.${k}`).map((x, i) => {
          const r = restoreGoalSet(x, `${path}.goalSets.${k}[${i}]`);
          if (!r.ok) throw new Refused(r.reason);
          return r.value;
        });
      e.goalSets = { before: sets('before'), after: sets('after') };
    }
    return e;
  });
}
