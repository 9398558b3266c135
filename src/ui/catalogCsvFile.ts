// 导出/导入指标目录 CSV: the whole catalog, formulas as text, through the browser's download and
// the real file chooser. An import is refused whole (line and column said) or applied as one
// undo step; the planner's own formulas are replaced only after a yes, built-ins never.
import { catalogCsvText, readCatalogCsv } from '../io/catalogFile';
import { decodeBytes } from '../io/decode';
import type { Problem } from '../model/problems';
import { applyCatalogImport, planCatalogImport } from '../state/catalogImport';
import { shownText } from '../state/messages';
import { say } from '../state/state';
import { problemAtLine, problemText, SAYS_LINE } from '../i18n/problems';
import { messageText } from '../i18n/messages';
import { confirmDialog } from './dialog';
import { downloadBlob } from './download';
import { builtIns } from './formulaDialog';
import type { Services } from './services';
import { t } from './strings';

export function downloadCatalogCsv(sv: Services, now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const name = t.formulas.catalogFile(day);
  const text = catalogCsvText(sv.store.getState().catalog);
  return downloadBlob(name, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

// Words that name the line and column themselves (a quote fault) are not placed again.
export const placed = (p: Problem) =>
  p.line !== undefined && p.column !== undefined && !SAYS_LINE.has(p.code)
    ? t.formulas.atCell(p.line, p.column, problemText(p))
    : problemAtLine(p);

export async function importCatalogCsv(sv: Services, file: File): Promise<void> {
  const f = t.formulas;
  const { store } = sv;
  const fail = (text: string) =>
    store.update((s) => say(s, 'error', shownText(f.importFailed(file.name, text))));
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return fail(placed(decoded.reason));
  const read = readCatalogCsv(decoded.value.text, store.getState().catalog);
  if (!read.ok) return fail(placed(read.reason));
  const plan = planCatalogImport(store.getState().catalog, read.value, builtIns());
  const replace =
    plan.replace.length > 0 &&
    (await confirmDialog(f.replaceConfirm(plan.replace.map((e) => e.indicator).join(t.sep.list))));
  const before = store.getState();
  store.update((s) =>
    applyCatalogImport(s, planCatalogImport(s.catalog, read.value, builtIns()), replace, file.name),
  );
  const after = store.getState();
  if (after.catalog === before.catalog && after.message !== before.message && after.message)
    return fail(messageText(after.message.msg, after.catalog));
  const kept = [...plan.kept, ...(replace ? [] : plan.replace.map((e) => e.indicator))];
  const said =
    after.catalog === before.catalog
      ? f.nothingNew
      : f.imported(plan.add.length, replace ? plan.replace.length : 0);
  const note = kept.length ? t.sep.clause + f.keptNote(kept.join(t.sep.list)) : '';
  store.update((s) => say(s, kept.length ? 'warning' : 'info', shownText(said + note)));
  await sv.persistence()?.flush();
}
