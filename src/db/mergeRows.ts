// Writing changed rows into their district chunks, merged with what other tabs stored since.
import type { Table } from 'dexie';
import { mergeObservation, newlyChosen, settleChoices } from '../model/merge';
import type { Observation } from '../model/types';
import type { ChunkRecord, Replaced, Write } from './db';

/** Read-modify-write of the touched chunks, so rows other tabs wrote in between survive. */
export async function mergeRows(
  chunks: Table<ChunkRecord, string>,
  rows: NonNullable<Write['rows']>,
  touched: Set<string>,
  replaced: Replaced['cells'],
) {
  const districts = new Set<string>();
  for (const { row, from } of rows.values()) {
    if (row) districts.add(row.district);
    for (const d of from) districts.add(d);
  }
  const list = [...districts];
  const recs = await chunks.bulkGet(list);
  const maps = new Map(
    list.map((d, i) => [d, new Map((recs[i]?.rows ?? []).map((o) => [o.id, o]))]),
  );
  const chosen: Observation[] = [];
  // No arrays made per row: an import writes 100,000 of them.
  const stored = (d: string | undefined, id: string) => (d && maps.get(d)?.get(id)) || null;
  for (const [id, { row, from, base }] of rows) {
    let merged = row;
    if (base !== undefined) {
      let theirs = stored(row?.district, id) ?? stored(base?.district, id);
      for (let i = 0; theirs === null && i < from.length; i++) theirs = stored(from[i], id);
      const r = mergeObservation(base, row, theirs);
      merged = r.value;
      for (const field of r.conflicts) if (merged) replaced.push({ row: merged, field });
    }
    for (const d of from) maps.get(d)?.delete(id);
    if (row) maps.get(row.district)?.delete(id);
    // Another tab may have moved the row to a district this write had not read.
    if (merged && !maps.has(merged.district)) {
      const rec = await chunks.get(merged.district);
      maps.set(merged.district, new Map((rec?.rows ?? []).map((o) => [o.id, o])));
    }
    if (merged) maps.get(merged.district)?.set(id, merged);
    if (merged && newlyChosen(row, base)) chosen.push(merged);
  }
  for (const c of chosen)
    settleChoices(maps.get(c.district) ?? new Map<string, Observation>(), [c]);
  for (const [district, map] of maps) {
    touched.add(district);
    if (map.size) await chunks.put({ district, rows: [...map.values()] });
    else await chunks.delete(district);
  }
}
