// Replicated documents into the workbook (issue 17): another replica's documents arrive like
// another tab's write (in history with their origin, never in this tab's undo), and a planner's
// choice between kept versions is an ordinary, undoable change that settles them everywhere.
import { sameObservation } from '../model/merge';
import type { RemoteDoc } from '../model/restore/syncDoc';
import {
  contentWhenAbsent,
  docKeyOf,
  obsDocId,
  type SeedCells,
  type SyncContent,
} from '../model/syncDocs';
import { findObservation, type RowChange } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import { applyRemotePatch, commit, type AppState, type Patch } from './state';
import type { SyncInfo } from './syncInfo';

export function setSyncInfo(s: AppState, patch: Partial<SyncInfo>): AppState {
  const sync = { ...s.sync, ...patch };
  return Object.keys(patch).every((k) => patch[k as keyof SyncInfo] === s.sync[k as keyof SyncInfo])
    ? s
    : { ...s, sync };
}

/** What a list of documents changes in the workbook, as one patch (no label yet). */
export function patchOfDocs(
  s: AppState,
  docs: readonly { id: string; content: SyncContent | null }[],
  seed: SeedCells,
  seedCatalog: Catalog,
): Omit<Patch, 'label'> {
  const after = new Map<string, Observation | null>();
  let goalSets = s.goalSets;
  let catalog = s.catalog;
  let deck = s.deck;
  let peerGroups = s.peerGroups;
  for (const d of docs) {
    const key = docKeyOf(d.id);
    if (!key) continue;
    const content = d.content ?? contentWhenAbsent(d.id, seed);
    if (key.type === 'cell') {
      for (const o of s.table.chunks.get(key.cell.district) ?? [])
        if (!after.has(o.id) && obsDocId(o) === d.id) after.set(o.id, null);
      if (content?.type === 'cell') for (const o of content.rows) after.set(o.id, o);
    } else if (key.type === 'goalSet') {
      const rest = goalSets.filter((g) => g.id !== key.key);
      if (content?.type === 'goalSet' && !content.removed)
        rest.splice(Math.min(content.order, rest.length), 0, content.set);
      goalSets = rest;
    } else if (key.type === 'catalog') {
      // Built-in entries are the app's own: a document never replaces or removes one.
      if (seedCatalog.has(key.key)) continue;
      const next = new Map(catalog);
      if (content?.type === 'catalog') next.set(key.key, content.entry);
      else next.delete(key.key);
      catalog = next;
    } else if (key.type === 'peerGroup') {
      const at = peerGroups.findIndex((g) => g.id === key.key);
      const rest = peerGroups.filter((g) => g.id !== key.key);
      if (content?.type === 'peerGroup') rest.splice(at < 0 ? rest.length : at, 0, content.group);
      peerGroups = rest;
    } else if (key.type === 'deck') {
      deck = content?.type === 'deck' ? content.slides : [];
    }
  }
  const rows: RowChange[] = [];
  for (const [id, row] of after) {
    const before = findObservation(s.table, id) ?? null;
    if (!sameObservation(before, row)) rows.push({ before, after: row });
  }
  const newDistricts = [
    ...new Set(rows.flatMap((r) => (r.after ? [r.after.district] : []))),
  ].filter((d) => !s.districts.includes(d));
  const same = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
  return {
    rows,
    goalSets: same(goalSets, s.goalSets) ? undefined : { before: s.goalSets, after: goalSets },
    catalog:
      catalog === s.catalog || same([...catalog], [...s.catalog])
        ? undefined
        : { before: s.catalog, after: catalog },
    deck: same(deck, s.deck) ? undefined : { before: s.deck, after: deck },
    peerGroups: same(peerGroups, s.peerGroups)
      ? undefined
      : { before: s.peerGroups, after: peerGroups },
    districts: newDistricts.length
      ? { before: s.districts, after: [...s.districts, ...newDistricts] }
      : undefined,
  };
}

/**
 * Another replica's documents (already through `restoreSyncDoc`), applied like another tab's
 * write: in history as `sync` with who wrote them, not in this tab's undo. The same state when
 * they change nothing here.
 */
export function applySyncDocs(
  s: AppState,
  docs: readonly RemoteDoc[],
  seed: SeedCells,
  seedCatalog: Catalog,
): AppState {
  const patch = patchOfDocs(s, docs, seed, seedCatalog);
  const by = [...new Set(docs.map((d) => d.by).filter(Boolean))].join('、');
  return applyRemotePatch(s, {
    ...patch,
    label: { code: 'syncReceived', by, count: docs.length },
    source: 'sync',
  });
}

/**
 * The planner chose one kept version of a document: the workbook takes its content (one undo
 * step), and `resolved` tells the sync layer to settle the other versions on every replica.
 */
export function chooseSyncVersion(
  s: AppState,
  docId: string,
  rev: string,
  seed: SeedCells,
  seedCatalog: Catalog,
): AppState {
  const v = s.sync.conflicts.get(docId)?.versions.find((x) => x.rev === rev);
  if (!v) return s;
  const patch = patchOfDocs(s, [{ id: docId, content: v.content }], seed, seedCatalog);
  return commit(s, {
    ...patch,
    label: { code: 'chooseSyncVersion', by: v.by },
    source: 'edit',
    resolved: [docId],
  });
}
