// Renders one slide into a host element, live: call update() whenever the state changes.
import { createSlideChart, type SlideChart } from '../charts/slideChart';
import { t } from '../i18n';
import { rowKey } from '../model/compare';
import type { Slide } from '../model/slides';
import {
  compareFor,
  scorecardFor,
  selectDataTable,
  selectSlideChartInput,
  type DataSlices,
} from '../state/selectors';
import { el } from '../ui/el';
import { scorecardLegend, scorecardTable } from '../views/scorecardTable';
import { buildMapModel } from '../views/mapModel';
import { slideMapPick } from '../views/mapPick';
import { createTileMapSvg } from '../views/tileMapSvg';
import { slideTitle } from './slideState';

export interface SlideView {
  update(s: DataSlices): void;
  title(): string;
  /** The chart's own title, with its unit (and year when one is chosen); '' for the scorecard. */
  subtitle(): string;
  sourceLine(): string;
  notice(): string;
  chart(): SlideChart | null;
  /** The map slide's SVG (null on other slides). */
  map(): SVGSVGElement | null;
  destroy(): void;
}

/** Whether the districts' values on this slide come from different years. */
function mixedYears(s: DataSlices, slide: Slide): boolean {
  if ((slide.kind === 'across' || slide.kind === 'map') && slide.indicator) {
    const v = compareFor(s, { year: slide.year, kind: slide.dataKind, category: '' });
    return (
      v.rows.find((r) => r.key === rowKey(slide.indicator ?? '', slide.scope))?.mixedYears ?? false
    );
  }
  if (slide.kind === 'scorecard') return (scorecardFor(s, slide.goalSource)?.years.length ?? 0) > 1;
  return false;
}

/** Shrinks the scorecard's type until the table fits its box, down to a 14 px floor. */
function fitTable(body: HTMLElement, table: HTMLElement | null): void {
  if (!table || !body.isConnected) return;
  table.style.fontSize = '';
  let size = parseFloat(getComputedStyle(table).fontSize) || 24;
  const over = () => body.scrollHeight > body.clientHeight || body.scrollWidth > body.clientWidth;
  while (over() && size > 14) {
    size -= 1;
    table.style.fontSize = `${size}px`;
  }
}

export function mountSlide(host: HTMLElement, slide: Slide, fontScale: number): SlideView {
  const title = el('h1', { class: 'slide-title' });
  const subtitle = el('p', { class: 'slide-subtitle', hidden: '' });
  const body = el('div', { class: 'slide-body' });
  const notice = el('p', { class: 'slide-notice', hidden: '' });
  const source = el('p', { class: 'slide-source' });
  host.replaceChildren(
    el(
      'article',
      { class: `slide slide-${slide.kind}` },
      title,
      subtitle,
      body,
      el('footer', {}, notice, source),
    ),
  );
  let chart: SlideChart | null = null;
  const map = slide.kind === 'map' ? createTileMapSvg({ textScale: 1.2 }) : null;
  if (map) body.append(el('div', { class: 'slide-map' }, map.svg));
  else if (slide.kind !== 'scorecard') {
    const canvas = el('canvas', { role: 'img' });
    body.append(el('div', { class: 'slide-chart' }, canvas));
    chart = createSlideChart(canvas, { responsive: true });
  }
  let texts = { title: '', subtitle: '', source: '', notice: '' };
  let last: unknown[] = [];
  const refit = new ResizeObserver(() => fitTable(body, body.querySelector('table')));
  refit.observe(body);
  return {
    update(s) {
      const inputs = [s.table, s.catalog, s.goalSets, s.districts, slide];
      if (inputs.every((x, i) => x === last[i])) return;
      last = inputs;
      texts.title = slideTitle(s, slide);
      if (map) {
        const m = buildMapModel(s, slideMapPick(slide));
        if (m) map.update(m);
        map.svg.style.visibility = m ? '' : 'hidden';
        texts.source = m ? t.tileMap.source(m.years.join(t.sep.list)) : '';
        texts.subtitle = '';
      } else if (chart && slide.kind !== 'scorecard' && slide.kind !== 'map') {
        const spec = chart.show(slide.kind, selectSlideChartInput(s, slide), fontScale);
        chart.canvas.setAttribute('aria-label', spec.ariaLabel);
        texts.source = spec.sourceLine;
        texts.subtitle = spec.title === texts.title ? '' : spec.title;
      } else {
        const card = scorecardFor(s, slide.goalSource);
        if (card) {
          const table = scorecardTable(card, s.catalog, selectDataTable(s));
          body.replaceChildren(scorecardLegend(), table);
          fitTable(body, table);
          texts.source = t.scorecard.source(card.years.join(t.sep.list));
        } else {
          body.replaceChildren(el('p', {}, t.scorecard.noSet));
          texts.source = '';
        }
      }
      texts.notice = mixedYears(s, slide) ? t.mixedYearsShort : '';
      title.textContent = texts.title;
      subtitle.textContent = texts.subtitle;
      subtitle.hidden = !texts.subtitle;
      source.textContent = texts.source;
      notice.textContent = texts.notice;
      notice.hidden = !texts.notice;
    },
    title: () => texts.title,
    subtitle: () => texts.subtitle,
    sourceLine: () => texts.source,
    notice: () => texts.notice,
    chart: () => chart,
    map: () => map?.svg ?? null,
    destroy() {
      refit.disconnect();
      chart?.destroy();
      host.replaceChildren();
      texts = { title: '', subtitle: '', source: '', notice: '' };
    },
  };
}
