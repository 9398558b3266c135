// PNG of a slide or chart: white background, title, units (in the title), the chart or table,
// and the source line, drawn on one canvas.
import { downloadBlob } from '../ui/download';
import {
  districtName,
  formatNumber,
  getLang,
  indicatorName,
  STATUS_MARK,
  statusText,
  t,
  withUnitText,
} from '../i18n';
import type { Scorecard } from '../model/scorecard';
import type { Slide } from '../model/slides';
import type { Catalog } from '../model/types';
import { scorecardFor, type DataSlices } from '../state/selectors';
import { el } from '../ui/el';
import { mountSlide } from './slideView';
import { drawSvg } from '../views/mapPng';
import { whiteCanvas } from '../views/canvas';

export const PNG_WIDTH = 1600;
export const PNG_HEIGHT = 900;
const FONT = "'Microsoft YaHei','PingFang SC','WenQuanYi Micro Hei',sans-serif";
// Same strong fills as the screen (app.css .band-*), with the text colour that reads on each.
const BAND_FILL: Record<string, [string, string]> = {
  met: ['#2e7d32', '#ffffff'],
  near: ['#f9a825', '#111111'],
  on_track: ['#1565c0', '#ffffff'],
  behind: ['#c62828', '#ffffff'],
  no_data: ['#e0e0e0', '#212121'],
};
const BANDS = ['met', 'near', 'on_track', 'behind', 'no_data'] as const;

/** Words for Latin text, single characters for Chinese, so lines break where a reader expects. */
const TOKENS = /[\u2e80-\u9fff\uf900-\uffef]|[^\s\u2e80-\u9fff\uf900-\uffef]+|\s+/g;

function wrapText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  lineHeight: number,
  maxLines = Infinity,
): number {
  let line = '';
  let lines = 0;
  const tokens = (text.match(TOKENS) ?? []).flatMap((tok) =>
    // A word wider than the box is broken into characters.
    ctx.measureText(tok).width > maxWidth ? [...tok] : [tok],
  );
  for (const tok of tokens) {
    if (ctx.measureText(line + tok).width > maxWidth && line.trim()) {
      if (++lines >= maxLines) {
        line = `${line.trimEnd()}…`;
        break;
      }
      ctx.fillText(line.trimEnd(), x, y);
      y += lineHeight;
      line = tok.trimStart();
    } else line += tok;
  }
  if (line) ctx.fillText(line, x, y);
  return y + lineHeight;
}

/** Sets the largest font (down to `min` px) at which the text fits the width. */
function fitFont(
  ctx: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  size: number,
  min: number,
  weight = '',
) {
  for (let px = size; px >= min; px--) {
    ctx.font = `${weight}${px}px ${FONT}`;
    if (ctx.measureText(text).width <= maxWidth) return;
  }
}

/** The legend: every status with its symbol, word and fill. Returns the y below it. */
function drawLegend(ctx: CanvasRenderingContext2D, top: number): number {
  ctx.font = `20px ${FONT}`;
  ctx.fillStyle = '#212121';
  ctx.textBaseline = 'middle';
  ctx.fillText(t.scorecard.legend, 40, top + 16);
  let x = 52 + ctx.measureText(t.scorecard.legend).width;
  for (const b of BANDS) {
    const text = statusText(b, t.scorecard.bands[b]);
    const w = ctx.measureText(text).width + 20;
    if (x + w > PNG_WIDTH - 40) break;
    const [fill, ink] = BAND_FILL[b] ?? ['#fff', '#000'];
    ctx.fillStyle = fill;
    ctx.fillRect(x, top, w, 32);
    ctx.fillStyle = ink;
    ctx.fillText(text, x + 10, top + 16);
    x += w + 10;
  }
  ctx.textBaseline = 'alphabetic';
  return top + 44;
}

function drawScorecard(
  ctx: CanvasRenderingContext2D,
  card: Scorecard,
  catalog: Catalog,
  top: number,
  height: number,
) {
  const tableTop = drawLegend(ctx, top);
  const cols = card.columns.length + 1;
  const colW = (PNG_WIDTH - 80) / cols;
  const headH = 140;
  const rowH = Math.min(80, (top + height - tableTop - headH) / Math.max(1, card.rows.length));
  card.columns.forEach((c, i) => {
    const x = 40 + colW * (i + 1) + 6;
    ctx.fillStyle = '#212121';
    ctx.font = `bold 17px ${FONT}`;
    const y = wrapText(
      ctx,
      indicatorName(catalog, c.indicator),
      x,
      tableTop + 20,
      colW - 12,
      20,
      4,
    );
    ctx.fillStyle = '#424242';
    ctx.font = `15px ${FONT}`;
    const rule = t.scorecard.target(
      c.qualifier,
      withUnitText(formatNumber(c.target), c.unit),
      '',
      c.targetYear,
    );
    wrapText(ctx, rule, x, Math.min(y, tableTop + 100), colW - 12, 18, 2);
  });
  card.rows.forEach((r, ri) => {
    const y = tableTop + headH + rowH * ri;
    ctx.fillStyle = '#212121';
    const name = districtName(r.district);
    fitFont(ctx, name, colW - 12, 20, 13);
    wrapText(ctx, name, 46, y + rowH / 2 + 6, colW - 12, 22, 1);
    r.cells.forEach((cell, ci) => {
      const x = 40 + colW * (ci + 1);
      const [fill, ink] = BAND_FILL[cell.band] ?? ['#fff', '#000'];
      ctx.fillStyle = fill;
      ctx.fillRect(x + 2, y + 2, colW - 4, rowH - 4);
      ctx.fillStyle = ink;
      const unit = card.columns[ci]?.unit ?? '';
      const value = cell.value === null ? '—' : withUnitText(formatNumber(cell.value), unit);
      // Two lines when the row has room (long English units), then the year of the value.
      const twoLines = rowH >= 64;
      const text = `${STATUS_MARK[cell.band]} ${value}`;
      fitFont(ctx, text, colW - 16, 19, twoLines ? 16 : 13, 'bold ');
      const next = wrapText(ctx, text, x + 8, y + 26, colW - 16, 20, twoLines ? 2 : 1);
      if (cell.year !== null) {
        ctx.font = `15px ${FONT}`;
        ctx.fillText(String(cell.year), x + 8, Math.min(next - 2, y + rowH - 8));
      }
    });
  });
}

/** Draws the slide at 1600×900 and returns the canvas. */
export async function slideCanvas(s: DataSlices, slide: Slide): Promise<HTMLCanvasElement> {
  // Render off-screen with the same code as the presenter, so the PNG matches what is shown.
  const host = el('div', { class: 'png-stage' });
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${PNG_WIDTH}px;height:${PNG_HEIGHT}px;`;
  document.body.append(host);
  const view = mountSlide(host, slide, 1.6);
  view.update(s);
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const { canvas: out, ctx } = whiteCanvas(PNG_WIDTH, PNG_HEIGHT);
  ctx.fillStyle = '#111111';
  ctx.font = `bold 40px ${FONT}`;
  let afterTitle = wrapText(ctx, view.title(), 40, 64, PNG_WIDTH - 80, 48);
  if (view.subtitle()) {
    ctx.fillStyle = '#333333';
    ctx.font = `26px ${FONT}`;
    afterTitle = wrapText(ctx, view.subtitle(), 40, afterTitle - 8, PNG_WIDTH - 80, 32);
  }
  const chartTop = afterTitle + 4;
  const chartBottom = PNG_HEIGHT - 90;
  const chart = view.chart();
  const map = view.map();
  if (map) await drawSvg(ctx, map, 40, chartTop, PNG_WIDTH - 80, chartBottom - chartTop);
  else if (chart) {
    const c = chart.canvas;
    const scale = Math.min((PNG_WIDTH - 80) / c.width, (chartBottom - chartTop) / c.height);
    ctx.drawImage(c, 40, chartTop, c.width * scale, c.height * scale);
  } else {
    const card = scorecardFor(s, slide.goalSource);
    if (card) drawScorecard(ctx, card, s.catalog, chartTop, chartBottom - chartTop);
  }
  ctx.fillStyle = '#8a5300';
  ctx.font = `22px ${FONT}`;
  if (view.notice()) ctx.fillText(view.notice(), 40, PNG_HEIGHT - 58);
  ctx.fillStyle = '#424242';
  ctx.fillText(view.sourceLine(), 40, PNG_HEIGHT - 24);
  view.destroy();
  host.remove();
  return out;
}

export function pngName(title: string, date = new Date()): string {
  const safe = title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${getLang() === 'en' ? 'district-health' : '区县卫生指标'}_${safe}_${day}.png`;
}

export async function downloadSlidePng(
  s: DataSlices,
  slide: Slide,
  title: string,
): Promise<string> {
  const canvas = await slideCanvas(s, slide);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error(t.deck.png);
  const name = pngName(title);
  return downloadBlob(name, blob);
}
