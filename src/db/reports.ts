// Reports a planner reads in are kept in IndexedDB, or in memory when storage is unavailable;
// the bundled seed reports come from src/data. A stored report is never overwritten: quotes of
// rows accepted from it must keep opening their passage.
import { seedReportText } from '../data/reports';
import { numberedName } from '../model/reportNames';
import type { Db, ReportRecord } from './db';

const memory = new Map<string, ReportRecord>();

export async function reportText(name: string, db: Db | null): Promise<string | null> {
  const seed = seedReportText(name);
  if (seed) return seed;
  const stored = (await db?.getReport(name)) ?? memory.get(name);
  return stored?.text ?? null;
}

/**
 * The name `r` can be stored under: its own when free or already holding the same text, else
 * the first free “name (2)”, “name (3)” …; `reserved` are names about to be taken.
 */
export async function freeReportName(
  r: ReportRecord,
  db: Db | null,
  reserved: ReadonlySet<string> = new Set(),
): Promise<{ name: string; stored: boolean }> {
  for (let n = 1; ; n++) {
    const name = numberedName(r.name, n);
    if (reserved.has(name)) continue;
    const text = await reportText(name, db);
    if (text === null) return { name, stored: false };
    if (text === r.text) return { name, stored: true };
  }
}

/** Stores the report under a free name (see freeReportName) and returns the name used. */
export async function saveReport(r: ReportRecord, db: Db | null): Promise<string> {
  for (;;) {
    const { name, stored } = await freeReportName(r, db);
    if (stored) return name;
    const rec = { ...r, name };
    // Another tab may take the name between the check and the add: then look again.
    if (db && !(await db.addReport(rec))) continue;
    memory.set(name, rec);
    return name;
  }
}

/** Reports read in by planners: stored ones, or this session's without storage. */
export async function readInReports(db: Db | null): Promise<ReportRecord[]> {
  const here = () => [...memory.values()];
  return db ? db.reports().catch(here) : here();
}

/** Remembers reports just stored by `Db.addRestored` (or kept in memory without storage). */
export function rememberReports(reports: readonly ReportRecord[]): void {
  for (const r of reports) memory.set(r.name, r);
}
