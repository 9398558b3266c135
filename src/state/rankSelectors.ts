// Ranks of the districts on the selected indicator (排名, 地图), from the same compare cells the
// grid shows: the same year rule, derived values and source choices.
import { baselineYearOf, groupStats, rankChange, ranksWithin } from '../model/peerStats';
import type { GroupStats } from '../model/peerStats';
import {
  builtInGroupOf,
  PEER_GROUPS,
  resolveGroups,
  type CustomPeerGroup,
  type ResolvedGroup,
} from '../model/peerGroups';
import { rankDistricts, type Rank } from '../model/ranks';
import { pickForYear, seriesOf } from '../model/series';
import type { ObsTable } from '../model/table';
import type { Direction, Kind } from '../model/types';
import { chartInputFor, type ChartPick, type DataSlices } from './selectors';

export interface RankRow extends Rank {
  /** The year the value is from (each district's latest when the pick is 'latest'). */
  year: number | null;
  /** Its built-in group of 一区两群 (src/model/peerGroups.ts); null: 未分组. */
  group: string | null;
  /** Its rank within that group; null when it has no group. */
  groupRank: Rank | null;
  /** Its rank among all districts in the baseline year; null without a value then. */
  baselineRank: number | null;
  /** Places moved up since the baseline year (negative: down); null when not comparable. */
  rankChange: number | null;
}

export interface IndicatorRanks {
  indicator: string;
  scope: string;
  unit: string;
  direction: Direction;
  /** One per district, in the workbook's district order. */
  rows: RankRow[];
  /** The earliest year in which at least two districts have a value (see baselineYearOf). */
  baselineYear: number | null;
}

interface Baseline {
  year: number | null;
  ranks: (number | null)[];
  key: string;
}

/** Each district's rank in the baseline year, from the same series and source choice rule. */
function baselineOf(
  table: ObsTable,
  districts: readonly string[],
  pick: { indicator: string; scope: string; kind: Kind },
  direction: Direction,
): Baseline {
  const series = districts.map((d) => seriesOf(table, d, pick.indicator, pick.scope, pick.kind));
  const year = baselineYearOf(
    series.map((list) => list.filter((o) => o.value !== null).map((o) => o.year)),
  );
  if (year === null) return { year, ranks: districts.map(() => null), key: '' };
  const ranks = rankDistricts(
    series.map((list, i) => ({
      district: districts[i] as string,
      value: pickForYear(list, year).obs?.value ?? null,
    })),
    direction,
  ).map((r) => r.rank);
  return { year, ranks, key: `${year}:${ranks.join(',')}` };
}

const cache = new WeakMap<object, { result: IndicatorRanks; baseline: string }>();

/** The pick's indicator ranked over every district; null with no indicator at all. */
export function ranksFor(s: DataSlices, pick: ChartPick): IndicatorRanks | null {
  const input = chartInputFor(s, { ...pick, category: '' });
  const sel = input.selection;
  if (!sel) return null;
  const entry = input.catalog.get(sel.indicator);
  const direction = entry?.direction ?? 'neutral';
  const districts = sel.view.districts;
  // Other years' values decide the baseline: cheap to read (indexed series), so read each time.
  const base = baselineOf(input.table, districts, { ...sel, kind: pick.kind }, direction);
  // Keyed by the compare row: an edit elsewhere keeps the same row object, and the same answer.
  const key = sel.row;
  const hit = key && cache.get(key);
  if (hit && hit.baseline === base.key) return hit.result;
  const cells = sel.row?.cells ?? [];
  const input0 = districts.map((district, i) => ({ district, value: cells[i]?.value ?? null }));
  const ranks = rankDistricts(input0, direction);
  const groupOf = (d: string) => builtInGroupOf(d)?.id ?? null;
  const within = ranksWithin(input0, groupOf, direction);
  const result: IndicatorRanks = {
    indicator: sel.indicator,
    scope: sel.scope,
    unit: sel.row?.unit ?? entry?.unit ?? '',
    direction,
    rows: ranks.map((r, i) => {
      const year = cells[i]?.year ?? null;
      const then = base.ranks[i] ?? null;
      return {
        ...r,
        year,
        group: groupOf(r.district),
        groupRank: within.get(r.district) ?? null,
        baselineRank: then,
        rankChange: rankChange(r.rank, then, year, base.year),
      };
    }),
    baselineYear: base.year,
  };
  if (key) cache.set(key, { result, baseline: base.key });
  return result;
}

// ── Peer view: the ranks within a chosen group, with its statistics and each group's spread ──

export interface PeerRow extends RankRow {
  /** Rank within the compared group: the chosen one, or its own built-in group under 全部. */
  inGroup: Rank | null;
}

export interface GroupSpread {
  /** A group id; '' for the districts without a built-in group (未分组). */
  id: string;
  name: string;
  builtIn: boolean;
  values: { district: string; value: number }[];
  stats: GroupStats;
}

export interface PeerRanks {
  ranks: IndicatorRanks;
  /** Every group to choose from: built-ins, then the planner's. */
  groups: ResolvedGroup[];
  /** The chosen group; null = every district (or a group id no longer known). */
  group: ResolvedGroup | null;
  /** The compared districts in rank order (best first; without a value last). */
  rows: PeerRow[];
  stats: GroupStats;
  /** The spread of each built-in group (and 未分组, and a chosen group of another kind). */
  spread: GroupSpread[];
}

let peerMemo: { args: unknown[]; value: PeerRanks } | null = null;

/** Ranks within `groupId` ('' = all districts), from ranksFor; the same object until one changes. */
export function peerRanksFor(
  s: DataSlices & { peerGroups: readonly CustomPeerGroup[] },
  pick: ChartPick,
  groupId: string,
): PeerRanks | null {
  const ranks = ranksFor(s, pick);
  if (!ranks) return null;
  const args = [ranks, groupId, s.peerGroups, s.districts];
  if (peerMemo && peerMemo.args.every((a, i) => a === args[i])) return peerMemo.value;
  const value = buildPeerRanks(ranks, resolveGroups(s.districts, s.peerGroups), groupId);
  peerMemo = { args, value };
  return value;
}

function buildPeerRanks(ranks: IndicatorRanks, groups: ResolvedGroup[], groupId: string) {
  const group = groups.find((g) => g.id === groupId) ?? null;
  const members = group ? new Set(group.members) : null;
  const compared = ranks.rows.filter((r) => !members || members.has(r.district));
  const within = group
    ? new Map(rankDistricts(compared, ranks.direction).map((r) => [r.district, r]))
    : null;
  const rows: PeerRow[] = compared
    .map((r) => ({ ...r, inGroup: within ? (within.get(r.district) ?? null) : r.groupRank }))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.rank ?? Infinity) - (b.r.rank ?? Infinity) || a.i - b.i)
    .map(({ r }) => r);
  const valued = (list: readonly RankRow[]) =>
    list.flatMap((r) => (r.value === null ? [] : [{ district: r.district, value: r.value }]));
  const spreadOf = (id: string, name: string, builtIn: boolean, list: RankRow[]) => {
    const values = valued(list);
    const stats = groupStats(
      values.map((v) => v.value),
      ranks.direction,
    );
    return { id, name, builtIn, values, stats };
  };
  const partition = groups.filter((g) => PEER_GROUPS.some((p) => p.id === g.id));
  const spread: GroupSpread[] = partition.map((g) =>
    spreadOf(
      g.id,
      g.name,
      true,
      ranks.rows.filter((r) => r.group === g.id),
    ),
  );
  const ungrouped = ranks.rows.filter((r) => r.group === null);
  if (ungrouped.length) spread.push(spreadOf('', '', true, ungrouped));
  if (group && !partition.includes(group))
    spread.push(spreadOf(group.id, group.name, group.builtIn, compared));
  return {
    ranks,
    groups,
    group,
    rows,
    stats: groupStats(
      compared.map((r) => r.value),
      ranks.direction,
    ),
    spread,
  };
}
