// Ranks of the districts on the selected indicator (排名, 地图), from the same compare cells the
// grid shows: the same year rule, derived values and source choices.
import { rankDistricts, type Rank } from '../model/ranks';
import type { Direction } from '../model/types';
import { chartInputFor, type ChartPick, type DataSlices } from './selectors';

export interface RankRow extends Rank {
  /** The year the value is from (each district's latest when the pick is 'latest'). */
  year: number | null;
}

export interface IndicatorRanks {
  indicator: string;
  scope: string;
  unit: string;
  direction: Direction;
  /** One per district, in the workbook's district order. */
  rows: RankRow[];
}

const cache = new WeakMap<object, IndicatorRanks>();

/** The pick's indicator ranked over every district; null with no indicator at all. */
export function ranksFor(s: DataSlices, pick: ChartPick): IndicatorRanks | null {
  const input = chartInputFor(s, { ...pick, category: '' });
  const sel = input.selection;
  // Keyed by the compare row: an edit elsewhere keeps the same row object, and the same answer.
  if (!sel) return null;
  const key = sel.row;
  const hit = key && cache.get(key);
  if (hit) return hit;
  const entry = input.catalog.get(sel.indicator);
  const direction = entry?.direction ?? 'neutral';
  const cells = sel.row?.cells ?? [];
  const ranks = rankDistricts(
    sel.view.districts.map((district, i) => ({ district, value: cells[i]?.value ?? null })),
    direction,
  );
  const result: IndicatorRanks = {
    indicator: sel.indicator,
    scope: sel.scope,
    unit: sel.row?.unit ?? entry?.unit ?? '',
    direction,
    rows: ranks.map((r, i) => ({ ...r, year: cells[i]?.year ?? null })),
  };
  if (key) cache.set(key, result);
  return result;
}
