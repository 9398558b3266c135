// Helpers for specs, kept as plain functions over the Workbook page object (e2e/pages/):
// the typed test API on window plus real keyboard input.
import type { Page } from '@playwright/test';
import type { Observation } from '../src/model/types';
import { Workbook, type ChartId, type View } from './pages/workbook';

export { VIEWS } from '../src/state/views';
export { Workbook };
export type { View };
export type Obs = Observation;

export const workbook = (page: Page) => new Workbook(page);

export const openApp = (page: Page, path = '/') => workbook(page).open(path);

export const showView = (page: Page, view: View) => workbook(page).showView(view);

export const selectCell = (page: Page, view: View, rowKey: string, colKey: string) =>
  workbook(page).selectCell(view, rowKey, colKey);

/** Types into the selected cell like a user: keystrokes, then Enter. */
export const typeIntoCell = (
  page: Page,
  view: View,
  rowKey: string,
  colKey: string,
  text: string,
) => workbook(page).typeIntoCell(view, rowKey, colKey, text);

/** A clipboard paste into the selected cell, as Excel/WPS put it on the clipboard. */
export const pasteIntoCell = (
  page: Page,
  view: View,
  rowKey: string,
  colKey: string,
  text: string,
) => workbook(page).pasteIntoCell(view, rowKey, colKey, text);

export const observations = (page: Page, district: string, indicator: string): Promise<Obs[]> =>
  workbook(page).observations(district, indicator);

export const chart = (page: Page, id: ChartId) => workbook(page).chart(id);

/** Reads the stored value straight from IndexedDB (not through the app). */
export const storedValue = async (
  page: Page,
  district: string,
  id: string,
): Promise<number | null | undefined> => (await workbook(page).storedRow(district, id))?.value;

export const toast = (page: Page) => workbook(page).toast;

/** The value and observation id behind one compare cell (what the grid shows). */
export const compareCell = (page: Page, indicator: string, district: string) =>
  workbook(page).compareCell(indicator, district);

/**
 * The visible text of the grid row whose frozen columns contain every `match` string.
 * Handsontable draws frozen columns in a separate clone table, so both halves are joined.
 */
export const gridRowText = (page: Page, view: View, match: string[]) =>
  workbook(page).gridRowText(view, match);

/** A chart's first-dataset value for one label (charts repaint on the next frame: poll it). */
export const chartValue = (page: Page, id: ChartId, label: string) =>
  workbook(page).chartValue(id, label);
