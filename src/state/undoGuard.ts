// Undo and redo apply only where the data still holds what the step left: a cell another tab
// changed since is kept and named (by the screen), the rest of the step still applies.
import {
  catalogOf,
  mergeCatalogs,
  mergeFields,
  mergeGoalSets,
  mergeItem,
  mergeList,
  sameObservation,
} from '../model/merge';
import { stepSlides } from '../model/slides';
import { findObservation, type RowChange } from '../model/table';
import { conflictKey } from '../model/provenance';
import type { Observation } from '../model/types';
import type { CellRef, FieldProblem } from './messages';
import { refuseInStep, withoutComputed } from './derivedGuard';
import type { AppState, Patch } from './state';

/** A cell undo or redo left alone because another tab changed it since. */
export type SkippedCell = CellRef;

/**
 * Applies an undo or redo only where the data still holds what the step expects (`before`):
 * a field another tab changed since is left as it is and reported, the rest still applies.
 */
export function guardPatch(
  s: AppState,
  p: Patch,
): { patch: Patch; skipped: SkippedCell[]; refused: FieldProblem[] } {
  const all: RowChange[] = [];
  const skipped: SkippedCell[] = [];
  for (const c of p.rows) {
    const id = (c.before ?? c.after)?.id ?? '';
    const current = findObservation(s.table, id) ?? null;
    // A hand entry makes a new row only where the cell has no typed value: if another tab has
    // since typed one there (a row of its own, another id), putting this one back would hide it.
    const taken = !c.before && c.after && !current && handEntry(p) ? occupant(s, c.after) : null;
    if (taken) {
      skipped.push({ row: taken, field: 'value' });
      continue;
    }
    const r = mergeItem(c.before, c.after, current, 'theirs', mergeFields, sameObservation);
    const shown = current ?? c.before ?? c.after;
    if (shown) skipped.push(...r.conflicts.map((field) => ({ row: shown, field })));
    if (!sameObservation(r.value, current)) all.push({ before: current, after: r.value });
  }
  // A formula indicator's actual is computed: a step never puts a typed value back into one.
  const { rows, refused } = withoutComputed(
    p.catalog?.after ?? s.catalog,
    all,
    refuseInStep(p.catalog?.after ?? s.catalog, p.source),
  );
  let goalSets: Patch['goalSets'];
  if (p.goalSets) {
    const r = mergeGoalSets(p.goalSets.before, p.goalSets.after, s.goalSets, 'theirs');
    if (JSON.stringify(r.value) !== JSON.stringify(s.goalSets))
      goalSets = { before: s.goalSets, after: r.value };
    skipped.push(...goalCells(s, r.conflicts));
  }
  // Catalog entries another tab added or changed since stay; the step's own entries move.
  let catalog: Patch['catalog'];
  if (p.catalog) {
    const before = p.catalog.before.values();
    const merged = mergeCatalogs(before, p.catalog.after.values(), s.catalog.values(), 'theirs');
    const after = catalogOf(s.catalog, merged);
    if (after !== s.catalog) catalog = { before: s.catalog, after };
  }
  let deck: Patch['deck'];
  if (p.deck) {
    const after = stepSlides(s.deck, p.deck.before, p.deck.after);
    if (after !== s.deck) deck = { before: s.deck, after };
  }
  // Groups another tab added or changed since stay; the step's own groups move.
  let peerGroups: Patch['peerGroups'];
  if (p.peerGroups) {
    const { before, after: to } = p.peerGroups;
    const after = mergeList(before, to, s.peerGroups, (g) => g.id, 'theirs').value;
    if (JSON.stringify(after) !== JSON.stringify(s.peerGroups))
      peerGroups = { before: s.peerGroups, after };
  }
  return {
    patch: {
      label: p.label,
      source: p.source,
      rows,
      goalSets,
      districts: p.districts,
      catalog,
      deck,
      peerGroups,
    },
    skipped,
    refused,
  };
}

const HAND: ReadonlySet<string> = new Set(['edit', 'paste', 'fill', 'add']);
const handEntry = (p: Patch) => HAND.has(p.source ?? 'edit');

/** A typed row (no source) with a value that now holds `o`'s cell (place, year, kind), if any. */
function occupant(s: AppState, o: Observation): Observation | null {
  const k = conflictKey(o);
  const rows = s.table.chunks.get(o.district) ?? [];
  const typed = (r: Observation) => r.source === '' && r.value !== null;
  return rows.find((r) => r.id !== o.id && typed(r) && conflictKey(r) === k) ?? null;
}

/** Goal-set conflict keys (set id, then target indicator) shown like cells. */
export const goalCells = (s: AppState, keys: readonly string[]): SkippedCell[] =>
  keys.map((k) => ({ row: goalCell(s, k), field: 'target' }));

function goalCell(s: AppState, key: string): Observation {
  const [setId = '', , indicator = ''] = key.split('.');
  const set = s.goalSets.find((g) => g.id === setId);
  return {
    id: key,
    district: set?.name ?? setId,
    indicator,
    unit: '',
    year: 0,
    kind: 'target',
    value: null,
    qualifier: '',
    scope: '',
    source: '',
    quote: '',
    note: '',
  };
}
