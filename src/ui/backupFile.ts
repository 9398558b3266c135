// Whole-workbook backup as a JSON download, and restoring one (older versions are migrated).
import { exportFileName } from '../model/csvFormat';
import { makeBackup, readBackup } from '../model/backup';
import { tableRows } from '../model/table';
import { restoreState } from '../state/historyActions';
import { restoreUi } from '../state/restoreUi';
import { say, setUi } from '../state/state';
import { confirmDialog } from './dialog';
import { historyRecords, takeSnapshot, type Services } from './services';

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
  });
  const name = exportFileName('long', now, 'zh')
    .replace('长表', '备份')
    .replace(/\.csv$/, '.json');
  const url = URL.createObjectURL(new Blob([JSON.stringify(backup)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export async function restoreBackup(sv: Services, file: File): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return sv.store.update((s) =>
      say(s, 'error', `“${file.name}”不是有效的 JSON 备份文件，未做任何修改`),
    );
  }
  const r = readBackup(json);
  if (!r.ok) return sv.store.update((s) => say(s, 'error', r.reason));
  const b = r.value;
  if (
    !(await confirmDialog(
      `用备份“${file.name}”（${b.observations.length} 行数据，${b.goalSets.length} 个目标集，${b.history.length} 条历史）替换当前数据？当前数据会先自动保存为快照。`,
    ))
  )
    return;
  await takeSnapshot(sv, '导入备份之前', true);
  sv.store.update((s) =>
    setUi(
      restoreState(s, b.observations, b.goalSets, b.catalog, `导入备份“${file.name}”`),
      restoreUi(b.ui),
    ),
  );
  const db = sv.db();
  if (db && b.history.length) await db.addHistory(b.history);
  await sv.persistence()?.flush();
}
