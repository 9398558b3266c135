// Report texts: the five seed reports are bundled (each loaded on demand); reports a planner
// reads in are kept in IndexedDB, or in memory when storage is unavailable.
import type { Db, ReportRecord } from '../db/db';

const seeds = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default' });
const memory = new Map<string, ReportRecord>();

export async function reportText(name: string, db: Db | null): Promise<string | null> {
  const seed = seeds[`../../seeds/${name}`];
  if (seed) return seed();
  const stored = (await db?.getReport(name)) ?? memory.get(name);
  return stored?.text ?? null;
}

/** Keeps the report in memory, and in IndexedDB when it can: the error says why it could not. */
export async function saveReport(r: ReportRecord, db: Db | null): Promise<string | null> {
  memory.set(r.name, r);
  try {
    await db?.saveReport(r);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The report's title: its first non-empty line. */
export function reportTitle(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 80);
}

/** Where the quote sits in the text (quotes are exact spans of their report). */
export function quoteSpan(text: string, quote: string): [number, number] | null {
  if (!quote) return null;
  const i = text.indexOf(quote);
  return i < 0 ? null : [i, i + quote.length];
}
