// The backup's contents gathered from the running app, and a backup applied back whole.
// No DOM here, so the round trip is tested with fake-indexeddb (workbookBackup.test.ts).
import type { ReportRecord } from '../db/db';
import { freeReportName, readInReports, rememberReports } from '../db/reports';
import { makeBackup, type Backup, type SnapshotCopy } from '../model/backup';
import { tableRows } from '../model/table';
import type { Observation } from '../model/types';

type Applied = { ok: true; value: null } | { ok: false; reason: string };
import { sameValue } from '../state/historyActions';
import { restoreWithGroups } from '../state/historyActions';
import { restoreUi } from '../state/restoreUi';
import { labelFromText, labelToText, shownText, type Change } from '../state/messages';
import { say } from '../state/state';
import { messageText } from '../i18n/messages';
import { historyRecords, takeSnapshot, type Services } from './services';
import { t } from './strings';

export async function gatherBackup(sv: Services, now = new Date()): Promise<Backup> {
  const db = sv.db();
  const history = await historyRecords(sv, 1e9);
  const s = sv.store.getState();
  return makeBackup({
    exportedAt: now.toISOString(),
    appVersion: sv.appVersion,
    observations: tableRows(s.table),
    goalSets: s.goalSets,
    catalog: [...s.catalog.values()],
    ui: s.ui,
    deck: s.deck,
    peerGroups: s.peerGroups,
    // The file holds labels as text: a change code is written as its JSON.
    history: history
      .reverse()
      .map(({ seq: _seq, ...h }) => ({ ...h, label: labelToText(h.label) })),
    // When storage fails (closed, deleted, full) the backup is still made from memory.
    reports: await readInReports(db),
    snapshots: ((await db?.manualSnapshots().catch(() => [])) ?? []).map((sn) => ({
      ...sn,
      name: labelToText(sn.name),
    })),
  });
}

/**
 * Reports keep their names unless the name holds another text here; then they get a free name
 * and the rows quoting them (in the data and the snapshots) follow.
 */
async function placeReports(sv: Services, b: Backup) {
  const renamed = new Map<string, string>();
  const added: ReportRecord[] = [];
  const taken = new Set<string>();
  for (const r of b.reports) {
    const { name, stored } = await freeReportName(r, sv.db(), taken);
    taken.add(name);
    if (name !== r.name) renamed.set(r.name, name);
    if (!stored) added.push({ ...r, name });
  }
  const follow = (rows: Observation[]) =>
    renamed.size
      ? rows.map((o) => (renamed.has(o.source) ? { ...o, source: renamed.get(o.source)! } : o))
      : rows;
  const snapshots: SnapshotCopy[] = b.snapshots.map((sn) => ({
    ...sn,
    observations: follow(sn.observations),
  }));
  return { added, observations: follow(b.observations), snapshots };
}

/**
 * Replaces the workbook with the backup: all of it, or nothing with the reason. The state
 * replaced is snapshotted first; the backup's history, reports and snapshots are added.
 */
export async function applyBackup(sv: Services, b: Backup, label: Change): Promise<Applied> {
  const db = sv.db();
  const fail = (reason: string): Applied => {
    sv.store.update((s) => say(s, 'error', shownText(reason)));
    return { ok: false, reason };
  };
  if (db && !(await takeSnapshot(sv, { code: 'beforeBackup' }, true)))
    return fail(t.backup.notRestored);
  let placed: Awaited<ReturnType<typeof placeReports>>;
  const history = b.history.map((h) => ({ ...h, label: labelFromText(h.label) }));
  try {
    placed = await placeReports(sv, b);
    await db?.addRestored({
      history,
      reports: placed.added,
      snapshots: placed.snapshots,
    });
  } catch (e) {
    return fail(t.backup.failed(e instanceof Error ? e.message : String(e)));
  }
  const { added, observations } = placed;
  rememberReports(added);
  if (!db) sv.memoryHistory.push(...history);
  sv.store.update((s) => {
    // An indicator defined here already keeps this app's definition: say which differ.
    const differ = b.catalog.filter((e) => {
      const here = s.catalog.get(e.indicator);
      return here && !sameValue(here, e);
    });
    // The planner's peer groups come back in the same undo step as the data.
    const next = restoreWithGroups(
      s,
      { observations, goalSets: b.goalSets, catalog: b.catalog, peerGroups: b.peerGroups ?? [] },
      label,
    );
    const withUi = { ...next, ui: restoreUi(b.ui), deck: b.deck };
    const notes = [
      ...(differ.length
        ? [t.backup.catalogKept(differ.length, differ.map((e) => e.indicator).join(t.sep.list))]
        : []),
      ...(!db && b.snapshots.length ? [t.backup.noSnapshots(b.snapshots.length)] : []),
    ];
    if (!notes.length) return withUi;
    const said = next.message ? messageText(next.message.msg, next.catalog) : '';
    return say(withUi, 'warning', shownText([said, ...notes].join(t.sep.clause)));
  });
  await sv.persistence()?.flush();
  return { ok: true, value: null };
}
