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
import { t } from '../i18n';
import type { ViewName } from './views';

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
}

export interface Message {
  id: number;
  kind: 'error' | 'warning' | 'info';
  text: string;
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
  | 'goals';

export interface Patch {
  label: string;
  source?: ChangeSource;
  rows: RowChange[];
  goalSets?: { before: GoalSet[]; after: GoalSet[] };
}

export interface AppState {
  catalog: Catalog;
  districts: readonly string[];
  table: ObsTable;
  goalSets: GoalSet[];
  /** The meeting deck: slide definitions; their content is computed live. */
  deck: Slide[];
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
    ui: DEFAULT_UI,
    past: [],
    future: [],
    message: null,
    storage: 'loading',
    lastChange: null,
    nextId: 1,
    idPrefix,
  };
}

function applyPatch(s: AppState, p: Patch): AppState {
  return {
    ...s,
    table: applyRowChanges(s.table, p.rows),
    goalSets: p.goalSets ? p.goalSets.after : s.goalSets,
  };
}

export function invertPatch(p: Patch): Patch {
  return {
    label: p.label,
    rows: invertChanges(p.rows),
    goalSets: p.goalSets && { before: p.goalSets.after, after: p.goalSets.before },
  };
}

/** Applies a user change and records it for undo. */
export function commit(s: AppState, p: Patch): AppState {
  if (p.rows.length === 0 && !p.goalSets) return s;
  const next = applyPatch(s, p);
  return {
    ...next,
    past: [...s.past, p].slice(-UNDO_LIMIT),
    future: [],
    lastChange: change(s, p, p.source ?? 'edit'),
  };
}

function change(s: AppState, patch: Patch, source: ChangeSource): AppState['lastChange'] {
  return { seq: (s.lastChange?.seq ?? 0) + 1, patch, source };
}

export function undo(s: AppState): AppState {
  const p = s.past[s.past.length - 1];
  if (!p) return say(s, 'info', t.msg.nothingToUndo);
  const inverse = invertPatch(p);
  const next = applyPatch(s, inverse);
  return say(
    {
      ...next,
      past: s.past.slice(0, -1),
      future: [p, ...s.future],
      lastChange: change(s, inverse, 'undo'),
    },
    'info',
    t.msg.undone(p.label),
  );
}

export function redo(s: AppState): AppState {
  const p = s.future[0];
  if (!p) return say(s, 'info', t.msg.nothingToRedo);
  const next = applyPatch(s, p);
  return say(
    { ...next, past: [...s.past, p], future: s.future.slice(1), lastChange: change(s, p, 'redo') },
    'info',
    t.msg.redone(p.label),
  );
}

export function say(s: AppState, kind: Message['kind'], text: string): AppState {
  return { ...s, message: { id: (s.message?.id ?? 0) + 1, kind, text } };
}

export function setUi(s: AppState, patch: Partial<UiState>): AppState {
  return { ...s, ui: { ...s.ui, ...patch } };
}

export function newId(s: AppState): [string, AppState] {
  return [`${s.idPrefix}${s.nextId}`, { ...s, nextId: s.nextId + 1 }];
}
