// One chart block: heading, canvas, empty-state note, source line and a data-table toggle.
// Data reaches the DOM only through textContent and attributes, never innerHTML.
import { t } from '../i18n';
import type { ChartTable, SpecBase } from './specHelpers';

export interface Block {
  root: HTMLElement;
  wrap: HTMLElement;
  canvas: HTMLCanvasElement;
  render(spec: SpecBase): void;
}

let seq = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = '') {
  const node = document.createElement(tag);
  node.className = cls;
  if (text) node.textContent = text;
  return node;
}

function fillTable(table: HTMLTableElement, title: string, data: ChartTable) {
  const caption = el('caption', 'chart-table-caption', title);
  const head = el('thead', '');
  const hr = el('tr', '');
  for (const h of data.headers) {
    const th = el('th', '', h);
    th.scope = 'col';
    hr.append(th);
  }
  head.append(hr);
  const body = el('tbody', '');
  for (const row of data.rows) {
    const tr = el('tr', '');
    row.forEach((cell, i) => {
      if (i > 0) return void tr.append(el('td', '', cell));
      const th = el('th', '', cell);
      th.scope = 'row';
      tr.append(th);
    });
    body.append(tr);
  }
  table.replaceChildren(caption, head, body);
}

export function createBlock(id: string, heightPx: number): Block {
  const uid = `chart-${id}-${++seq}`;
  const root = el('section', 'chart-block');
  root.dataset.chart = id;
  root.setAttribute('aria-labelledby', `${uid}-title`);
  const heading = el('h3', 'chart-title');
  heading.id = `${uid}-title`;
  const wrap = el('div', 'chart-wrap');
  wrap.style.height = `${heightPx}px`;
  const canvas = el('canvas', 'chart-canvas');
  canvas.setAttribute('role', 'img');
  const empty = el('p', 'chart-empty');
  empty.hidden = true;
  wrap.append(canvas, empty);
  const source = el('p', 'chart-source');
  const toggle = el('button', 'chart-table-toggle', t.chart.showTable);
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', `${uid}-table`);
  const table = el('table', 'chart-table');
  table.id = `${uid}-table`;
  table.hidden = true;
  root.append(heading, wrap, source, toggle, table);

  let last: SpecBase | null = null;
  const showTable = () => {
    if (last && !table.hidden) fillTable(table, last.title, last.table);
  };
  toggle.addEventListener('click', () => {
    table.hidden = !table.hidden;
    toggle.textContent = table.hidden ? t.chart.showTable : t.chart.hideTable;
    toggle.setAttribute('aria-expanded', String(!table.hidden));
    showTable();
  });

  return {
    root,
    wrap,
    canvas,
    render(spec) {
      last = spec;
      heading.textContent = spec.title;
      canvas.setAttribute('aria-label', spec.ariaLabel);
      // Fallback text for browsers/readers that skip aria-label on canvas.
      canvas.textContent = spec.ariaLabel;
      empty.textContent = spec.empty ?? '';
      empty.hidden = spec.empty === null;
      source.textContent = spec.sourceLine;
      toggle.disabled = spec.table.rows.length === 0;
      showTable();
    },
  };
}
