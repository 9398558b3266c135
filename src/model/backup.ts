// Whole-workbook backup: one JSON file with everything the planner made — data (with chosen
// rows and original values), goal sets, catalog additions, the slide deck, settings, history,
// read-in reports and manual snapshots. Every load passes through `readBackup`, which migrates
// older versions and keeps each value exactly or refuses the file, saying what and where.
import type { GoalSet } from './goalSets';
import {
  catalogEntry,
  duplicate,
  each,
  goalSet,
  storedGoalSet,
  isObject,
  num,
  obj,
  observation,
  Problems,
  slide,
  text,
  type Json,
} from './jsonFields';
import type { Problem } from './problems';
import type { CustomPeerGroup } from './peerGroups';
import { restoreHistoryEntry, restorePeerGroup, type HistoryEntry } from './restore';
import type { Slide } from './slides';
import type { Catalog, CatalogEntry, Observation, Result } from './types';
import { catalogListProblem } from './catalogCheck';

export const BACKUP_FORMAT = 'district-health-backup';
/** 3: deck and manual snapshots; values are JSON numbers, read without re-parsing. */
export const BACKUP_VERSION = 3;

export type { HistoryEntry };

export interface ReportCopy {
  name: string;
  text: string;
  added: number;
}

export interface SnapshotCopy {
  name: string;
  t: number;
  auto: boolean;
  rows: number;
  observations: Observation[];
  goalSets: GoalSet[];
  catalog: CatalogEntry[];
  /** Absent in snapshots taken before peer groups were kept: restoring one leaves them as they are. */
  peerGroups?: CustomPeerGroup[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  appVersion: string;
  observations: Observation[];
  goalSets: GoalSet[];
  catalog: CatalogEntry[];
  ui: unknown;
  deck: Slide[];
  /** The planner's peer groups (absent before they existed: read as none). */
  peerGroups?: CustomPeerGroup[];
  history: HistoryEntry[];
  /** Texts of reports read in by planners (the seed reports are bundled). */
  reports: ReportCopy[];
  /** Snapshots saved by hand (automatic ones are the app's own and stay behind). */
  snapshots: SnapshotCopy[];
}

export function makeBackup(parts: Omit<Backup, 'format' | 'version'>): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...parts };
}

/** The file text. JSON has no -0, so it is written as the literal -0, which JSON.parse reads back. */
export function backupJson(b: Backup): string {
  const mark = `\u0000-0:${Math.random().toString(36).slice(2)}`;
  const s = JSON.stringify(b, (_k, v: unknown) => (Object.is(v, -0) ? mark : v));
  const quoted = JSON.stringify(mark);
  return s.includes(quoted) ? s.split(quoted).join('-0') : s;
}

/** The version as a number: "2" (text) is version 2; anything else not an integer is unknown. */
function versionOf(v: unknown): number | null {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : null;
}

/** A group's reader, its members checked against the districts of the data it comes with. */
const peerGroupIn =
  (districts: readonly string[]) =>
  (p: Problems, raw: unknown, path: string): CustomPeerGroup | undefined => {
    const r = restorePeerGroup(raw, path, districts);
    return r.ok ? r.value : p.add(r.reason);
  };

const districtsIn = (rows: readonly Observation[]): string[] => [
  ...new Set(rows.map((o) => o.district)),
];

const historyEntry = (p: Problems, raw: unknown, path: string): HistoryEntry | undefined => {
  const r = restoreHistoryEntry(raw, path);
  return r.ok ? r.value : p.add(r.reason);
};

function report(p: Problems, raw: unknown, path: string): ReportCopy | undefined {
  const o = obj(p, raw, path);
  if (!o) return undefined;
  const before = p.list.length;
  const r = {
    name: text(p, o, 'name', path, true) ?? '',
    text: typeof o.text === 'string' ? o.text : (p.bad(`${path}.text`, 'text', o.text) ?? ''),
    added: num(p, o, 'added', path) ?? 0,
  };
  return p.list.length === before ? r : undefined;
}

function snapshot(p: Problems, raw: unknown, path: string): SnapshotCopy | undefined {
  const o = obj(p, raw, path);
  if (!o) return undefined;
  const before = p.list.length;
  const observations = each(p, o.observations, `${path}.observations`, observation) ?? [];
  const r = {
    name: text(p, o, 'name', path, true) ?? '',
    t: num(p, o, 't', path) ?? 0,
    auto: o.auto === true,
    rows: num(p, o, 'rows', path) ?? 0,
    observations,
    goalSets: each(p, o.goalSets, `${path}.goalSets`, goalSet) ?? [],
    catalog: each(p, o.catalog, `${path}.catalog`, catalogEntry) ?? [],
    ...groupsOf(p, o.peerGroups, `${path}.peerGroups`, districtsIn(observations)),
  };
  if (typeof o.auto !== 'boolean') p.bad(`${path}.auto`, 'yesNo', o.auto);
  return p.list.length === before ? r : undefined;
}

/** A snapshot's peer groups when it kept them (each through the restore step, ids unique). */
function groupsOf(
  p: Problems,
  raw: unknown,
  path: string,
  districts: readonly string[],
): { peerGroups?: CustomPeerGroup[] } {
  if (raw === undefined) return {};
  const groups = each(p, raw, path, peerGroupIn(districts));
  return groups ? { peerGroups: uniqueIds(p, groups, path) } : {};
}

/** A stored snapshot's data, checked like a backup's before it replaces the workbook. */
export function readSnapshotData(
  raw: unknown,
  known: Catalog = new Map(),
): Result<Pick<SnapshotCopy, 'observations' | 'goalSets' | 'catalog' | 'peerGroups'>> {
  const p = new Problems();
  const o = obj(p, raw, 'snapshot');
  const observations = o ? (each(p, o.observations, 'observations', observation) ?? []) : [];
  const value = o && {
    observations,
    goalSets: each(p, o.goalSets, 'goalSets', goalSet) ?? [],
    catalog: each(p, o.catalog, 'catalog', catalogEntry) ?? [],
    ...groupsOf(p, o.peerGroups, 'peerGroups', districtsIn(observations)),
  };
  const formula = value && catalogListProblem(value.catalog, 'catalog', known);
  if (formula) p.list.push(formula);
  if (!value || p.list.length)
    return { ok: false, reason: { code: 'snapshotUnreadable', first: p.list.slice(0, 3) } };
  return { ok: true, value };
}

/**
 * The goal sets, catalog and deck read from storage at start-up (the rows pass the same restore
 * step in the load itself): each malformed item is left out of the workbook and named in
 * `problems` (the goal views would fail on it), never dropped unsaid. `districts`: the loaded
 * workbook's, which the peer groups' members must be.
 */
export function readStored(raw: {
  goalSets: unknown;
  catalog: unknown;
  deck: unknown;
  peerGroups?: unknown;
  districts?: readonly string[];
}): {
  goalSets: GoalSet[];
  catalog: CatalogEntry[];
  deck: Slide[];
  peerGroups: CustomPeerGroup[];
  problems: Problem[];
} {
  const p = new Problems();
  const items = <T>(
    v: unknown,
    path: string,
    one: (p: Problems, v: unknown, path: string) => T | undefined,
  ): T[] =>
    (Array.isArray(v) ? v : []).flatMap((x, i) => {
      const r = one(p, x, `${path}[${i}]`);
      return r === undefined ? [] : [r];
    });
  return {
    goalSets: items(raw.goalSets, 'goalSets', storedGoalSet),
    catalog: items(raw.catalog, 'catalog', catalogEntry),
    deck: items(raw.deck, 'deck', slide),
    peerGroups: uniqueIds(
      p,
      items(raw.peerGroups, 'peerGroups', (p, x, at) => {
        const r = restorePeerGroup(x, at, raw.districts);
        return r.ok ? r.value : p.add(r.reason);
      }),
    ),
    problems: p.list,
  };
}

/** A repeated id (one would be lost on the next save): the later group is named and left out. */
function uniqueIds(p: Problems, groups: CustomPeerGroup[], path = 'peerGroups'): CustomPeerGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    if (!seen.has(g.id)) return seen.add(g.id);
    p.list.push({ code: 'repeatedId', id: g.id, path });
    return false;
  });
}

/** A list that a version before 3 did not have reads as empty. */
const optional = (v: unknown): unknown => (v === undefined ? [] : v);

/** `known`: the catalog the backup's entries join (their formulas may read its indicators). */
export function readBackup(raw: unknown, known: Catalog = new Map()): Result<Backup> {
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT)
    return { ok: false, reason: { code: 'notBackup' } };
  const version = versionOf(raw.version);
  if (version === null)
    return { ok: false, reason: { code: 'unknownVersion', text: String(raw.version) } };
  if (version > BACKUP_VERSION) return { ok: false, reason: { code: 'newerVersion', version } };
  // Version 1 stored kind as 实际/目标 and had no note: the restore step reads both.
  const b: Json = raw;
  if (!Array.isArray(b.observations)) return { ok: false, reason: { code: 'noTable' } };
  const p = new Problems();
  const observations = each(p, b.observations, 'observations', observation) ?? [];
  const value: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: typeof b.exportedAt === 'string' ? b.exportedAt : '',
    appVersion: typeof b.appVersion === 'string' ? b.appVersion : '',
    observations,
    goalSets: each(p, optional(b.goalSets), 'goalSets', goalSet) ?? [],
    catalog: each(p, optional(b.catalog), 'catalog', catalogEntry) ?? [],
    ui: b.ui ?? null,
    deck: each(p, optional(b.deck), 'deck', slide) ?? [],
    // Members must be districts of the workbook this backup brings (or of the 38).
    peerGroups:
      each(p, optional(b.peerGroups), 'peerGroups', peerGroupIn(districtsIn(observations))) ?? [],
    history: each(p, optional(b.history), 'history', historyEntry) ?? [],
    reports: each(p, optional(b.reports), 'reports', report) ?? [],
    snapshots: each(p, optional(b.snapshots), 'snapshots', snapshot) ?? [],
  };
  // Formulas are checked against the whole catalog they join: names, units, circles.
  const formulas = [
    catalogListProblem(value.catalog, 'catalog', known),
    ...value.snapshots.map((x, i) =>
      catalogListProblem(x.catalog, `snapshots[${i}].catalog`, known),
    ),
  ].filter((x): x is Problem => x !== null);
  p.list.push(...formulas);
  // Refuse rather than drop: a backup that cannot be read whole is not restored at all.
  if (p.list.length)
    return {
      ok: false,
      reason: { code: 'backupUnreadable', count: p.list.length, first: p.list.slice(0, 3) },
    };
  const twice: [string, string | null][] = [
    ['observations', duplicate(value.observations, (o) => o.id)],
    ['goalSets', duplicate(value.goalSets, (g) => g.id)],
    ['catalog', duplicate(value.catalog, (e) => e.indicator)],
    ['deck', duplicate(value.deck, (s) => s.id)],
    ['peerGroups', duplicate(value.peerGroups ?? [], (g) => g.id)],
    ['reports', duplicate(value.reports, (r) => r.name)],
  ];
  for (const [where, id] of twice)
    if (id !== null) return { ok: false, reason: { code: 'duplicateId', list: where, id } };
  return { ok: true, value };
}
