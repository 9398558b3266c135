// What a document id means for this workbook now: the canonical text its content has (or would
// have once gone), so the engine writes only documents whose text changed, and applies only
// documents whose text differs from the workbook's (no echo).
import {
  contentJson,
  contentWhenAbsent,
  type Projection,
  type SeedCells,
  type SyncContent,
} from '../model/syncDocs';

/** The text of a document that is removed (goal sets, catalog entries, peer groups). */
export const DELETED = '\u0000deleted';

export interface Wanted {
  content: SyncContent | null;
  json: string;
}

/** A content, or none: the document's text (a cell with no document is the seed's rows). */
export function wantedOf(id: string, content: SyncContent | null, seed: SeedCells): Wanted {
  const c = content ?? contentWhenAbsent(id, seed);
  return c ? { content: c, json: contentJson(c) } : { content: null, json: DELETED };
}

/** What the workbook says a document should hold. */
export function wantedNow(id: string, p: Projection, seed: SeedCells): Wanted {
  return p.docs.get(id) ?? wantedOf(id, null, seed);
}

/** Ids whose documents a new projection changed (identity of the entries; incremental). */
export function changedIds(prev: Projection | null, next: Projection): string[] {
  if (!prev) return [...next.docs.keys()];
  const out: string[] = [];
  for (const [id, d] of next.docs) if (prev.docs.get(id)?.json !== d.json) out.push(id);
  for (const id of prev.docs.keys()) if (!next.docs.has(id)) out.push(id);
  return out;
}
