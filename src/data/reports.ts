// The five bundled seed reports (each loaded on demand) and their index; reports a planner reads
// in are stored by src/db/reports.ts.
import reportRecords from '../../seeds/reports.csv?records';
import { districtName } from '../i18n';

const seeds = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default' });

/** A bundled seed report's text (loaded on demand), or null when `name` is not a seed report. */
export function seedReportText(name: string): Promise<string> | null {
  const seed = seeds[`../../seeds/${name}`];
  return seed ? seed() : null;
}

/** One row of seeds/reports.csv: a seed report's headline for one district it covers. */
export interface SeedReportInfo {
  file: string;
  district: string;
  title: string;
  year: number;
  subject: string;
}

/** The index from reports.csv's header-keyed records (read at build time: vite.config.ts). */
export function reportIndex(records: readonly Record<string, string>[]): SeedReportInfo[] {
  return records.map((r) => ({
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
  index: readonly SeedReportInfo[] = (bundled ??= reportIndex(reportRecords)),
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
