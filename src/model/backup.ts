// Whole-workbook backup: one JSON file with data, goal sets, catalog, history and settings.
// Every load passes through `readBackup`, which migrates older versions and checks each row.
import { t } from '../i18n';
import type { GoalSet } from './goalSets';
import { recordToObservation } from './observations';
import { OBSERVATION_COLUMNS, type CatalogEntry, type Observation, type Result } from './types';

export const BACKUP_FORMAT = 'district-health-backup';
export const BACKUP_VERSION = 2;

export interface HistoryEntry {
  t: number;
  source: string;
  label: string;
  rows: { before: Observation | null; after: Observation | null }[];
  goalSets?: { before: GoalSet[]; after: GoalSet[] };
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
  history: HistoryEntry[];
  /** Texts of reports read in by planners (the seed reports are bundled). */
  reports?: { name: string; text: string; added: number }[];
}

export function makeBackup(parts: Omit<Backup, 'format' | 'version'>): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...parts };
}

type Json = Record<string, unknown>;

/**
 * Version 1 (the first release) had no catalog or history, stored kind as 实际/目标 and had
 * no note field. Version 2 adds them.
 */
function migrateV1(b: Json): Json {
  const kinds: Record<string, string> = { 实际: 'actual', 目标: 'target' };
  const observations = (Array.isArray(b.observations) ? b.observations : []).map((o: Json) => ({
    ...o,
    kind: Object.hasOwn(kinds, String(o.kind)) ? kinds[String(o.kind)] : o.kind,
    note: o.note ?? '',
  }));
  return { ...b, version: 2, observations, catalog: [], history: [] };
}

/** Scalars to text; objects (which a valid backup never has here) become '' rather than "[object Object]". */
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

export function readBackup(raw: unknown): Result<Backup> {
  let b = raw as Json | null;
  if (!b || typeof b !== 'object' || b.format !== BACKUP_FORMAT)
    return { ok: false, reason: t.backup.notBackup };
  if (b.version === 1) b = migrateV1(b);
  if (b.version !== BACKUP_VERSION) return { ok: false, reason: t.backup.newer(str(b.version)) };
  const list = Array.isArray(b.observations) ? (b.observations as Json[]) : null;
  if (!list) return { ok: false, reason: t.backup.noTable };
  const observations: Observation[] = [];
  const problems: string[] = [];
  list.forEach((o, i) => {
    const r = recordToObservation(
      Object.fromEntries([...OBSERVATION_COLUMNS, 'note'].map((k) => [k, str(o[k])])),
      str(o.id) || `b${i + 1}`,
    );
    if (r.ok) {
      const obs: Observation = { ...r.value, quote: str(o.quote) };
      const orig = o.original as { value?: unknown; qualifier?: unknown } | undefined;
      if (orig && (typeof orig.value === 'number' || orig.value === null)) {
        obs.original = {
          value: orig.value,
          qualifier: orig.qualifier === '≥' || orig.qualifier === '≈' ? orig.qualifier : '',
        };
      }
      if (o.preferred === true) obs.preferred = true;
      observations.push(obs);
    } else problems.push(t.backup.entry(i + 1, r.reason));
  });
  // Refuse rather than drop: a backup that cannot be read whole is not restored at all.
  if (problems.length)
    return {
      ok: false,
      reason: t.backup.unreadable(problems.length, problems.slice(0, 3).join(t.sep.clause)),
    };
  const ids = new Set<string>();
  for (const o of observations) {
    if (ids.has(o.id)) return { ok: false, reason: t.backup.duplicateId(o.id) };
    ids.add(o.id);
  }
  return {
    ok: true,
    value: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: str(b.exportedAt),
      appVersion: str(b.appVersion),
      observations,
      goalSets: Array.isArray(b.goalSets) ? (b.goalSets as GoalSet[]) : [],
      catalog: Array.isArray(b.catalog) ? (b.catalog as CatalogEntry[]) : [],
      ui: b.ui ?? null,
      history: Array.isArray(b.history) ? (b.history as HistoryEntry[]) : [],
      reports: Array.isArray(b.reports)
        ? (b.reports as Json[])
            .filter((r) => typeof r.name === 'string' && typeof r.text === 'string')
            .map((r) => ({ name: str(r.name), text: str(r.text), added: Number(r.added) || 0 }))
        : [],
    },
  };
}
