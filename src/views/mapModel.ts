// What the tile map shows for a pick: each tile's colour and labels, the legend with counts, the
// ranking rows, and the districts that have no tile. Shared by the 地图 tab, its PNG and slides.
import {
  districtName,
  formatNumber,
  getLang,
  goalSetName,
  indicatorName,
  t,
  withUnitText,
} from '../i18n';
import { divisionNamed, DIVISIONS } from '../model/districtCodes';
import type { GoalRow } from '../model/goalsView';
import {
  BANDS,
  classIndex,
  goalBand,
  labelDigits,
  shade,
  tileGoal,
  valueClasses,
  type MapBand,
} from '../model/mapBreaks';
import { TILE_LAYOUT } from '../model/tileLayout';
import type { Kind } from '../model/types';
import { ranksFor } from '../state/rankSelectors';
import { chartInputFor, goalRowsFor, type DataSlices } from '../state/selectors';
import type { MapBreaks } from '../state/state';
import '../i18n/features/tileMapView';

export interface MapPick {
  indicator: string | null;
  scope: string;
  year: 'latest' | number;
  kind: Kind;
  goalSource: string;
  /** 'status': coloured by goal status; otherwise by value with these breaks. */
  breaks: MapBreaks;
  district: string | null;
}

export interface Paint {
  fill: string;
  ink: string;
  /** No data: hatched, never a colour of the scale. */
  hatch: boolean;
}

export interface TileView extends Paint {
  code: string;
  col: number;
  row: number;
  /** The workbook's name of the district, '' when the workbook has none. */
  district: string;
  /** What selecting the tile sets ui.district to: the workbook's name, else the division's. */
  name: string;
  short: string;
  value: string;
  rank: string;
  title: string;
  selected: boolean;
}

export interface LegendItem extends Paint {
  label: string;
  count: number;
}

export interface RankingRow {
  district: string;
  name: string;
  rank: string;
  value: string;
  year: string;
  cls: string;
  selected: boolean;
}

export interface MapModel {
  indicator: string;
  scope: string;
  label: string;
  tiles: TileView[];
  legendTitle: string;
  legendNote: string;
  legend: LegendItem[];
  rows: RankingRow[];
  offMap: RankingRow[];
  years: number[];
}

// ColorBrewer GnBu (better or worse) and Purples (neutral), 5 classes, light to dark.
const BETTER = ['#f0f9e8', '#bae4bc', '#7bccc4', '#43a2ca', '#0868ac'];
const NEUTRAL = ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'];
export const NO_DATA: Paint = { fill: '#f5f5f5', ink: '#424242', hatch: true };
// The scorecard's band fills (app.css .band-*), with the ink that reads on each; 无目标 plain
// white: it has data (never hatched) but no status.
const BAND_PAINT: Record<MapBand, Paint> = {
  no_target: { fill: '#ffffff', ink: '#424242', hatch: false },
  met: { fill: '#2e7d32', ink: '#ffffff', hatch: false },
  near: { fill: '#f9a825', ink: '#111111', hatch: false },
  on_track: { fill: '#1565c0', ink: '#ffffff', hatch: false },
  behind: { fill: '#c62828', ink: '#ffffff', hatch: false },
  no_data: NO_DATA,
};

const CODE_OF = new Map(DIVISIONS.map((d) => [d.code, d]));
const ON_MAP = new Set(TILE_LAYOUT.map((x) => x.code));

const onMap = (district: string) => ON_MAP.has(divisionNamed(district)?.code ?? '');

/** The map for a pick, or null when the workbook has no indicator at all. */
export function buildMapModel(s: DataSlices, pick: MapPick): MapModel | null {
  const ranks = ranksFor(s, { ...pick, category: '', chartAll: true });
  if (!ranks) return null;
  const status = pick.breaks === 'status';
  const unit = ranks.unit;
  const label = indicatorName(s.catalog, ranks.indicator);
  const byDistrict = new Map(ranks.rows.map((r) => [r.district, r]));
  // The grid's cells, for their qualifier (≥, ≈): the same memoised input ranksFor reads.
  const cells = chartInputFor(s, { ...pick, category: '', chartAll: true }).selection?.row?.cells;
  const qualifier = new Map(ranks.rows.map((r, i) => [r.district, cells?.[i]?.qualifier ?? '']));
  // One number rule per map (tiles, legend, ranking): grouped if any value reaches 10,000.
  const grouping = ranks.rows.some((r) => r.value !== null && Math.abs(r.value) >= 10000);
  const num = (v: number, digits = 6) => formatNumber(v, digits, grouping);
  const shown = (d: string, v: number) => `${qualifier.get(d) ?? ''}${num(v)}`;
  // Classes and counts are over the 38 tiles: the districts drawn. Those off the map get a
  // class by the same bounds and are listed apart.
  const tileRows = ranks.rows.filter((r) => onMap(r.district));
  const tileCount = TILE_LAYOUT.length;
  const offMapValued = ranks.rows.some((r) => !onMap(r.district) && r.value !== null);

  let legendTitle: string;
  const notes: string[] = [];
  let classOf: (district: string) => { paint: Paint; cls: string };
  let legend: LegendItem[];
  let bandOf: (district: string) => MapBand | null = () => null;
  if (status) {
    const goals = goalRowsFor(s, pick.goalSource);
    const mine = new Map<string, GoalRow[]>();
    for (const r of goals.rows)
      if (r.indicator === ranks.indicator && r.scope === ranks.scope)
        mine.set(r.district, [...(mine.get(r.district) ?? []), r]);
    const b = new Map<string, MapBand>();
    for (const d of s.districts) {
      const list = mine.get(d) ?? [];
      const row = tileGoal(list);
      const hasData = list.some((r) => r.latest) || byDistrict.get(d)?.value != null;
      b.set(d, !row && hasData ? 'no_target' : goalBand(row));
    }
    bandOf = (d) => b.get(d) ?? null;
    const counts = new Map<MapBand, number>();
    for (const r of tileRows) {
      const band = b.get(r.district) ?? 'no_data';
      counts.set(band, (counts.get(band) ?? 0) + 1);
    }
    counts.set('no_data', tileCount - tileRows.length + (counts.get('no_data') ?? 0));
    legendTitle = goals.set
      ? t.tileMapView.legendStatus(goalSetName(goals.set.name))
      : t.tileMapView.legendStatusOwn;
    legend = BANDS.filter((band) => band !== 'no_target' || counts.get(band)).map((band) => ({
      ...BAND_PAINT[band],
      label: t.tileMapView.bands[band],
      count: counts.get(band) ?? 0,
    }));
    classOf = (d) => {
      const band = b.get(d) ?? 'no_data';
      return { paint: BAND_PAINT[band], cls: t.tileMapView.bands[band] };
    };
  } else {
    const method = pick.breaks === 'equal' ? 'equal' : 'quantile';
    const values = tileRows.map((r) => r.value);
    const valued = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
    const c = valueClasses(values, method, 5, labelDigits(valued, 5));
    const n = c.uppers.length;
    const palette = ranks.direction === 'neutral' ? NEUTRAL : BETTER;
    const paintAt = (i: number): Paint => {
      const k = Math.round(shade(i, n, ranks.direction) * (palette.length - 1));
      return { fill: palette[k] as string, ink: k >= 3 ? '#ffffff' : '#111111', hatch: false };
    };
    const labels = c.uppers.map((u, i) =>
      t.tileMapView.range(num(i === 0 ? (c.min ?? u) : (c.uppers[i - 1] as number)), num(u)),
    );
    legendTitle =
      n === 0
        ? t.tileMapView.legendNone
        : method === 'equal'
          ? t.tileMapView.legendEqual(n)
          : t.tileMapView.legendQuantile(n);
    if (n > 0)
      notes.push(
        ranks.direction === 'neutral' ? t.tileMapView.darker.larger : t.tileMapView.darker.better,
      );
    if (n > 1) notes.push(t.tileMapView.upperIncluded);
    legend = [
      ...c.uppers.map((_, i) => ({
        ...paintAt(i),
        label: labels[i] as string,
        count: c.counts[i] ?? 0,
      })),
      { ...NO_DATA, label: t.tileMapView.noData, count: tileCount - tileRows.length + c.noData },
    ];
    classOf = (d) => {
      const i = classIndex(byDistrict.get(d)?.value ?? null, c.uppers);
      return i === null
        ? { paint: NO_DATA, cls: t.tileMapView.noData }
        : { paint: paintAt(i), cls: labels[i] as string };
    };
  }
  if (offMapValued) notes.push(t.tileMapView.tilesOnly(tileCount));

  const rowOf = (district: string): RankingRow => {
    const r = byDistrict.get(district);
    return {
      district,
      name: districtName(district),
      rank: r?.rank != null ? String(r.rank) : '—',
      value:
        r?.value != null ? withUnitText(shown(district, r.value), unit) : t.tileMapView.noValue,
      year: r?.year != null ? String(r.year) : '',
      cls: classOf(district).cls,
      selected: district === pick.district,
    };
  };
  const nameByCode = new Map<string, string>();
  for (const d of s.districts) {
    const code = divisionNamed(d)?.code;
    if (code && !nameByCode.has(code)) nameByCode.set(code, d);
  }
  const tiles = TILE_LAYOUT.map((x): TileView => {
    const division = CODE_OF.get(x.code);
    const district = nameByCode.get(x.code) ?? '';
    const r = district ? byDistrict.get(district) : undefined;
    const { paint } = district ? classOf(district) : { paint: NO_DATA };
    const band = district ? bandOf(district) : null;
    const value = r?.value != null ? shown(district, r.value) : '—';
    const rank = r?.rank != null ? t.tileMapView.rankShort(r.rank, r.of) : '';
    const exact = r?.value != null ? withUnitText(value, unit) : t.tileMapView.noValue;
    return {
      ...paint,
      code: x.code,
      col: x.col,
      row: x.row,
      district,
      // Any tile selects its district, with or without data: the workbook's name, else its own.
      name: district || division?.name || '',
      short: division ? (getLang() === 'en' ? division.pinyin : division.short) : x.code,
      value,
      rank,
      title: t.tileMapView.tileTitle(
        districtName(district || division?.name || x.code),
        exact,
        r?.year != null ? t.tileMapView.yearOf(r.year) : '',
        r?.rank != null ? t.tileMapView.rankOf(r.rank, r.of) : '',
        band ? t.tileMapView.bands[band] : '',
      ),
      // Any tile can be selected, a division without data too (Ctrl+K finds all 38).
      selected: !!pick.district && (district || division?.name) === pick.district,
    };
  });
  const all = s.districts.map(rowOf);
  const rankNum = (r: RankingRow) => (r.rank === '—' ? Infinity : Number(r.rank));
  const rows = all
    .map((r, i) => [r, i] as const)
    .sort((a, b) => rankNum(a[0]) - rankNum(b[0]) || a[1] - b[1])
    .map(([r]) => r);
  const offMap = all.filter((r) => !onMap(r.district));
  const years = [...new Set(ranks.rows.flatMap((r) => (r.year === null ? [] : [r.year])))].sort();
  return {
    indicator: ranks.indicator,
    scope: ranks.scope,
    label,
    tiles,
    legendTitle,
    legendNote: notes.join(t.sep.clause),
    legend,
    rows,
    offMap,
    years,
  };
}
