// SVG building and text fitting for the tile map: elements with attributes, writes skipped when
// unchanged, and text sized to fit (one size for a set of labels, squeezed only past the minimum).
const NS = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

// Last value written per element and attribute: unchanged ones are not touched.
const written = new WeakMap<Element, Map<string, string>>();
export function put(node: Element, attr: string, value: string): void {
  let m = written.get(node);
  if (!m) written.set(node, (m = new Map<string, string>()));
  if (m.get(attr) === value) return;
  m.set(attr, value);
  if (attr === '#text') node.textContent = value;
  else node.setAttribute(attr, value);
}

/** Width of a text in em (Chinese is about 1 em a glyph, Latin about 0.56). */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.56;
  return w;
}

/** The largest size up to `size` at which the widest text fits `max`, not below `min`. */
export function sizeFor(texts: readonly string[], size: number, min: number, max: number): number {
  const w = Math.max(0, ...texts.map(emWidth));
  return w === 0 ? size : Math.max(min, Math.min(size, Math.floor((max / w) * 2) / 2));
}

/** Sets a text at a size, squeezed to `max` units only when it is still wider. */
export function fitText(node: SVGTextElement, text: string, size: number, max: number): void {
  put(node, '#text', text);
  put(node, 'font-size', String(size));
  const want = emWidth(text) * size > max ? String(max) : '';
  const m = written.get(node) as Map<string, string>;
  if ((m.get('textLength') ?? '') === want) return;
  m.set('textLength', want);
  if (want) {
    node.setAttribute('textLength', want);
    node.setAttribute('lengthAdjust', 'spacingAndGlyphs');
  } else node.removeAttribute('textLength');
}
