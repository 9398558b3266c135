// The scorecard as an HTML table (text only, never HTML from data), with its legend.
import {
  districtName,
  formatNumber,
  indicatorName,
  STATUS_MARK,
  statusText,
  t,
  withUnitText,
} from '../i18n';
import type { Scorecard } from '../model/scorecard';
import type { Rank } from '../model/ranks';
import { seriesOf } from '../model/series';
import type { ObsTable } from '../model/table';
import type { Catalog } from '../model/types';
import { derivedShort, formulaOf } from './derivedText';
import { el } from './el';

/** A formula column's empty cell: why its latest value could not be computed (缺分母). */
function missingWhy(data: ObsTable | undefined, district: string, indicator: string): string {
  const list = data ? seriesOf(data, district, indicator, '', 'actual') : [];
  const last = list[list.length - 1];
  return last?.derived ? derivedShort(last.derived) : '';
}

const BANDS = ['met', 'near', 'on_track', 'behind', 'no_data'] as const;

/** `data`: the table with computed values (selectDataTable), to say why a formula's cell is empty. */
export function scorecardTable(
  card: Scorecard,
  catalog: Catalog,
  data?: ObsTable,
  /** With the rank line on: each district's rank per column (scorecardRanks). */
  ranks?: ReadonlyMap<string, readonly Rank[]>,
): HTMLTableElement {
  const head = el('tr', {}, el('th', { scope: 'col' }, t.scorecard.district));
  const formulas = card.columns.map((c) => formulaOf(catalog, c.indicator));
  for (const [i, c] of card.columns.entries()) {
    const q = c.qualifier;
    const formula = formulas[i] ?? null;
    head.append(
      el(
        'th',
        {
          scope: 'col',
          'data-key': `i:${c.indicator}`,
          ...(formula === null
            ? {}
            : { class: 'sc-formula', title: t.derived.formulaRowTitle(formula) }),
        },
        el('span', { class: 'sc-name' }, indicatorName(catalog, c.indicator)),
        el(
          'span',
          { class: 'sc-rule' },
          t.scorecard.target(q, withUnitText(formatNumber(c.target), c.unit), '', c.targetYear),
        ),
        el(
          'span',
          { class: 'sc-rule' },
          t.scorecard.near(
            c.direction === 'lower' && q !== '≥' ? '≤' : '≥',
            formatNumber(c.nearFrom, 2),
          ),
        ),
      ),
    );
  }
  const body = el('tbody', {});
  for (const r of card.rows) {
    const tr = el(
      'tr',
      { 'data-key': `d:${r.district}` },
      el('th', { scope: 'row' }, districtName(r.district)),
    );
    r.cells.forEach((cell, i) => {
      const col = card.columns[i];
      const computed = col !== undefined && (formulas[i] ?? null) !== null;
      const why =
        computed && cell.value === null ? missingWhy(data, r.district, col.indicator) : '';
      const text =
        cell.value === null ? why || '—' : withUnitText(formatNumber(cell.value), col?.unit ?? '');
      const title = `${t.scorecard.bands[cell.band]}${cell.year ? ` · ${cell.year}` : ''}`;
      const td = el(
        'td',
        {
          class: `band band-${cell.band}${computed ? ' sc-derived' : ''}`,
          title: computed ? `${title}\n${t.derived.computed}` : title,
        },
        el('span', { class: 'sc-mark', 'aria-hidden': 'true' }, STATUS_MARK[cell.band]),
        ` ${text}`,
      );
      if (cell.year !== null) td.append(el('span', { class: 'sc-year' }, String(cell.year)));
      const rank = ranks?.get(r.district)?.[i];
      if (rank?.rank != null)
        td.append(el('span', { class: 'sc-rank' }, t.peers.rankCell(rank.rank, rank.of)));
      tr.append(td);
    });
    body.append(tr);
  }
  return el('table', { class: 'scorecard' }, el('thead', {}, head), body);
}

export function scorecardLegend(): HTMLElement {
  return el(
    'div',
    { class: 'sc-legend' },
    t.scorecard.legend,
    ...BANDS.map((b) =>
      el('span', { class: `sc-key band band-${b}` }, statusText(b, t.scorecard.bands[b])),
    ),
  );
}
