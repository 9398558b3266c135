// The goals view: baseline → latest → target per district × indicator, with derived columns.
import { evaluateGoal, usableBaseline, type GoalResult, type Point } from './goals';
import type { GoalSet } from './goalSets';
import { projectPace, type Pace } from './pace';
import { indexChunk, onePerYear, pickForYear, pickLatest, seriesKey } from './series';
import type { ObsTable } from './table';
import type { Catalog, Direction, Observation } from './types';

export interface GoalRow {
  key: string;
  district: string;
  indicator: string;
  scope: string;
  unit: string;
  direction: Direction;
  baseline: (Point & { id: string }) | null;
  latest: (Point & { id: string }) | null;
  target: (Point & { id: string | null }) | null;
  /** Present when the target comes from a goal set rather than the district's own rows. */
  goalSetId: string | null;
  result: GoalResult;
  /** At the pace of the actual values so far: the target year's value and the year it is reached. */
  pace: Pace;
}

const point = (o: Observation | null) =>
  o && o.value !== null ? { value: o.value, year: o.year, qualifier: o.qualifier, id: o.id } : null;

/** Baseline and latest actual for a target due in `beforeYear` (the scorecard uses it too). */
export function actualPoints(actuals: readonly Observation[], beforeYear: number) {
  const usable = actuals.filter((o) => o.value !== null);
  const latest = point(pickLatest(usable).obs);
  const first = usable[0];
  const baseline = first ? point(pickForYear(usable, first.year).obs) : null;
  // A baseline after the target year says nothing about the path to it, and one data point
  // (baseline = latest) says nothing about any path.
  return {
    baseline: baseline && baseline.year <= beforeYear ? usableBaseline(baseline, latest) : null,
    latest,
  };
}

function row(
  catalog: Catalog,
  district: string,
  indicator: string,
  scope: string,
  actuals: readonly Observation[],
  target: GoalRow['target'],
  goalSetId: string | null,
): GoalRow {
  const entry = catalog.get(indicator);
  const direction = entry?.direction ?? 'neutral';
  const { baseline, latest } = actualPoints(actuals, target?.year ?? 9999);
  const goal = { direction, baseline, latest, target };
  const result = evaluateGoal(goal);
  // Every year's value, the same choice per year as `latest` (pickForYear), not only the two ends.
  const points = onePerYear(actuals).map((o) => ({ year: o.year, value: o.value ?? 0 }));
  const range = { min: entry?.min ?? null, max: entry?.max ?? null };
  return {
    key: [district, indicator, scope, target?.year ?? '', goalSetId ?? ''].join('|'),
    district,
    indicator,
    scope,
    unit: entry?.unit ?? '',
    direction,
    baseline,
    latest,
    target,
    goalSetId,
    result,
    pace: projectPace({ goal, status: result.status, points, ...range }),
  };
}

/**
 * Goal rows kept per district chunk (and catalog, and goal set), so an edit in one district
 * recomputes that district's rows only. The caller owns it (src/state/selectors.ts).
 */
export interface GoalMemo {
  own: WeakMap<readonly Observation[], { catalog: Catalog; rows: GoalRow[] }>;
  set: WeakMap<readonly Observation[], { catalog: Catalog; set: GoalSet; rows: GoalRow[] }>;
}
export const goalMemo = (): GoalMemo => ({ own: new WeakMap(), set: new WeakMap() });

const EMPTY: readonly Observation[] = [];

function ownGoalsOf(
  chunk: readonly Observation[],
  catalog: Catalog,
  d: string,
  memo: GoalMemo,
): GoalRow[] {
  const hit = memo.own.get(chunk);
  if (hit && hit.catalog === catalog) return hit.rows;
  const rows: GoalRow[] = [];
  const idx = indexChunk(chunk);
  for (const list of idx.values()) {
    const first = list[0];
    if (!first || first.kind !== 'target') continue;
    const actuals = idx.get(seriesKey(first.indicator, first.scope, 'actual')) ?? [];
    for (const tgt of list) {
      const target =
        tgt.value === null
          ? null
          : { value: tgt.value, year: tgt.year, qualifier: tgt.qualifier, id: tgt.id };
      rows.push(row(catalog, d, tgt.indicator, tgt.scope, actuals, target, null));
    }
  }
  memo.own.set(chunk, { catalog, rows });
  return rows;
}

/** One row per target of the set, in the set's order, for one district. */
function setGoalsOf(
  chunk: readonly Observation[],
  catalog: Catalog,
  d: string,
  set: GoalSet,
  memo: GoalMemo,
): GoalRow[] {
  const hit = chunk === EMPTY ? undefined : memo.set.get(chunk);
  if (hit && hit.catalog === catalog && hit.set === set) return hit.rows;
  const idx = indexChunk(chunk);
  const rows = set.targets.map((g) => {
    const actuals = idx.get(seriesKey(g.indicator, '', 'actual')) ?? [];
    const target =
      g.value === null ? null : { value: g.value, year: g.year, qualifier: g.qualifier, id: null };
    return row(catalog, d, g.indicator, '', actuals, target, set.id);
  });
  if (chunk !== EMPTY) memo.set.set(chunk, { catalog, set, rows });
  return rows;
}

/** Every district's own targets: one row per target row. */
export function buildOwnGoals(
  t: ObsTable,
  catalog: Catalog,
  districts: readonly string[],
  memo: GoalMemo = goalMemo(),
): GoalRow[] {
  return districts.flatMap((d) => {
    const chunk = t.chunks.get(d);
    return chunk ? ownGoalsOf(chunk, catalog, d, memo) : [];
  });
}

/** One goal set applied to every district: each district's gap and status against it. */
export function buildSetGoals(
  t: ObsTable,
  catalog: Catalog,
  districts: readonly string[],
  set: GoalSet,
  memo: GoalMemo = goalMemo(),
): GoalRow[] {
  const perDistrict = districts.map((d) =>
    setGoalsOf(t.chunks.get(d) ?? EMPTY, catalog, d, set, memo),
  );
  const rows: GoalRow[] = [];
  set.targets.forEach((_g, i) => {
    for (const list of perDistrict) {
      const r = list[i];
      if (r) rows.push(r);
    }
  });
  return rows;
}
