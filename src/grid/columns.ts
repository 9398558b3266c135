// Column settings and small helpers of the Handsontable wrapper (grid.ts).
import type { SortOrder } from '../model/sortKeys';
import type { CellMeta, EditSource, GridColumn } from './types';

/** More changed cells than this repaint the viewport at once (a year or language switch). */
export const PUSH_MAX = 200;

export const sameMeta = (a: CellMeta | undefined, b: CellMeta | undefined) =>
  a === b ||
  (a?.className === b?.className &&
    a?.title === b?.title &&
    a?.badge === b?.badge &&
    a?.locked === b?.locked);

/** Handsontable renders header text as HTML; names from files must stay text. */
export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function sourceOf(source: string): EditSource {
  if (source.includes('paste')) return 'paste';
  if (source.includes('cut')) return 'cut';
  if (source.includes('Autofill')) return 'fill';
  return 'edit';
}

export type CompareFactory = (
  order: SortOrder,
  meta: { prop?: unknown },
) => (a: unknown, b: unknown) => number;

export function columnSettings(
  columns: readonly GridColumn[],
  renderer: unknown,
  compareFunctionFactory: CompareFactory,
  editor: unknown,
) {
  return columns.map((c) => ({
    data: c.key,
    readOnly: c.readOnly ?? false,
    width: c.width,
    renderer,
    ...(c.source ? {} : { editor }),
    // "≈2000" and "≥95" sort by their number, never as text after every plain number.
    ...(c.numeric || c.sortByNumber ? { columnSorting: { compareFunctionFactory } } : {}),
    className: [
      c.numeric ? 'htRight' : '',
      c.wrap ? 'cell-wrap' : 'htNoWrap',
      c.verbatim ? 'verbatim' : '',
    ]
      .join(' ')
      .trim(),
    ...(c.source
      ? { type: 'dropdown', source: [...c.source], strict: false, allowInvalid: true }
      : {}),
  }));
}
