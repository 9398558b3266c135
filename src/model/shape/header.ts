// What a header row says on its own: its language, the fields it carries, whether it is a goals
// export, and columns that mean the same thing twice.
import { fieldOf, GOAL_HEADERS, LONG_FIELDS, type LongField } from '../csvFormat';
import type { ImportPlan } from '../importPlan';
import type { Problem } from '../problems';
import { OBSERVATION_COLUMNS } from '../types';
import { yearOfHeader } from './years';

/** Fields every plan row sets, whatever the file's columns: all but where it was quoted from. */
const ALWAYS: readonly LongField[] = OBSERVATION_COLUMNS.filter(
  (f) => f !== 'source' && f !== 'quote',
);
/** Columns only the goals export has (computed, so they cannot come back in). */
const GOAL_ONLY = new Set(
  [...GOAL_HEADERS.zh, ...GOAL_HEADERS.en].filter((h) => fieldOf(h) === undefined),
);

export function headerLang(header: readonly string[]): ImportPlan['headerLang'] {
  const zh = header.some((h) => /[\u4e00-\u9fff]/.test(h) && fieldOf(h));
  const en = header.some((h) => /^[a-z ]+$/i.test(h.trim()) && fieldOf(h));
  return zh && en ? 'mixed' : en ? 'en' : 'zh';
}

/** The fields the file has: a merge leaves the others (a note, a source) as they are. */
export function planFields(header: readonly string[]): LongField[] {
  const present = new Set<LongField>(ALWAYS);
  for (const h of header) {
    const f = fieldOf(h);
    if (f && f !== 'category') present.add(f);
  }
  return LONG_FIELDS.filter((f) => present.has(f));
}

/** A goals-table export: its computed columns cannot come back in. */
export const isGoalsTable = (header: readonly string[]): boolean =>
  header.filter((h) => GOAL_ONLY.has(h)).length >= 3;

/**
 * Two columns meaning the same thing (or the same year of the same group): which would win is
 * a guess. `groups` are the columns' indicator groups under a two-row header, when it has several.
 */
export function duplicateColumns(
  header: readonly string[],
  groups?: readonly string[],
): Problem | null {
  const at = new Map<string, number[]>();
  header.forEach((h, c) => {
    if (h === '') return;
    const year = yearOfHeader(h);
    const name = fieldOf(h) ?? (year === null ? `=${h}` : `#${groups?.[c] ?? ''}|${year}`);
    at.set(name, [...(at.get(name) ?? []), c + 1]);
  });
  const dup = [...at].filter(([, cols]) => cols.length > 1);
  if (dup.length === 0) return null;
  return {
    code: 'duplicateColumns',
    columns: dup.map(([, cols]) => ({ headers: cols.map((c) => header[c - 1] ?? ''), at: cols })),
  };
}
