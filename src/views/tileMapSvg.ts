// The tile map as SVG, built once and then updated in place: an update sets only the attributes
// and texts that changed (38 tiles, so an edit costs a few DOM writes). Styling is in attributes,
// not CSS, so the same SVG serialised into an image (PNG export) looks the same.
import { getLang, t } from '../i18n';
import { PEER_GROUPS } from '../model/peerGroups';
import { outlineSides, TILE_COLS, TILE_LAYOUT, TILE_ROWS } from '../model/tileLayout';
import type { LegendItem, MapModel, TileView } from './mapModel';
import { emWidth, fitText, put, sizeFor, svgEl } from './svgText';
import '../i18n/features/tileMapView';

export const MAP_FONT = "'Microsoft YaHei','PingFang SC','WenQuanYi Micro Hei',sans-serif";
// English first in a Latin font: a CJK font draws ’ and other Latin punctuation full width.
const LATIN_FONT = `'Segoe UI',Arial,'Liberation Sans','DejaVu Sans',${MAP_FONT}`;
/** The map's fonts in the interface language (also for the PNG's canvas text). */
export const mapFont = (): string => (getLang() === 'en' ? LATIN_FONT : MAP_FONT);
const S = 100;
const GAP = 3;
export const MAP_WIDTH = TILE_COLS * S;
export const MAP_HEIGHT = TILE_ROWS * S;

let nextId = 1;

interface TileNodes {
  g: SVGGElement;
  rect: SVGRectElement;
  hatch: SVGRectElement;
  name: SVGTextElement;
  value: SVGTextElement;
  rank: SVGTextElement;
  title: SVGTitleElement;
}

export interface TileMapSvg {
  svg: SVGSVGElement;
  update(m: MapModel): void;
}

export interface TileMapOptions {
  /** Makes tiles buttons: a click or Enter/Space on a tile with workbook data selects it. */
  onSelect?: (district: string) => void;
  /** Text sizes times this (a slide's map is drawn smaller on a 1366 × 768 projector). */
  textScale?: number;
}

export function createTileMapSvg(opts: TileMapOptions = {}): TileMapSvg {
  const id = `tm-hatch-${nextId++}`;
  const hatch = svgEl(
    'pattern',
    { id, width: 10, height: 10, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svgEl('line', { x1: 0, y1: 0, x2: 0, y2: 10, stroke: '#9e9e9e', 'stroke-width': 3 }),
  );
  const svg = svgEl('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`,
    class: 'tile-map',
    role: 'group',
    'font-family': MAP_FONT,
  });
  svg.append(
    svgEl('defs', {}, hatch),
    svgEl('rect', { width: MAP_WIDTH, height: MAP_HEIGHT, fill: '#ffffff' }),
  );
  const interactive = !!opts.onSelect;
  const f = opts.textScale ?? 1;
  const sz = (n: number) => Math.round(n * f * 2) / 2;
  const nodes = new Map<string, TileNodes>();
  const tilesG = svgEl('g', {});
  for (const x of TILE_LAYOUT) {
    const px = x.col * S;
    const py = x.row * S;
    const rect = svgEl('rect', {
      x: px + GAP,
      y: py + GAP,
      width: S - 2 * GAP,
      height: S - 2 * GAP,
      rx: 4,
    });
    const hatchRect = svgEl('rect', {
      x: px + GAP,
      y: py + GAP,
      width: S - 2 * GAP,
      height: S - 2 * GAP,
      rx: 4,
      fill: `url(#${id})`,
    });
    const text = (dy: number, size: number, weight = 'normal') =>
      svgEl('text', {
        x: px + S / 2,
        y: py + dy,
        'font-size': size,
        'font-weight': weight,
        'text-anchor': 'middle',
      });
    const name = text(33, sz(22), 'bold');
    const value = text(62, sz(20));
    const rank = text(88, sz(18));
    const title = svgEl('title');
    const g = svgEl(
      'g',
      { 'data-code': x.code, class: 'tile' },
      title,
      rect,
      hatchRect,
      name,
      value,
      rank,
    );
    if (interactive) {
      // One Tab stop for the map (roving tabindex): the arrow keys move between tiles.
      g.setAttribute('tabindex', nodes.size === 0 ? '0' : '-1');
      g.setAttribute('role', 'button');
    }
    nodes.set(x.code, { g, rect, hatch: hatchRect, name, value, rank, title });
    tilesG.append(g);
  }
  svg.append(tilesG);

  // The three groups of 一区两群: thick lines along their borders.
  const outline = svgEl('g', { 'pointer-events': 'none', 'aria-hidden': 'true' });
  for (const group of PEER_GROUPS) {
    const d = outlineSides(new Set(group.members))
      .map(({ col, row, side }) => {
        const x = col * S;
        const y = row * S;
        if (side === 'n') return `M${x} ${y}h${S}`;
        if (side === 's') return `M${x} ${y + S}h${S}`;
        if (side === 'w') return `M${x} ${y}v${S}`;
        return `M${x + S} ${y}v${S}`;
      })
      .join('');
    outline.append(
      svgEl('path', {
        d,
        fill: 'none',
        stroke: '#263238',
        'stroke-width': 4,
        'stroke-linecap': 'square',
      }),
    );
  }
  svg.append(outline);
  const selected = svgEl('rect', {
    width: S - 2,
    height: S - 2,
    fill: 'none',
    stroke: '#ff6d00',
    'stroke-width': 7,
    rx: 6,
    'pointer-events': 'none',
    visibility: 'hidden',
    class: 'tile-selected',
  });
  svg.append(selected);

  // Legend in the empty north-west corner (6 × 2 cells); the group note in the south-west one.
  const legendG = svgEl('g', { class: 'map-legend' });
  const legendTitle = svgEl('text', { x: 8, y: sz(26), 'font-weight': 'bold' });
  const noteLines = [50, 72].map((y) => svgEl('text', { x: 8, y: sz(y), fill: '#424242' }));
  const itemsG = svgEl('g', {});
  legendG.append(legendTitle, ...noteLines, itemsG);
  svg.append(legendG);
  const groupsNote = svgEl('text', { x: 58, y: 7 * S + 56, fill: '#263238' });
  svg.append(
    svgEl('path', { d: `M8 ${7 * S + 50}h40`, stroke: '#263238', 'stroke-width': 4 }),
    groupsNote,
  );
  let legendKey = '';
  const COL = 290;

  function drawLegend(items: LegendItem[]) {
    const key = JSON.stringify(items);
    if (key === legendKey) return;
    legendKey = key;
    const texts = items.map((it) => t.paren(it.label, t.tileMapView.count(it.count)));
    const box = sz(26);
    const size = sizeFor(texts, sz(19), sz(18), COL - box - 16);
    itemsG.replaceChildren(
      ...items.map((it, i) => {
        const x = 8 + (i % 2) * COL;
        // Three rows at most (six items) within the empty corner, above the tiles at y = 200.
        const y = sz(80) + Math.floor(i / 2) * Math.min(sz(36), 38);
        const label = svgEl('text', { x: x + box + 8, y: y + box * 0.76 });
        fitText(label, texts[i] as string, size, COL - box - 16);
        return svgEl(
          'g',
          { 'data-legend': i },
          svgEl('rect', {
            x,
            y,
            width: box,
            height: box,
            fill: it.fill,
            stroke: '#757575',
            'stroke-width': 1,
          }),
          ...(it.hatch
            ? [svgEl('rect', { x, y, width: box, height: box, fill: `url(#${id})` })]
            : []),
          label,
        );
      }),
    );
  }

  /** The legend's note on up to two lines, broken between its clauses. */
  function drawNote(note: string) {
    const parts = note ? note.split(t.sep.clause) : [];
    const max = 2 * COL - 10;
    let first = parts.join(t.sep.clause);
    let second = '';
    for (let k = parts.length - 1; k > 0 && emWidth(first) * sz(18) > max; k--) {
      first = parts.slice(0, k).join(t.sep.clause);
      second = parts.slice(k).join(t.sep.clause);
    }
    fitText(noteLines[0] as SVGTextElement, first, sz(18), max);
    fitText(noteLines[1] as SVGTextElement, second, sz(18), max);
  }

  function paintTile(n: TileNodes, v: TileView, sizes: { name: number; value: number }) {
    put(n.rect, 'fill', v.fill);
    put(n.hatch, 'visibility', v.hatch ? 'visible' : 'hidden');
    for (const node of [n.name, n.value, n.rank]) put(node, 'fill', v.ink);
    fitText(n.name, v.short, sizes.name, S - 6);
    fitText(n.value, v.value, sizes.value, S - 8);
    fitText(n.rank, v.rank, sz(18), S - 8);
    put(n.title, '#text', v.title);
    if (interactive) put(n.g, 'aria-label', v.title);
    put(n.g, 'data-district', v.district);
    put(n.g, 'data-select', v.name);
    put(n.g, 'data-fill', v.hatch ? 'none' : v.fill);
  }

  if (interactive) {
    const onSelect = opts.onSelect as (d: string) => void;
    const tileOf = (e: Event) => (e.target as Element).closest<SVGGElement>('g.tile');
    svg.addEventListener('click', (e) => {
      const d = tileOf(e)?.getAttribute('data-select');
      if (d) onSelect(d);
    });
    // The focused tile is the map's Tab stop.
    svg.addEventListener('focusin', (e) => {
      const g = tileOf(e);
      if (!g) return;
      for (const n of nodes.values()) n.g.setAttribute('tabindex', n.g === g ? '0' : '-1');
    });
    svg.addEventListener('keydown', (e) => {
      const g = tileOf(e);
      if (!g) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        const d = g.getAttribute('data-select');
        if (d) onSelect(d);
        return;
      }
      const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[
        e.key
      ];
      if (!step) return;
      e.preventDefault();
      const here = TILE_LAYOUT.find((x) => x.code === g.getAttribute('data-code'));
      if (!here) return;
      const [dc, dr] = step as [number, number];
      // The nearest tile in that direction, straight ahead first.
      let best: { code: string; cost: number } | null = null;
      for (const x of TILE_LAYOUT) {
        const along = (x.col - here.col) * dc + (x.row - here.row) * dr;
        if (along <= 0) continue;
        const across = Math.abs((x.col - here.col) * dr) + Math.abs((x.row - here.row) * dc);
        const cost = along + 2 * across;
        if (!best || cost < best.cost) best = { code: x.code, cost };
      }
      if (best) nodes.get(best.code)?.g.focus();
    });
  }

  return {
    svg,
    update(m) {
      put(svg, 'aria-label', t.tileMapView.mapLabel(m.label));
      put(svg, 'font-family', mapFont());
      put(svg, 'lang', getLang() === 'en' ? 'en' : 'zh-CN');
      // One size per map for the names (the longest fits), and one for the values.
      const sizes = {
        name: sizeFor(
          m.tiles.map((v) => v.short),
          sz(22),
          sz(18),
          S - 6,
        ),
        value: sizeFor(
          m.tiles.map((v) => v.value),
          sz(20),
          sz(18),
          S - 8,
        ),
      };
      let sel: TileView | null = null;
      for (const v of m.tiles) {
        const n = nodes.get(v.code);
        if (n) paintTile(n, v, sizes);
        if (v.selected) sel = v;
      }
      put(selected, 'visibility', sel ? 'visible' : 'hidden');
      if (sel) {
        put(selected, 'x', String(sel.col * S + 1));
        put(selected, 'y', String(sel.row * S + 1));
      }
      fitText(legendTitle, m.legendTitle, sz(20), 2 * COL - 10);
      drawNote(m.legendNote);
      drawLegend(m.legend);
      fitText(groupsNote, t.tileMapView.groups, sz(18), 560);
    },
  };
}
