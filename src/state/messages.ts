// What the state says and what each change is called, as codes with parameters. Only the
// screens put them into words (messageText, changeText), so nothing stored depends on the
// interface language. Indicators and districts are canonical names, counts are numbers.
import type { Problem, RangeProblem } from '../model/problems';
import type { Observation } from '../model/types';

/** Names of automatic snapshots; a snapshot saved by hand keeps the planner's text. */
export type SnapshotName =
  | { code: 'beforeImport'; file: string }
  | { code: 'beforeRestore'; name: string | SnapshotName }
  | { code: 'beforeReset' }
  | { code: 'beforeBackup' };

/** One undoable change, as the undo message and 修改历史 name it. */
export type Change =
  | { code: 'edit' }
  | { code: 'editValue' }
  | { code: 'paste' }
  | { code: 'addValue' }
  | { code: 'addRow' }
  | { code: 'deleteRows'; count: number }
  | { code: 'editTarget' }
  | { code: 'editBaseline' }
  | { code: 'addBaseline' }
  | { code: 'revertOne' }
  | { code: 'revertGoalSets' }
  | { code: 'reset' }
  | { code: 'import'; mode: 'merge' | 'replace' }
  | { code: 'newSet'; name: string }
  | { code: 'renameSet'; name: string }
  | { code: 'deleteSet'; name: string }
  | { code: 'setTarget'; indicator: string }
  | { code: 'removeTarget'; indicator: string }
  | { code: 'addFormula'; name: string }
  | { code: 'editFormula'; name: string }
  | { code: 'removeFormula'; name: string }
  | { code: 'importCatalog'; file: string }
  | { code: 'restoreBackup'; file: string }
  | { code: 'restoreSnapshot'; name: string | SnapshotName }
  | { code: 'restoreSource' }
  | { code: 'chooseSource' }
  | { code: 'noteAndCitation' }
  | { code: 'readReport' }
  | { code: 'newGroup'; name: string }
  | { code: 'renameGroup'; name: string }
  | { code: 'editGroup'; name: string }
  | { code: 'deleteGroup'; name: string }
  /** Documents another replica wrote, arrived through the office server (issue 17). */
  | { code: 'syncReceived'; by: string; count: number }
  /** A planner chose one of two values kept by replication for a cell. */
  | { code: 'chooseSyncVersion'; by: string };

/** A change's name as stored: a code, or the text an older version stored (shown as it is). */
export type StoredLabel = Change | string;

/** Why a typed or pasted value was not taken. */
export type FieldProblem =
  | { code: 'keptOld'; reason: Problem }
  | { code: 'notSaved'; reason: Problem }
  | { code: 'required'; field: 'district' | 'indicator' }
  /** A formula indicator's actual value: computed from its inputs, never typed or stored. */
  | { code: 'computedValue'; indicator: string };

/** Taken, but worth a word. */
export type FieldWarning =
  | { code: 'rangeNote'; indicator: string; value: number; problem: RangeProblem }
  | { code: 'unknownIndicator'; name: string };

/** A cell undo, redo or a save left alone or overwrote; a goal target has no year. */
export interface CellRef {
  row: Observation;
  field: string;
}

export type Msg =
  | { code: 'nothingToUndo' }
  | { code: 'nothingToRedo' }
  | { code: 'undone'; change: StoredLabel }
  | { code: 'redone'; change: StoredLabel }
  | { code: 'changedElsewhere'; cells: readonly CellRef[]; count: number }
  | { code: 'savedOver'; cells: readonly CellRef[]; count: number }
  | {
      code: 'fieldProblems';
      problems: readonly FieldProblem[];
      /** Cells of the same paste taken but out of range: said in the same message. */
      warnings?: readonly FieldWarning[];
    }
  | { code: 'outOfRange'; warnings: readonly FieldWarning[] }
  | { code: 'deleted'; count: number }
  | { code: 'alreadyBefore' }
  | { code: 'reverted' }
  | { code: 'restored'; change: Change; count: number; formulas?: number; groups?: number }
  | { code: 'restoredSource' }
  | { code: 'readerImported'; count: number; report: string }
  | { code: 'setNameEmpty' }
  | { code: 'setNameTaken'; name: string }
  | { code: 'groupNameTaken'; name: string }
  | { code: 'groupNameEmpty' }
  | { code: 'groupRefused'; problem: Problem }
  | { code: 'formulaNameEmpty' }
  | { code: 'formulaNameTaken'; name: string }
  | { code: 'formulaBuiltIn'; name: string }
  | { code: 'formulaInUse'; name: string; readers: readonly string[] }
  | { code: 'formulaRefused'; problem: Problem }
  | { code: 'storageFull' }
  | { code: 'saveFailed'; error: string }
  | { code: 'journalFull' }
  /** A value typed into a row another tab removed while the editor was open: not stored. */
  | { code: 'editRowGone'; raw: string }
  /** Words a screen has already put together (screens may speak). */
  | { code: 'text'; text: string };

/** Words a screen has already put together. */
export const shownText = (text: string): Msg => ({ code: 'text', text });

/** The first few cells named, and how many there were. */
export const cellsOf = (cells: readonly CellRef[]) => ({
  cells: cells.slice(0, 3),
  count: cells.length,
});

const CHANGE_CODES: Record<Change['code'], true> = {
  edit: true,
  editValue: true,
  paste: true,
  addValue: true,
  addRow: true,
  deleteRows: true,
  editTarget: true,
  editBaseline: true,
  addBaseline: true,
  revertOne: true,
  revertGoalSets: true,
  reset: true,
  import: true,
  newSet: true,
  renameSet: true,
  deleteSet: true,
  setTarget: true,
  removeTarget: true,
  addFormula: true,
  editFormula: true,
  removeFormula: true,
  importCatalog: true,
  restoreBackup: true,
  restoreSnapshot: true,
  restoreSource: true,
  chooseSource: true,
  noteAndCitation: true,
  readReport: true,
  newGroup: true,
  renameGroup: true,
  editGroup: true,
  deleteGroup: true,
  syncReceived: true,
  chooseSyncVersion: true,
};

/** A label or name as text, for a file that holds only text (the backup): a code as its JSON. */
export const labelToText = (label: string | { code: string }): string =>
  typeof label === 'string' ? label : JSON.stringify(label);

/** Back from the backup's text: a change code's JSON, else text an older version stored. */
export function labelFromText(text: string): StoredLabel {
  if (!text.startsWith('{"code":')) return text;
  try {
    const v = JSON.parse(text) as unknown;
    const code = (v as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && Object.hasOwn(CHANGE_CODES, code)) return v as Change;
  } catch {
    // Not JSON after all: the text as it is.
  }
  return text;
}
