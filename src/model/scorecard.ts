// Scorecard: districts × a goal set's indicators, each cell banded by status. Bands follow
// each indicator's own direction and target, so "near" means different things per column.
import { evaluateGoal, sense, type GoalStatus } from './goals';
import type { GoalSet } from './goalSets';
import { actualPoints } from './goalsView';
import { rankDistricts, type Rank } from './ranks';
import { indexChunk, seriesKey } from './series';
import { compareSortKeys, type SortOrder } from './sortKeys';
import type { ObsTable } from './table';
import type { Catalog, Direction, Qualifier } from './types';

export type Band = 'met' | 'near' | 'on_track' | 'behind' | 'no_data';

/** A value within this share of the target (on the wrong side) counts as near. */
export const NEAR_SHARE = 0.05;

export interface ScoreColumn {
  indicator: string;
  unit: string;
  direction: Direction;
  target: number;
  targetYear: number;
  qualifier: Qualifier;
  /** Values at or beyond this (in the indicator's direction) are at least near. */
  nearFrom: number;
}

export interface ScoreCell {
  value: number | null;
  year: number | null;
  band: Band;
  status: GoalStatus;
}

export interface Scorecard {
  set: GoalSet;
  columns: ScoreColumn[];
  rows: { district: string; cells: ScoreCell[] }[];
  years: number[];
}

export function buildScorecard(
  t: ObsTable,
  catalog: Catalog,
  districts: readonly string[],
  set: GoalSet,
): Scorecard {
  const columns: ScoreColumn[] = set.targets.flatMap((g) => {
    if (g.value === null) return [];
    const entry = catalog.get(g.indicator);
    const direction = entry?.direction ?? 'neutral';
    const s = sense({
      direction,
      baseline: null,
      latest: null,
      target: { value: g.value, year: g.year, qualifier: g.qualifier },
    });
    return [
      {
        indicator: g.indicator,
        unit: entry?.unit ?? '',
        direction,
        target: g.value,
        targetYear: g.year,
        qualifier: g.qualifier,
        nearFrom: Number((g.value - s * Math.abs(g.value) * NEAR_SHARE).toPrecision(12)),
      },
    ];
  });
  const years = new Set<number>();
  const rows = districts.map((district) => {
    const chunk = t.chunks.get(district);
    const idx = chunk ? indexChunk(chunk) : null;
    const cells = columns.map((c): ScoreCell => {
      const actuals = idx?.get(seriesKey(c.indicator, '', 'actual')) ?? [];
      // The goals view's own baseline and latest: one rule for progress and status everywhere.
      const { baseline, latest } = actualPoints(actuals, c.targetYear);
      if (!latest) return { value: null, year: null, band: 'no_data', status: 'no_data' };
      years.add(latest.year);
      const r = evaluateGoal({
        direction: c.direction,
        baseline,
        latest,
        target: { value: c.target, year: c.targetYear, qualifier: c.qualifier },
      });
      const s = sense({
        direction: c.direction,
        baseline: null,
        latest: null,
        target: { value: c.target, year: c.targetYear, qualifier: c.qualifier },
      });
      const near = r.status !== 'met' && s * (latest.value - c.nearFrom) >= 0;
      // Without a trajectory (no baseline, or one data point) nothing says on track or behind.
      const band: Band = r.status === 'met' ? 'met' : near ? 'near' : r.status;
      return { value: latest.value, year: latest.year, band, status: r.status };
    });
    return { district, cells };
  });
  return { set, columns, rows, years: [...years].sort((a, b) => a - b) };
}

/** Districts ordered by one column's value (null column = as given); no value sorts last. */
export function sortScorecard(card: Scorecard, column: number | null, order: SortOrder): Scorecard {
  if (column === null) return card;
  const at = (r: Scorecard['rows'][number]) => r.cells[column]?.value ?? null;
  return { ...card, rows: [...card.rows].sort((a, b) => compareSortKeys(at(a), at(b), order)) };
}

/**
 * Each district's rank on each column (the scorecard's optional rank line), in the column's
 * own direction over every district of the card: district → one rank per column.
 */
export function scorecardRanks(card: Scorecard): Map<string, Rank[]> {
  const out = new Map<string, Rank[]>(card.rows.map((r) => [r.district, []]));
  card.columns.forEach((c, i) => {
    const input = card.rows.map((r) => ({
      district: r.district,
      value: r.cells[i]?.value ?? null,
    }));
    for (const r of rankDistricts(input, c.direction)) out.get(r.district)?.push(r);
  });
  return out;
}
