// The 排名 table: plain HTML (text only), sortable by any column with the mouse or the keyboard;
// in rank order with many districts, the top 10 and the selected district's neighbours.
import { districtName, formatNumber, t, withUnitText } from '../i18n';
import { topAndNeighbours } from '../model/peerStats';
import type { SortOrder } from '../model/sortKeys';
import type { PeerRanks, PeerRow } from '../state/rankSelectors';
import { peerGroupName } from '../charts/spreadSpec';
import { el } from './el';
import '../i18n/features/peersView';

export const RANK_COLUMNS = [
  'rank',
  'district',
  'group',
  'value',
  'groupRank',
  'percentile',
  'change',
] as const;
export type RankColumn = (typeof RANK_COLUMNS)[number];
export interface RankSort {
  column: RankColumn | null;
  order: SortOrder;
}

const groupText = (p: PeerRanks, r: PeerRow) => {
  const g = p.groups.find((x) => x.id === r.group);
  return g ? peerGroupName(g) : t.peersView.ungrouped;
};

const pct = (v: number | null) => (v === null ? null : Math.round(v));

function key(p: PeerRanks, r: PeerRow, c: RankColumn): number | string | null {
  switch (c) {
    case 'rank':
      return r.rank;
    case 'district':
      return districtName(r.district);
    case 'group':
      return groupText(p, r);
    case 'value':
      return r.value;
    case 'groupRank':
      return r.inGroup?.rank ?? null;
    case 'percentile':
      return r.percentile;
    case 'change':
      return r.rankChange;
  }
}

/** The rows in the chosen order; a row without a value (or a rank) always last. */
export function sortRows(p: PeerRanks, sort: RankSort): PeerRow[] {
  if (!sort.column) return p.rows;
  const c = sort.column;
  const dir = sort.order === 'asc' ? 1 : -1;
  return p.rows
    .map((r, i) => ({ r, i, k: key(p, r, c) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
      const d =
        typeof a.k === 'string' ? a.k.localeCompare(String(b.k), 'zh-CN') : a.k - (b.k as number);
      return d * dir || a.i - b.i;
    })
    .map((x) => x.r);
}

/** `neutral`: no better direction, so a move up or down is neither good nor bad (no colour). */
function changeCell(n: number | null, neutral: boolean): HTMLElement {
  if (n === null) return el('td', { class: 'rk-change' }, '—');
  const text = n > 0 ? t.peersView.up(n) : n < 0 ? t.peersView.down(-n) : t.peersView.same;
  const cls = n === 0 ? 'rk-same' : neutral ? 'rk-moved' : n > 0 ? 'rk-up' : 'rk-down';
  return el('td', { class: `rk-change ${cls}` }, text);
}

function row(p: PeerRanks, r: PeerRow, selected: boolean): HTMLTableRowElement {
  const unit = p.ranks.unit;
  const amount = r.value === null ? '—' : withUnitText(formatNumber(r.value), unit);
  const value = r.value !== null && r.year !== null ? t.paren(amount, String(r.year)) : amount;
  const tr = el(
    'tr',
    selected ? { class: 'rk-selected', 'aria-current': 'true' } : {},
    el('td', { class: 'rk-rank' }, r.rank === null ? '—' : t.peersView.rankOf(r.rank, r.of)),
    el(
      'th',
      { scope: 'row' },
      el(
        'button',
        { type: 'button', class: 'rk-pick', 'data-district': r.district },
        districtName(r.district),
      ),
    ),
    el('td', {}, groupText(p, r)),
    el('td', { class: 'rk-num' }, value),
    el(
      'td',
      r.inGroup?.percentile != null
        ? { class: 'rk-num', title: `${t.peersView.col.percentile} ${pct(r.inGroup.percentile)}` }
        : { class: 'rk-num' },
      r.inGroup?.rank == null ? '—' : t.peersView.rankOf(r.inGroup.rank, r.inGroup.of),
    ),
    el('td', { class: 'rk-num' }, r.percentile === null ? '—' : String(pct(r.percentile))),
    changeCell(r.rankChange, p.ranks.direction === 'neutral'),
  );
  tr.dataset.district = r.district;
  return tr;
}

/**
 * The table. `compact`: in rank order with more than 15 rows, only the top 10 and the selected
 * district ±2 are drawn, with a row saying how many were left out between.
 */
export function ranksTable(
  p: PeerRanks,
  sort: RankSort,
  selected: string | null,
  compact: boolean,
  yearText: string,
): HTMLTableElement {
  const base = p.ranks.baselineYear;
  const heads: Record<RankColumn, string> = {
    rank: p.ranks.direction === 'neutral' ? t.peersView.rankBySize : t.peersView.col.rank,
    district: t.peersView.col.district,
    group: t.peersView.col.group,
    value: t.peersView.col.value(yearText),
    groupRank: t.peersView.col.groupRank,
    percentile: t.peersView.col.percentile,
    change: base === null ? t.peersView.col.changeNone : t.peersView.col.change(String(base)),
  };
  const head = el(
    'tr',
    {},
    ...RANK_COLUMNS.map((c) =>
      el(
        'th',
        {
          scope: 'col',
          tabindex: '0',
          'data-sort': c,
          'aria-sort':
            sort.column === c ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none',
        },
        heads[c],
      ),
    ),
  );
  const rows = sortRows(p, sort);
  const shown =
    compact && !sort.column
      ? topAndNeighbours(rows, (r) => r.district === selected)
      : rows.map((r) => ({ row: r }));
  const body = el(
    'tbody',
    {},
    ...shown.map((x) =>
      'gap' in x
        ? el(
            'tr',
            { class: 'rk-gap' },
            el('td', { colspan: String(RANK_COLUMNS.length) }, t.peersView.gap(x.gap)),
          )
        : row(p, x.row, x.row.district === selected),
    ),
  );
  return el('table', { class: 'ranks-table' }, el('thead', {}, head), body);
}
