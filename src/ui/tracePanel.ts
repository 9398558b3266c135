// 计算过程: for a selected computed value, its formula, definition and standard, the result (or
// why there is none), and each input with its value, year, report and quote; every input's
// report opens from here, and each input's cell is one click away.
import { reportHeading, seedReportInfo } from '../data/reports';
import { districtName, formatNumber, indicatorName, scopeName, t, withUnitText } from '../i18n';
import { problemText } from '../i18n/problems';
import { formulaText } from '../model/formula';
import { findObservation } from '../model/table';
import { absentMark } from '../model/derivedAbsent';
import type { DerivedInput, DerivedMark, Observation } from '../model/types';
import { selectDataTable } from '../state/selectors';
import type { AppState } from '../state/state';
import { el } from './el';
import { openReportButton, quoteBlock } from './reportLink';
import type { Services } from './services';
import './derived.css';

/** What the trace asks the app to show: an input's cell in the compare grid. */
export interface TraceJump {
  indicator: string;
  scope: string;
  district: string;
  obsId: string | null;
}

const valueText = (v: number | null, q: string, unit: string) =>
  v === null ? t.derived.noInput : withUnitText(`${q}${formatNumber(v)}`, unit);

/** Where a traced value sits: the cell the trace is for. */
type Where = Pick<Observation, 'district' | 'indicator' | 'scope'>;

function inputItem(s: AppState, o: Where, i: DerivedInput, sv: Services): HTMLElement {
  const name = indicatorName(s.catalog, i.indicator);
  const year =
    i.year === null
      ? ''
      : i.earlier
        ? el('span', { class: 'trace-earlier' }, t.derived.earlier(name, i.year))
        : String(i.year);
  const item = el(
    'li',
    { class: 'trace-input', 'data-indicator': i.indicator },
    el('strong', {}, name),
    ` · ${valueText(i.value, i.qualifier, i.unit)}`,
    year === '' ? '' : ' · ',
    year,
  );
  if (i.source) {
    const info = seedReportInfo(i.source, o.district);
    const title = info ? ` ${reportHeading(i.source, o.district, null)}` : '';
    item.append(
      el('div', { class: 'muted' }, `${t.trace.report}${t.sep.label}${i.source}${title}`),
    );
  } else if (i.obsId) item.append(el('div', { class: 'muted' }, t.derived.noSource));
  const buttons = el('div', { class: 'trace-buttons' });
  if (i.quote) {
    item.append(quoteBlock(i.quote, i.value));
    buttons.append(openReportButton(sv, i.source, i.quote, o.district));
  }
  if (i.obsId) {
    const jump = el('button', { type: 'button', class: 'small' }, t.derived.jump);
    const detail: TraceJump = {
      indicator: i.indicator,
      scope: o.scope,
      district: o.district,
      obsId: i.obsId,
    };
    jump.onclick = () =>
      jump.dispatchEvent(new CustomEvent('trace-jump', { bubbles: true, detail }));
    buttons.append(jump);
  }
  if (buttons.childNodes.length) item.append(buttons);
  return item;
}

/** The panel's content for the computed value `id` (from selectDataTable). */
export function traceParts(s: AppState, id: string, sv: Services): (Node | string)[] {
  const o = findObservation(selectDataTable(s), id);
  const formula = o ? s.catalog.get(o.indicator)?.formula : undefined;
  if (!o?.derived || !formula)
    return [el('h2', {}, t.derived.panel), el('p', { class: 'muted' }, t.trace.none)];
  const result = o.derived.reason
    ? el('span', { class: 'trace-missing' }, problemText(o.derived.reason, s.catalog))
    : withUnitText(`${o.qualifier}${formatNumber(o.value ?? 0)}`, o.unit);
  return traceOf(s, o, String(o.year), result, o.derived, sv);
}

/**
 * The panel's content for a formula indicator's cell with no computed value in any year (the
 * grid shows 缺分子): the formula, its 口径 and why, each input listed as not found. Null when
 * the selection is not such a cell.
 */
export function absentTraceParts(s: AppState, sv: Services): (Node | string)[] | null {
  const { indicator, district, scope } = s.ui;
  if (!indicator || !district || s.ui.kind !== 'actual') return null;
  const mark = absentMark(s.table, s.catalog, indicator, district, scope);
  if (!mark?.reason) return null;
  const missing = indicatorName(s.catalog, 'name' in mark.reason ? mark.reason.name : '');
  const result = el(
    'span',
    { class: 'trace-missing' },
    `${problemText(mark.reason, s.catalog)}${t.sep.label}${t.derived.absent(missing)}`,
  );
  return traceOf(s, { indicator, district, scope }, '', result, mark, sv);
}

function traceOf(
  s: AppState,
  o: Where,
  year: string,
  result: Node | string,
  mark: DerivedMark,
  sv: Services,
): (Node | string)[] {
  const formula = s.catalog.get(o.indicator)?.formula;
  const parts: (Node | string)[] = [el('h2', {}, t.derived.panel)];
  if (!formula) return [...parts, el('p', { class: 'muted' }, t.trace.none)];
  const name = indicatorName(s.catalog, o.indicator);
  const where = [districtName(o.district), name, o.scope ? scopeName(o.scope) : '', year];
  parts.push(
    el(
      'p',
      { class: 'source-head' },
      el('span', { class: 'key mark-derived' }, t.derived.computed),
      ' ',
      where.filter(Boolean).join(' · '),
    ),
    el(
      'p',
      { class: 'trace-formula' },
      `${t.derived.formula}${t.sep.label}`,
      el('code', {}, `${name} = ${formulaText(formula.ast)}`),
    ),
  );
  if (formula.definition)
    parts.push(
      el(
        'p',
        { class: 'trace-definition' },
        `${t.derived.definition}${t.sep.label}${formula.definition}`,
      ),
    );
  if (formula.standard)
    parts.push(
      el(
        'p',
        { class: 'trace-standard' },
        `${t.derived.standard}${t.sep.label}${formula.standard}`,
      ),
    );
  parts.push(
    el('p', { class: 'trace-result' }, `${t.derived.result}${t.sep.label}`, result),
    el('p', {}, `${t.derived.inputs}${t.sep.label}`),
    el('ul', { class: 'trace-inputs' }, ...mark.inputs.map((i) => inputItem(s, o, i, sv))),
  );
  return parts;
}
