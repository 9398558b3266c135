// The application state and the patch record that makes every change undoable.
import type { GoalSet } from '../model/goalSets';
import {
  applyRowChanges,
  EMPTY_TABLE,
  invertChanges,
  type ObsTable,
  type RowChange,
} from '../model/table';
import type { Catalog, Kind } from '../model/types';
import type { Slide } from '../model/slides';
import type { CustomPeerGroup } from '../model/peerGroups';
import { guardPatch } from './undoGuard';
import { cellsOf, type Change, type Msg } from './messages';
import { sameObservation } from '../model/merge';
import type { ViewName } from './views';
import { SYNC_OFF, type SyncInfo } from './syncInfo';

export type { ViewName } from './views';
export type StorageMode = 'loading' | 'indexeddb' | 'memory';

export interface UiState {
  view: ViewName;
  indicator: string | null;
  scope: string;
  district: string | null;
  year: 'latest' | number;
  kind: Kind;
  category: string;
  /** 'own' = each district's own targets, otherwise a goal set id. */
  goalSource: string;
  /** With many districts the bar chart shows the top 12; this shows them all. */
  chartAll: boolean;
  /** The observation behind the selected cell, for the source panel. */
  obsId: string | null;
  /** Hides the chart panel to give the grid the full width. */
  chartsHidden: boolean;
  /** 排名 and 地图: '' = all districts, otherwise a peer group id (src/model/peerGroups.ts). */
  peerGroup: string;
  /** 地图: tiles coloured by the indicator's value or by goal status. */
  mapColour: MapColour;
  /** 地图: how value colours are binned (ignored when coloured by status). */
  mapBreaks: MapBreaks;
}

export type MapColour = 'value' | 'status';
export type MapBreaks = 'equal' | 'quantile' | 'status';

export interface Message {
  id: number;
  kind: 'error' | 'warning' | 'info';
  /** A code with parameters: the screen puts it into words. */
  msg: Msg;
}

/** One undoable change: rows and/or the whole goal-set list. */
/** Where a change came from, as the history panel shows it. */
export type ChangeSource =
  | 'edit'
  | 'paste'
  | 'fill'
  | 'import'
  | 'undo'
  | 'redo'
  | 'restore'
  | 'revert'
  | 'add'
  | 'delete'
  | 'goals'
  /** Another replica's change, arrived through the office server: not in this tab's undo. */
  | 'sync';

export interface Patch {
  label: Change;
  source?: ChangeSource;
  rows: RowChange[];
  goalSets?: { before: GoalSet[]; after: GoalSet[] };
  /** Districts shown and catalog entries an import added or a replace removed: undone with it. */
  districts?: { before: readonly string[]; after: readonly string[] };
  catalog?: { before: Catalog; after: Catalog };
  /** Slides a rename moved along with the indicator they show. */
  deck?: { before: Slide[]; after: Slide[] };
  /** The planner's own peer groups (built-ins are code, never stored). */
  peerGroups?: { before: CustomPeerGroup[]; after: CustomPeerGroup[] };
  /** Replicated documents whose kept versions this change settles (a choice between them). */
  resolved?: readonly string[];
}

export interface AppState {
  catalog: Catalog;
  districts: readonly string[];
  table: ObsTable;
  goalSets: GoalSet[];
  /** The meeting deck: slide definitions; their content is computed live. */
  deck: Slide[];
  /** Peer groups the planner made (排名); the built-in 一区两群 are src/model/peerGroups.ts. */
  peerGroups: CustomPeerGroup[];
  ui: UiState;
  past: Patch[];
  future: Patch[];
  message: Message | null;
  storage: StorageMode;
  /** The last change applied, for the history log; seq increases on every change. */
  lastChange: { seq: number; patch: Patch; source: ChangeSource } | null;
  nextId: number;
  /** Random per session, so ids from two tabs never collide. */
  idPrefix: string;
  /** Sharing through an office server (issue 17): its status, kept versions, refusals. */
  sync: SyncInfo;
}

export const UNDO_LIMIT = 200;

export const DEFAULT_UI: UiState = {
  view: 'compare',
  indicator: null,
  scope: '',
  district: null,
  year: 'latest',
  kind: 'actual',
  category: '',
  goalSource: 'own',
  chartsHidden: false,
  chartAll: false,
  obsId: null,
  peerGroup: '',
  mapColour: 'value',
  mapBreaks: 'quantile',
};

export function initialState(
  catalog: Catalog,
  districts: readonly string[],
  idPrefix: string,
): AppState {
  return {
    catalog,
    districts,
    table: EMPTY_TABLE,
    goalSets: [],
    deck: [],
    peerGroups: [],
    ui: DEFAULT_UI,
    past: [],
    future: [],
    message: null,
    storage: 'loading',
    lastChange: null,
    nextId: 1,
    idPrefix,
    sync: SYNC_OFF,
  };
}

function applyPatch(s: AppState, p: Patch): AppState {
  return {
    ...s,
    table: applyRowChanges(s.table, p.rows),
    goalSets: p.goalSets ? p.goalSets.after : s.goalSets,
    districts: p.districts ? p.districts.after : s.districts,
    catalog: p.catalog ? p.catalog.after : s.catalog,
    deck: p.deck ? p.deck.after : s.deck,
    peerGroups: p.peerGroups ? p.peerGroups.after : s.peerGroups,
  };
}

export function invertPatch(p: Patch): Patch {
  return {
    label: p.label,
    source: p.source,
    rows: invertChanges(p.rows),
    goalSets: p.goalSets && { before: p.goalSets.after, after: p.goalSets.before },
    districts: p.districts && { before: p.districts.after, after: p.districts.before },
    catalog: p.catalog && { before: p.catalog.after, after: p.catalog.before },
    deck: p.deck && { before: p.deck.after, after: p.deck.before },
    peerGroups: p.peerGroups && { before: p.peerGroups.after, after: p.peerGroups.before },
    resolved: p.resolved,
  };
}

/** A patch that changes nothing: no rows and none of the whole-list parts. */
const isEmptyPatch = (p: Patch): boolean =>
  p.rows.length === 0 &&
  !p.goalSets &&
  !p.districts &&
  !p.catalog &&
  !p.deck &&
  !p.peerGroups &&
  !p.resolved?.length;

/** Applies a user change and records it for undo. */
export function commit(s: AppState, p: Patch): AppState {
  if (isEmptyPatch(p)) return s;
  const next = applyPatch(s, p);
  return {
    ...next,
    past: [...s.past, p].slice(-UNDO_LIMIT),
    future: [],
    lastChange: change(s, p, p.source ?? 'edit'),
  };
}

/**
 * A change that happened elsewhere (another replica): applied and logged with its source, but
 * not this tab's to undo; undo's guard leaves the cells it changed.
 */
export function applyRemotePatch(s: AppState, p: Patch): AppState {
  if (isEmptyPatch(p)) return s;
  return { ...applyPatch(s, p), lastChange: change(s, p, p.source ?? 'sync') };
}

function change(s: AppState, patch: Patch, source: ChangeSource): AppState['lastChange'] {
  return { seq: (s.lastChange?.seq ?? 0) + 1, patch, source };
}

/** Runs several actions as one user action: their patches become one undo step and one log entry. */
export function asOneStep(s: AppState, fn: (s: AppState) => AppState): AppState {
  const next = fn(s);
  const known = new Set(s.past);
  const added = next.past.filter((p) => !known.has(p));
  const first = added[0];
  if (!first || added.length === 1) return next;
  const sets = added.filter((p) => p.goalSets);
  const patch: Patch = {
    label: first.label,
    source: first.source,
    rows: composeRows(added.flatMap((p) => p.rows)),
    goalSets: sets.length
      ? { before: sets[0]!.goalSets!.before, after: sets[sets.length - 1]!.goalSets!.after }
      : undefined,
    districts: span(added.map((p) => p.districts)),
    catalog: span(added.map((p) => p.catalog)),
    deck: span(added.map((p) => p.deck)),
    peerGroups: span(added.map((p) => p.peerGroups)),
  };
  return {
    ...next,
    // From s.past, not next.past: each commit inside fn made room at the bound for a step that
    // is now merged, and would otherwise have dropped that many older steps.
    past: [...s.past, patch].slice(-UNDO_LIMIT),
    lastChange: change(s, patch, patch.source ?? 'edit'),
  };
}

/** Several before/after pairs as one: the first before, the last after. */
function span<T>(xs: readonly ({ before: T; after: T } | undefined)[]) {
  const set = xs.filter((x): x is { before: T; after: T } => x !== undefined);
  return set.length ? { before: set[0]!.before, after: set[set.length - 1]!.after } : undefined;
}

/** Successive changes of the same rows as one change per row: first before, last after. */
function composeRows(rows: readonly RowChange[]): RowChange[] {
  const byId = new Map<string, RowChange>();
  for (const r of rows) {
    const id = (r.before ?? r.after)?.id ?? '';
    const prev = byId.get(id);
    byId.set(id, prev ? { before: prev.before, after: r.after } : r);
  }
  return [...byId.values()].filter((r) => !sameObservation(r.before, r.after));
}

function step(s: AppState, p: Patch, dir: 'undo' | 'redo'): AppState {
  const { patch, skipped, refused } = guardPatch(s, p);
  const empty = isEmptyPatch(patch);
  const next = empty ? s : applyPatch(s, patch);
  // What the step actually did is what the opposite step takes back.
  const done = { ...patch, label: p.label, source: p.source };
  const back = invertPatch(done);
  const moved =
    dir === 'undo'
      ? { past: s.past.slice(0, -1), future: empty ? s.future : [back, ...s.future] }
      : { past: empty ? s.past : [...s.past, { ...done }], future: s.future.slice(1) };
  const out: AppState = {
    ...next,
    ...moved,
    lastChange: empty ? s.lastChange : change(s, done, dir),
  };
  if (skipped.length) return say(out, 'warning', { code: 'changedElsewhere', ...cellsOf(skipped) });
  if (refused.length) return say(out, 'warning', { code: 'fieldProblems', problems: refused });
  return say(out, 'info', { code: dir === 'undo' ? 'undone' : 'redone', change: p.label });
}

export function undo(s: AppState): AppState {
  const p = s.past[s.past.length - 1];
  if (!p) return say(s, 'info', { code: 'nothingToUndo' });
  return step(s, invertPatch(p), 'undo');
}

export function redo(s: AppState): AppState {
  const p = s.future[0];
  if (!p) return say(s, 'info', { code: 'nothingToRedo' });
  return step(s, p, 'redo');
}

export function say(s: AppState, kind: Message['kind'], msg: Msg): AppState {
  return { ...s, message: { id: (s.message?.id ?? 0) + 1, kind, msg } };
}

export function setUi(s: AppState, patch: Partial<UiState>): AppState {
  return { ...s, ui: { ...s.ui, ...patch } };
}

export function newId(s: AppState): [string, AppState] {
  return [`${s.idPrefix}${s.nextId}`, { ...s, nextId: s.nextId + 1 }];
}
