// The distribution chart of 排名: each group's values as a row of dots (jittered so equal values
// stay visible), its median marked, the selected district drawn apart. Pure: no Chart.js, no DOM.
import { districtName, t } from '../i18n';
import type { GroupSpread, PeerRanks } from '../state/rankSelectors';
import type { Catalog } from '../model/types';
import { indicatorLabel, num, withUnit, type SpecBase } from './specHelpers';
import '../i18n/features/peersView';

/** A group's name on screen: built-ins translated by id, 未分组, the planner's as typed. */
export function peerGroupName(g: { id: string; name: string; builtIn: boolean }): string {
  if (g.id === '') return t.peersView.ungrouped;
  return (g.builtIn && t.peersView.groupName[g.id]) || g.name;
}

export interface SpreadPoint {
  x: number;
  /** The group's row (0 = top) plus a small jitter. */
  y: number;
  district: string;
}

export interface SpreadSpec extends SpecBase {
  groups: string[];
  points: SpreadPoint[];
  selected: SpreadPoint[];
  medians: { x: number; y: number }[];
}

/** A jitter in [-0.25, 0.25] fixed by the district's name, so a redraw never shuffles dots. */
export function jitter(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (((h >>> 0) % 1001) / 1000 - 0.5) / 2;
}

export function spreadSpec(
  peers: PeerRanks,
  catalog: Catalog,
  selected: string | null,
): SpreadSpec {
  const r = peers.ranks;
  const groups = peers.spread.filter((g) => g.values.length > 0);
  const points: SpreadPoint[] = [];
  const mark: SpreadPoint[] = [];
  groups.forEach((g, row) => {
    for (const v of g.values) {
      const p = { x: v.value, y: row + jitter(v.district), district: v.district };
      (v.district === selected ? mark : points).push(p);
    }
  });
  const title = withUnit(
    `${t.peersView.chart.title} · ${indicatorLabel(catalog, r.indicator, r.scope)}`,
    r.unit,
  );
  const names = groups.map(peerGroupName);
  const value = (x: number | null) => (x === null ? '—' : num(x));
  const inGroup = (g: GroupSpread) => g.values.find((v) => v.district === selected);
  return {
    title,
    unit: r.unit,
    sourceLine: t.peersView.chart.note,
    ariaLabel: `${title}：${groups
      .map((g, i) => `${names[i]} ${t.peersView.median} ${value(g.stats.median)}`)
      .join('；')}`,
    table: {
      headers: [
        t.peersView.col.group,
        t.peersView.chart.count,
        t.peersView.chart.min,
        t.peersView.median,
        t.peersView.bestQuartile,
        t.peersView.chart.max,
        selected ? districtName(selected) : t.peersView.chart.selected,
      ],
      rows: groups.map((g, i) => {
        const vs = g.values.map((v) => v.value);
        const own = inGroup(g);
        return [
          names[i] ?? '',
          String(g.stats.count),
          value(Math.min(...vs)),
          value(g.stats.median),
          value(g.stats.bestQuartile),
          value(Math.max(...vs)),
          own ? num(own.value) : '',
        ];
      }),
    },
    legend: [],
    empty: groups.length ? null : t.peersView.chart.empty,
    groups: names,
    points,
    selected: mark,
    medians: groups.flatMap((g, row) =>
      g.stats.median === null ? [] : [{ x: g.stats.median, y: row }],
    ),
  };
}
