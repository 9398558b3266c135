// PNG of a slide or chart: white background, title, units (in the title), the chart or table,
// and the source line, drawn on one canvas.
import { downloadBlob } from '../ui/download';
import { getLang, t } from '../i18n';
import { buildScorecard } from '../model/scorecard';
import type { Slide } from '../model/slides';
import type { AppState } from '../state/state';
import { activeSetFor } from '../views/scorecardView';
import { el } from '../ui/el';
import { mountSlide } from './slideView';

export const PNG_WIDTH = 1600;
export const PNG_HEIGHT = 900;
const FONT = "'Microsoft YaHei','PingFang SC','WenQuanYi Micro Hei',sans-serif";
const BAND_FILL: Record<string, string> = {
  met: '#c8e6c9',
  near: '#fff59d',
  on_track: '#bbdefb',
  behind: '#ffcdd2',
  no_data: '#eeeeee',
};

function wrapText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  lineHeight: number,
): number {
  let line = '';
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > maxWidth && line) {
      ctx.fillText(line, x, y);
      y += lineHeight;
      line = ch;
    } else line += ch;
  }
  if (line) ctx.fillText(line, x, y);
  return y + lineHeight;
}

function drawScorecard(
  ctx: CanvasRenderingContext2D,
  s: AppState,
  slide: Slide,
  top: number,
  height: number,
) {
  const set = activeSetFor(s, slide.goalSource);
  if (!set) return;
  const card = buildScorecard(s.table, s.catalog, s.districts, set);
  const cols = card.columns.length + 1;
  const colW = (PNG_WIDTH - 80) / cols;
  const rowH = Math.min(64, height / (card.rows.length + 1));
  ctx.font = `bold 18px ${FONT}`;
  card.columns.forEach((c, i) =>
    wrapText(ctx, c.indicator, 40 + colW * (i + 1) + 6, top + 22, colW - 12, 20),
  );
  ctx.font = `22px ${FONT}`;
  card.rows.forEach((r, ri) => {
    const y = top + rowH * (ri + 1);
    ctx.fillStyle = '#212121';
    ctx.fillText(r.district, 46, y + rowH / 2 + 8);
    r.cells.forEach((cell, ci) => {
      const x = 40 + colW * (ci + 1);
      ctx.fillStyle = BAND_FILL[cell.band] ?? '#fff';
      ctx.fillRect(x + 2, y + 2, colW - 4, rowH - 4);
      ctx.fillStyle = '#212121';
      ctx.fillText(cell.value === null ? '—' : String(cell.value), x + 10, y + rowH / 2 + 8);
    });
  });
}

/** Draws the slide at 1600×900 and returns the canvas. */
export async function slideCanvas(s: AppState, slide: Slide): Promise<HTMLCanvasElement> {
  // Render off-screen with the same code as the presenter, so the PNG matches what is shown.
  const host = el('div', { class: 'png-stage' });
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${PNG_WIDTH}px;height:${PNG_HEIGHT}px;`;
  document.body.append(host);
  const view = mountSlide(host, slide, 1.6);
  view.update(s);
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const out = document.createElement('canvas');
  out.width = PNG_WIDTH;
  out.height = PNG_HEIGHT;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('canvas unavailable');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PNG_WIDTH, PNG_HEIGHT);
  ctx.fillStyle = '#111111';
  ctx.font = `bold 40px ${FONT}`;
  const afterTitle = wrapText(ctx, view.title(), 40, 64, PNG_WIDTH - 80, 48);
  const chartTop = afterTitle + 4;
  const chartBottom = PNG_HEIGHT - 90;
  const chart = view.chart();
  if (chart) {
    const c = chart.canvas;
    const scale = Math.min((PNG_WIDTH - 80) / c.width, (chartBottom - chartTop) / c.height);
    ctx.drawImage(c, 40, chartTop, c.width * scale, c.height * scale);
  } else drawScorecard(ctx, s, slide, chartTop, chartBottom - chartTop);
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

export async function downloadSlidePng(s: AppState, slide: Slide, title: string): Promise<string> {
  const canvas = await slideCanvas(s, slide);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error(t.deck.png);
  const name = pngName(title);
  return downloadBlob(name, blob);
}
