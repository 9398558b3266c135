// Export: long, wide (as 对比 shows it) and goals, as UTF-8-with-BOM CSV downloads.
import { downloadBlob } from './download';
import { exportFileName, goalRowsCsv, longRows, wideRows, type Lang } from '../model/csvFormat';
import { getLang } from '../i18n';
import { toCsv } from '../io/csv';
import type { AppState } from '../state/state';
import { selectCompare, selectGoalRows } from '../state/selectors';

/** The one list of exports: the 导出 CSV menu is built from it. */
export const EXPORT_KINDS = ['long', 'wide', 'goals'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const isExportKind = (k: unknown): k is ExportKind =>
  (EXPORT_KINDS as readonly unknown[]).includes(k);

export function exportText(s: AppState, kind: ExportKind, lang: Lang = 'zh'): string {
  if (kind === 'long') return toCsv(longRows(s.table, lang));
  if (kind === 'wide') return toCsv(wideRows(selectCompare(s), lang, s.ui.kind));
  return toCsv(goalRowsCsv(selectGoalRows(s).rows, lang));
}

export function downloadCsv(s: AppState, kind: ExportKind, now = new Date()): string {
  const lang = getLang();
  const name = exportFileName(kind, now, lang);
  const blob = new Blob([exportText(s, kind, lang)], { type: 'text/csv;charset=utf-8' });
  return downloadBlob(name, blob);
}
