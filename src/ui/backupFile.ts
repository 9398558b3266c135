// Whole-workbook backup as a JSON download, and restoring one (older versions are migrated).
// Part of the first load (not loaded on demand): 导出备份 must work in a tab left open across
// a deploy, when the server no longer has this version's lazy chunks.
import { downloadBlob } from './download';
import { getLang } from '../i18n';
import { exportFileName } from '../model/csvFormat';
import { backupJson, readBackup } from '../model/backup';
import { say } from '../state/state';
import { confirmDialog } from './dialog';
import type { Services } from './services';
import { t } from './strings';
import { problemText } from '../i18n/problems';
import { applyBackup, gatherBackup } from './workbookBackup';
import { shownText } from '../state/messages';

export async function downloadBackup(sv: Services, now = new Date()): Promise<string> {
  const backup = await gatherBackup(sv, now);
  const name = exportFileName('backup', now, getLang());
  return downloadBlob(name, new Blob([backupJson(backup)], { type: 'application/json' }));
}

export async function restoreBackup(sv: Services, file: File): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return sv.store.update((s) => say(s, 'error', shownText(t.backup.notJson(file.name))));
  }
  const r = readBackup(json, sv.store.getState().catalog);
  if (!r.ok) return sv.store.update((s) => say(s, 'error', shownText(problemText(r.reason))));
  const b = r.value;
  const ok = await confirmDialog(
    t.backup.confirm(file.name, b.observations.length, b.goalSets.length, b.history.length),
  );
  if (ok) await applyBackup(sv, b, { code: 'restoreBackup', file: file.name });
}
