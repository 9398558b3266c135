// The tile map as a PNG: the live SVG serialised into an image and drawn on a canvas, with a
// title and the ranking beside it. System CJK fonts are named in the SVG itself (an SVG drawn as
// an image sees no page CSS and no web fonts).
import { getLang, t } from '../i18n';
import type { MapModel } from './mapModel';
import { mapFont, MAP_HEIGHT, MAP_WIDTH } from './tileMapSvg';
import '../i18n/features/tileMapView';
import { whiteCanvas } from './canvas';

export const PNG_W = 1600;
export const PNG_H = 900;

/** Draws the SVG scaled into the box (aspect kept, centred); resolves once drawn. */
export async function drawSvg(
  ctx: CanvasRenderingContext2D,
  svg: SVGSVGElement,
  x: number,
  y: number,
  w: number,
  h: number,
): Promise<void> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const scale = Math.min(w / MAP_WIDTH, h / MAP_HEIGHT);
  const dw = MAP_WIDTH * scale;
  const dh = MAP_HEIGHT * scale;
  copy.setAttribute('width', String(dw));
  copy.setAttribute('height', String(dh));
  const text = new XMLSerializer().serializeToString(copy);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await img.decode();
  ctx.drawImage(img, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh);
}

/** The map, its title and its ranking on one 1600 × 900 canvas. */
export async function mapCanvas(svg: SVGSVGElement, m: MapModel): Promise<HTMLCanvasElement> {
  const { canvas, ctx } = whiteCanvas(PNG_W, PNG_H);
  ctx.fillStyle = '#111111';
  ctx.font = `bold 36px ${mapFont()}`;
  ctx.fillText(t.tileMap.slideTitle(m.label), 40, 58, PNG_W - 80);
  await drawSvg(ctx, svg, 30, 80, 1060, 760);
  // The ranking, as far as it fits: rank, district, value.
  const x = 1110;
  const rows = m.rows;
  const line = Math.max(16, Math.min(26, 720 / Math.max(1, rows.length)));
  ctx.font = `bold ${Math.min(20, line - 2)}px ${mapFont()}`;
  ctx.fillText(t.tileMapView.col.rank, x, 108);
  ctx.fillText(t.tileMapView.col.district, x + 50, 108);
  ctx.fillText(t.tileMapView.col.value, x + 250, 108);
  ctx.font = `${Math.min(20, line - 3)}px ${mapFont()}`;
  const fit = Math.floor(730 / line);
  rows.slice(0, fit).forEach((r, i) => {
    const y = 108 + line * (i + 1);
    ctx.fillText(r.rank, x, y);
    ctx.fillText(r.name, x + 50, y, 190);
    ctx.fillText(r.value, x + 250, y, 230);
  });
  ctx.fillStyle = '#424242';
  ctx.font = `20px ${mapFont()}`;
  ctx.fillText(t.tileMap.source(m.years.join(t.sep.list)), 40, PNG_H - 24);
  return canvas;
}

export function mapPngName(label: string, date = new Date()): string {
  const safe = label.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${getLang() === 'en' ? 'district-health-map' : '区县卫生指标地图'}_${safe}_${day}.png`;
}

export async function mapPngBlob(svg: SVGSVGElement, m: MapModel): Promise<Blob> {
  const canvas = await mapCanvas(svg, m);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('toBlob');
  return blob;
}
