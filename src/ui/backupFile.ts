// Whole-workbook backup as a JSON download, and restoring one (older versions are migrated).
import { downloadBlob } from './download';
import { saveReport } from '../data/reports';
import { getLang } from '../i18n';
import { exportFileName } from '../model/csvFormat';
import { makeBackup, readBackup } from '../model/backup';
import { tableRows } from '../model/table';
import { restoreState } from '../state/historyActions';
import { restoreUi } from '../state/restoreUi';
import { say, setUi } from '../state/state';
import { confirmDialog } from './dialog';
import { historyRecords, takeSnapshot, type Services } from './services';
import { t } from './strings';

export async function downloadBackup(sv: Services, now = new Date()): Promise<string> {
  const s = sv.store.getState();
  const history = await historyRecords(sv, 100_000);
  const backup = makeBackup({
    exportedAt: now.toISOString(),
    appVersion: sv.appVersion,
    observations: tableRows(s.table),
    goalSets: s.goalSets,
    catalog: [...s.catalog.values()],
    ui: s.ui,
    history: history.reverse().map(({ seq: _seq, ...h }) => h),
    reports:
      (await sv
        .db()
        ?.reports()
        .catch(() => undefined)) ?? [],
  });
  const name = exportFileName('backup', now, getLang());
  return downloadBlob(name, new Blob([JSON.stringify(backup)], { type: 'application/json' }));
}

export async function restoreBackup(sv: Services, file: File): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return sv.store.update((s) => say(s, 'error', t.backup.notJson(file.name)));
  }
  const r = readBackup(json);
  if (!r.ok) return sv.store.update((s) => say(s, 'error', r.reason));
  const b = r.value;
  if (
    !(await confirmDialog(
      t.backup.confirm(file.name, b.observations.length, b.goalSets.length, b.history.length),
    ))
  )
    return;
  await takeSnapshot(sv, t.backup.before, true);
  sv.store.update((s) =>
    setUi(
      restoreState(s, b.observations, b.goalSets, b.catalog, t.change.restoreBackup(file.name)),
      restoreUi(b.ui),
    ),
  );
  const db = sv.db();
  if (db && b.history.length) await db.addHistory(b.history).catch(() => undefined);
  for (const r of b.reports ?? []) await saveReport(r, db);
  await sv.persistence()?.flush();
}
