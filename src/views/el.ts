// Tiny DOM helper: text is always set with textContent, never parsed as HTML.
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const o = el('option', { value }, label);
  o.selected = selected;
  return o;
}
