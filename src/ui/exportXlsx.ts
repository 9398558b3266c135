// Export as .xlsx: the same three tables as the CSV export, each with a sources sheet.
// exceljs is fetched only here, when a planner asks for a workbook, and runs in a worker.
import { downloadBlob } from './download';
import type { ExportKind } from './exportCsv';
import { codeMissing } from './lazy';
import type { Services } from './services';
import { t } from './strings';
import { exportFileName, type Lang } from '../model/csvFormat';
import { goalsSheet, longSheet, wideSheet, type SheetExport } from '../model/sheetExport';
import { getLang } from '../i18n';
import { writeWorkbookInWorker } from '../io/sheets/writeInWorker';
import type { WorkbookSheet } from '../io/sheets/writeWorkbook';
import { shownText } from '../state/messages';
import { say, type AppState } from '../state/state';
import { selectCompare, selectDataTable, selectGoalRows } from '../state/selectors';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sheetExport(s: AppState, kind: ExportKind, lang: Lang): SheetExport {
  if (kind === 'long') return longSheet(s.table, lang);
  if (kind === 'wide') return wideSheet(selectCompare(s), selectDataTable(s), lang, s.ui.kind);
  return goalsSheet(selectGoalRows(s).rows, selectDataTable(s), lang);
}

/** The table's sheet and its sources sheet, named in the interface language. */
export function xlsxSheets(s: AppState, kind: ExportKind, lang: Lang): WorkbookSheet[] {
  const { table, sources } = sheetExport(s, kind, lang);
  return [
    { name: t.xlsxSheet[kind], ...table },
    { name: t.xlsxSheet.sources, ...sources },
  ];
}

type Sv = Pick<Services, 'store' | 'persistence' | 'db' | 'askReload'>;

/** Writes and downloads the workbook; says what happened (or why not) in the status line. */
export async function downloadXlsx(sv: Sv, kind: ExportKind, now = new Date()): Promise<void> {
  const lang = getLang();
  // The table as it is when asked, not after the library has loaded.
  const sheets = xlsxSheets(sv.store.getState(), kind, lang);
  // A city's 100,000 rows take a while to write: say so (the page stays usable meanwhile).
  sv.store.update((s) => say(s, 'info', shownText(t.xlsxWriting)));
  const r = await writeWorkbookInWorker(sheets);
  if (!r.ok && 'missing' in r) return codeMissing(sv, 'exceljs', r.missing);
  if (!r.ok) return sv.store.update((s) => say(s, 'error', shownText(t.xlsxFailed(r.error))));
  const name = downloadBlob(
    exportFileName(kind, now, lang, 'xlsx'),
    new Blob([r.bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }),
  );
  sv.store.update((s) => say(s, 'info', shownText(t.exported(name))));
}
