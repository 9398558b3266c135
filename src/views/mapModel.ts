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
import { BANDS, goalBand, shade, tileGoal, valueClasses } from '../model/mapBreaks';
import type { Band } from '../model/scorecard';
import { TILE_LAYOUT } from '../model/tileLayout';
import type { Kind } from '../model/types';
import { ranksFor } from '../state/rankSelectors';
import { goalRowsFor, type DataSlices } from '../state/selectors';
import type { MapBreaks } from '../state/state';

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
// The scorecard's band fills (app.css .band-*), with the ink that reads on each.
const BAND_PAINT: Record<Band, Paint> = {
  met: { fill: '#2e7d32', ink: '#ffffff', hatch: false },
  near: { fill: '#f9a825', ink: '#111111', hatch: false },
  on_track: { fill: '#1565c0', ink: '#ffffff', hatch: false },
  behind: { fill: '#c62828', ink: '#ffffff', hatch: false },
  no_data: NO_DATA,
};

const CODE_OF = new Map(DIVISIONS.map((d) => [d.code, d]));
const ON_MAP = new Set(TILE_LAYOUT.map((x) => x.code));

/** A short number for a tile: fewer decimals as the number grows. */
function tileNumber(v: number): string {
  const a = Math.abs(v);
  return formatNumber(v, a < 1 ? 3 : a < 100 ? 2 : a < 10000 ? 1 : 0);
}

/** The map for a pick, or null when the workbook has no indicator at all. */
export function buildMapModel(s: DataSlices, pick: MapPick): MapModel | null {
  const ranks = ranksFor(s, { ...pick, category: '', chartAll: true });
  if (!ranks) return null;
  const status = pick.breaks === 'status';
  const unit = ranks.unit;
  const label = indicatorName(s.catalog, ranks.indicator);
  const byDistrict = new Map(ranks.rows.map((r) => [r.district, r]));

  // Goal bands only when coloured by status: goal rows cost more than ranks.
  let bands: Map<string, { band: Band; row: GoalRow | null }> | null = null;
  let legendTitle: string;
  let legendNote = '';
  let classOf: (district: string) => { paint: Paint; cls: string };
  let legend: LegendItem[];
  if (status) {
    const goals = goalRowsFor(s, pick.goalSource);
    const mine = new Map<string, GoalRow[]>();
    for (const r of goals.rows)
      if (r.indicator === ranks.indicator && r.scope === ranks.scope)
        mine.set(r.district, [...(mine.get(r.district) ?? []), r]);
    const b = new Map<string, { band: Band; row: GoalRow | null }>();
    for (const d of s.districts) {
      const row = tileGoal(mine.get(d) ?? []);
      b.set(d, { band: goalBand(row), row });
    }
    bands = b;
    const counts = new Map<Band, number>();
    for (const { band } of b.values()) counts.set(band, (counts.get(band) ?? 0) + 1);
    legendTitle = t.tileMap.legendStatus(goals.set ? goalSetName(goals.set.name) : t.ownTargets);
    legend = BANDS.map((band) => ({
      ...BAND_PAINT[band],
      label: t.tileMap.bands[band],
      count: counts.get(band) ?? 0,
    }));
    classOf = (d) => {
      const band = b.get(d)?.band ?? 'no_data';
      return { paint: BAND_PAINT[band], cls: t.tileMap.bands[band] };
    };
  } else {
    const method = pick.breaks === 'equal' ? 'equal' : 'quantile';
    const c = valueClasses(
      ranks.rows.map((r) => r.value),
      method,
    );
    const n = c.uppers.length;
    const palette = ranks.direction === 'neutral' ? NEUTRAL : BETTER;
    const paintAt = (i: number): Paint => {
      const k = Math.round(shade(i, n, ranks.direction) * (palette.length - 1));
      return { fill: palette[k] as string, ink: k >= 3 ? '#ffffff' : '#111111', hatch: false };
    };
    const labels = c.uppers.map((u, i) =>
      t.tileMap.range(
        formatNumber(i === 0 ? (c.min ?? u) : (c.uppers[i - 1] as number)),
        formatNumber(u),
      ),
    );
    legendTitle = method === 'equal' ? t.tileMap.legendEqual(n) : t.tileMap.legendQuantile(n);
    legendNote = ranks.direction === 'neutral' ? t.tileMap.darker.larger : t.tileMap.darker.better;
    legend = [
      ...c.uppers.map((_, i) => ({
        ...paintAt(i),
        label: labels[i] as string,
        count: c.counts[i] ?? 0,
      })),
      { ...NO_DATA, label: t.tileMap.noData, count: c.noData },
    ];
    const index = new Map(ranks.rows.map((r, i) => [r.district, c.classOf[i] ?? null]));
    classOf = (d) => {
      const i = index.get(d) ?? null;
      return i === null
        ? { paint: NO_DATA, cls: t.tileMap.noData }
        : { paint: paintAt(i), cls: labels[i] as string };
    };
  }

  const rowOf = (district: string): RankingRow => {
    const r = byDistrict.get(district);
    return {
      district,
      name: districtName(district),
      rank: r?.rank != null ? String(r.rank) : '—',
      value: r?.value != null ? withUnitText(formatNumber(r.value), unit) : t.tileMap.noValue,
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
  // Tiles of districts the workbook does not have are drawn as no data: counted as such.
  const absent = TILE_LAYOUT.filter((x) => !nameByCode.has(x.code)).length;
  const last = legend[legend.length - 1];
  if (last?.hatch) legend[legend.length - 1] = { ...last, count: last.count + absent };
  const tiles = TILE_LAYOUT.map((x): TileView => {
    const division = CODE_OF.get(x.code);
    const district = nameByCode.get(x.code) ?? '';
    const r = district ? byDistrict.get(district) : undefined;
    const { paint } = district ? classOf(district) : { paint: NO_DATA };
    const band = district ? bands?.get(district) : undefined;
    const value = r?.value != null ? tileNumber(r.value) : '—';
    const rank = r?.rank != null ? t.tileMap.rankShort(r.rank, r.of) : '';
    const exact = r?.value != null ? withUnitText(formatNumber(r.value), unit) : t.tileMap.noValue;
    return {
      ...paint,
      code: x.code,
      col: x.col,
      row: x.row,
      district,
      short: division ? (getLang() === 'en' ? division.pinyin : division.short) : x.code,
      value,
      rank,
      title: t.tileMap.tileTitle(
        districtName(district || division?.name || x.code),
        exact,
        r?.year != null ? t.tileMap.yearOf(r.year) : '',
        r?.rank != null ? t.tileMap.rankOf(r.rank, r.of) : '',
        band ? t.tileMap.bands[band.band] : '',
      ),
      // A division without data is selected too (Ctrl+K finds all 38).
      selected: (district || division?.name) === pick.district,
    };
  });
  const all = s.districts.map(rowOf);
  const rankNum = (r: RankingRow) => (r.rank === '—' ? Infinity : Number(r.rank));
  const rows = all
    .map((r, i) => [r, i] as const)
    .sort((a, b) => rankNum(a[0]) - rankNum(b[0]) || a[1] - b[1])
    .map(([r]) => r);
  const offMap = all.filter((r) => !ON_MAP.has(divisionNamed(r.district)?.code ?? ''));
  const years = [...new Set(ranks.rows.flatMap((r) => (r.year === null ? [] : [r.year])))].sort();
  return {
    indicator: ranks.indicator,
    scope: ranks.scope,
    label,
    tiles,
    legendTitle,
    legendNote,
    legend,
    rows,
    offMap,
    years,
  };
}
