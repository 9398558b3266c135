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
import type { Catalog } from '../model/types';
import { el } from './el';

const BANDS = ['met', 'near', 'on_track', 'behind', 'no_data'] as const;

export function scorecardTable(card: Scorecard, catalog: Catalog): HTMLTableElement {
  const head = el('tr', {}, el('th', { scope: 'col' }, t.scorecard.district));
  for (const c of card.columns) {
    const q = c.qualifier;
    head.append(
      el(
        'th',
        { scope: 'col' },
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
    const tr = el('tr', {}, el('th', { scope: 'row' }, districtName(r.district)));
    r.cells.forEach((cell, i) => {
      const col = card.columns[i];
      const text =
        cell.value === null ? '—' : withUnitText(formatNumber(cell.value), col?.unit ?? '');
      const td = el(
        'td',
        {
          class: `band band-${cell.band}`,
          title: `${t.scorecard.bands[cell.band]}${cell.year ? ` · ${cell.year}` : ''}`,
        },
        el('span', { class: 'sc-mark', 'aria-hidden': 'true' }, STATUS_MARK[cell.band]),
        ` ${text}`,
      );
      if (cell.year !== null) td.append(el('span', { class: 'sc-year' }, String(cell.year)));
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
