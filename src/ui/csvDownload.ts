// The CSV export itself (src/ui/exportCsv.ts lists the kinds), loaded on the first 导出 CSV.
import { downloadBlob } from './download';
import type { ExportKind } from './exportCsv';
import { exportFileName, goalRowsCsv, longRows, wideRows, type Lang } from '../model/csvFormat';
import { getLang } from '../i18n';
import { toCsv } from '../io/csv';
import type { AppState } from '../state/state';
import { selectCompare, selectGoalRows } from '../state/selectors';

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
