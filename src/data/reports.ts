// Report texts: the five seed reports are bundled (each loaded on demand); reports a planner
// reads in are kept in IndexedDB, or in memory when storage is unavailable. A stored report is
// never overwritten: quotes of rows accepted from it must keep opening their passage.
import reportsCsv from '../../seeds/reports.csv?raw';
import type { Db, ReportRecord } from '../db/db';
import { districtName } from '../i18n';
import { parseCsv } from '../io/csv';
import { numberedName } from '../model/reportNames';

const seeds = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default' });
const memory = new Map<string, ReportRecord>();

export async function reportText(name: string, db: Db | null): Promise<string | null> {
  const seed = seeds[`../../seeds/${name}`];
  if (seed) return seed();
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

/** One row of seeds/reports.csv: a seed report's headline for one district it covers. */
export interface SeedReportInfo {
  file: string;
  district: string;
  title: string;
  year: number;
  subject: string;
}

export function loadReportIndex(text: string = reportsCsv): SeedReportInfo[] {
  return parseCsv(text).records.map((r) => ({
    file: (r.file ?? '').trim(),
    district: (r.district ?? '').trim(),
    title: (r.title ?? '').trim(),
    year: Number(r.year),
    subject: (r.subject ?? '').trim(),
  }));
}

let bundled: SeedReportInfo[] | null = null;

/** The seed report's row for this district (a report may cover two), else its first row. */
export function seedReportInfo(
  file: string,
  district: string,
  index: readonly SeedReportInfo[] = (bundled ??= loadReportIndex()),
): SeedReportInfo | null {
  const mine = index.filter((r) => r.file === file);
  return mine.find((r) => r.district === district) ?? mine[0] ?? null;
}

/** How a report is named on screen: a seed report by its headline, district, year and subject. */
export function reportHeading(name: string, district: string, text: string | null): string {
  const info = seedReportInfo(name, district);
  if (info)
    return `「${info.title}」 ${districtName(info.district)} · ${info.year} · ${info.subject}`;
  const first = text ? reportTitle(text) : '';
  return first ? `「${first}」` : '';
}

/** A planner's own report has no index row: its first non-empty line stands in. */
export function reportTitle(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 80);
}

/** Where the quote sits in the text (quotes are exact spans of their report). */
export function quoteSpan(text: string, quote: string): [number, number] | null {
  if (!quote) return null;
  const i = text.indexOf(quote);
  return i < 0 ? null : [i, i + quote.length];
}
