// Stored rows pass the same restore step as every other way in: the load reports a damaged or
// hand-edited row with its place and keeps it aside; another tab's chunk keeps only good rows.
import type { Table } from 'dexie';
import type { Problem } from '../model/problems';
import { restoreObservations } from '../model/restore';
import { tableFrom, type ObsTable } from '../model/table';
import type { Observation } from '../model/types';

export interface Refused {
  problem: Problem;
  row: unknown;
}

const asList = (rows: unknown): unknown[] => (Array.isArray(rows) ? rows : [rows]);

/**
 * The load: every chunk's rows, each refused row with its problem (e.g. 江津区.rows[3].year), and
 * the rows as a table: the restored chunks themselves when each holds only its own district's
 * rows (the app writes them so), which spares regrouping 100,000 rows; else regrouped.
 */
export function restoreChunks(chunks: readonly { district: string; rows?: unknown }[]): {
  observations: Observation[];
  refused: Refused[];
  table: ObsTable;
} {
  const seen = new Set<string>();
  // The rows were read from IndexedDB just now: rows in the stored form are kept, not copied.
  const reads = chunks.map((c) =>
    restoreObservations(c.rows, `${c.district}.rows`, seen, { owned: true }),
  );
  const observations = reads.flatMap((r) => r.rows);
  const own = new Map<string, Observation[]>();
  for (const [i, r] of reads.entries()) {
    const district = chunks[i]?.district ?? '';
    if (r.rows.length === 0) continue;
    if (own.has(district) || r.rows.some((o) => o.district !== district)) {
      own.clear();
      break;
    }
    own.set(district, r.rows);
  }
  return {
    observations,
    refused: reads.flatMap((r) => r.problems.map((problem, i) => ({ problem, row: r.refused[i] }))),
    table:
      own.size > 0 || observations.length === 0
        ? { chunks: own, size: observations.length }
        : tableFrom(observations),
  };
}

/** Another tab's chunk, read after its write: the good rows (the load has reported bad ones). */
export const restoreRows = (rows: unknown): Observation[] =>
  rows === undefined
    ? []
    : restoreObservations(asList(rows), 'rows', undefined, { owned: true }).rows;

/** Adds refused rows to kv 'setAside' (once each), so a later whole-chunk write loses none. */
export async function keepAsideIn(
  kv: Table<{ key: string; value: unknown }, string>,
  refused: readonly Refused[],
): Promise<void> {
  const was = (await kv.get('setAside'))?.value;
  const list: unknown[] = Array.isArray(was) ? was : [];
  const seen = new Set(list.map((x) => JSON.stringify(x)));
  const add = refused.filter((x) => !seen.has(JSON.stringify(x)));
  if (add.length) await kv.put({ key: 'setAside', value: [...list, ...add] });
}
