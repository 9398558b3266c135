// The state's codes in words, in the active language. One renderer per code: a code without
// one here is a type error, and zh/en keep equal keys (Strings), so neither language can miss one.
import type { Catalog } from '../model/types';
import type {
  CellRef,
  Change,
  FieldProblem,
  FieldWarning,
  Msg,
  SnapshotName,
  StoredLabel,
} from '../state/messages';
import { districtName, formatNumber, goalSetName, indicatorName, t } from './index';
import { problemText } from './problems';

type Renderers<U extends { code: string }> = {
  [K in U['code']]: (m: Extract<U, { code: K }>, catalog: Catalog) => string;
};

export function snapshotName(name: string | SnapshotName): string {
  if (typeof name === 'string') return name;
  switch (name.code) {
    case 'beforeImport':
      return t.importUi.before(name.file);
    case 'beforeRestore':
      return t.snap.beforeRestore(snapshotName(name.name));
    case 'beforeReset':
      return t.snap.beforeReset;
    case 'beforeBackup':
      return t.backup.before;
  }
}

const CHANGE: Renderers<Change> = {
  edit: () => t.change.edit,
  editValue: () => t.change.editValue,
  paste: () => t.change.paste,
  addValue: () => t.change.addValue,
  addRow: () => t.change.addRow,
  deleteRows: (c) => t.change.deleteRows(c.count),
  editTarget: () => t.change.editTarget,
  editBaseline: () => t.change.editBaseline,
  addBaseline: () => t.change.addBaseline,
  revertOne: () => t.change.revertOne,
  revertGoalSets: () => t.change.revertGoalSets,
  reset: () => t.change.reset,
  import: (c) => t.change.import(c.mode === 'merge'),
  newSet: (c) => t.change.newSet(goalSetName(c.name)),
  renameSet: (c) => t.change.renameSet(goalSetName(c.name)),
  deleteSet: (c) => t.change.deleteSet(goalSetName(c.name)),
  setTarget: (c, catalog) => t.change.setTarget(indicatorName(catalog, c.indicator)),
  removeTarget: (c, catalog) => t.change.removeTarget(indicatorName(catalog, c.indicator)),
  addFormula: (c) => t.change.addFormula(c.name),
  editFormula: (c) => t.change.editFormula(c.name),
  removeFormula: (c) => t.change.removeFormula(c.name),
  importCatalog: (c) => t.change.importCatalog(c.file),
  restoreBackup: (c) => t.change.restoreBackup(c.file),
  restoreSnapshot: (c) => t.change.restoreSnapshot(snapshotName(c.name)),
  restoreSource: () => t.trace.restoredLabel,
  chooseSource: () => t.trace.choseLabel,
  syncReceived: (c) => t.sync.change.received(c.by, c.count),
  chooseSyncVersion: (c) => t.sync.change.chose(c.by),
  noteAndCitation: () => t.trace.noteLabel,
  readReport: () => t.trace.readerTitle,
  newGroup: (c) => t.peers.change.newGroup(c.name),
  renameGroup: (c) => t.peers.change.renameGroup(c.name),
  editGroup: (c) => t.peers.change.editGroup(c.name),
  deleteGroup: (c) => t.peers.change.deleteGroup(c.name),
};

/** A change's name; a label stored as text by an older version is shown as it is. */
export function changeText(label: StoredLabel, catalog: Catalog): string {
  if (typeof label === 'string') return label;
  const render = CHANGE[label.code] as ((c: Change, cat: Catalog) => string) | undefined;
  return render ? render(label, catalog) : String(label.code);
}

const PROBLEM: Renderers<FieldProblem> = {
  keptOld: (p, catalog) => t.msg.keptOld(problemText(p.reason, catalog)),
  notSaved: (p, catalog) => t.msg.notSaved(problemText(p.reason, catalog)),
  required: (p) => t.msg.required(t.col[p.field]),
  computedValue: (p, catalog) => t.msg.computedValue(indicatorName(catalog, p.indicator)),
};

const WARNING: Renderers<FieldWarning> = {
  rangeNote: (w, catalog) =>
    t.msg.rangeNote(
      indicatorName(catalog, w.indicator),
      formatNumber(w.value),
      problemText(w.problem, catalog),
    ),
  unknownIndicator: (w) => t.msg.unknownIndicator(w.name),
};

/** Values out of range under one 已保存，但超出有效范围; an unknown indicator said on its own. */
function rangeWarnings(warnings: readonly FieldWarning[], c: Catalog): string {
  const range = warnings.filter((w) => w.code === 'rangeNote');
  const other = warnings.filter((w) => w.code !== 'rangeNote');
  const list = (ws: readonly FieldWarning[]) =>
    ws
      .slice(0, 3)
      .map((w) => each(WARNING, w, c))
      .join(t.sep.clause) + (ws.length > 3 ? t.msg.moreErrors(ws.length) : '');
  return [
    ...(range.length ? [t.msg.outOfRange(list(range))] : []),
    ...(other.length ? [list(other)] : []),
  ].join(t.sep.clause);
}

const each = <U extends { code: string }>(table: Renderers<U>, u: U, catalog: Catalog) =>
  (table[u.code as U['code']] as (x: U, c: Catalog) => string)(u, catalog);

/** Names cells for the planner: district · indicator year (column), the first three. */
export function cellNames(cells: readonly CellRef[], count: number, catalog: Catalog): string {
  const names = cells.slice(0, 3).map(({ row, field }) => {
    const where = row.year
      ? `${districtName(row.district)} · ${indicatorName(catalog, row.indicator)} ${row.year}`
      : `${goalSetName(row.district)}${row.indicator ? ` · ${indicatorName(catalog, row.indicator)}` : ''}`;
    const col = (t.col as Record<string, string>)[field];
    return col && row.year ? t.paren(where, col) : where;
  });
  return names.join(t.sep.clause) + (count > 3 ? t.msg.moreCells(count) : '');
}

const MESSAGE: Renderers<Msg> = {
  nothingToUndo: () => t.msg.nothingToUndo,
  nothingToRedo: () => t.msg.nothingToRedo,
  undone: (m, c) => t.msg.undone(changeText(m.change, c)),
  redone: (m, c) => t.msg.redone(changeText(m.change, c)),
  changedElsewhere: (m, c) => t.msg.changedElsewhere(cellNames(m.cells, m.count, c)),
  savedOver: (m, c) => t.msg.savedOver(cellNames(m.cells, m.count, c)),
  fieldProblems: (m, c) =>
    [
      m.problems
        .slice(0, 3)
        .map((p) => each(PROBLEM, p, c))
        .join(t.sep.clause) + (m.problems.length > 3 ? t.msg.moreErrors(m.problems.length) : ''),
      ...(m.warnings?.length ? [rangeWarnings(m.warnings, c)] : []),
    ].join(t.sep.clause),
  outOfRange: (m, c) => rangeWarnings(m.warnings, c),
  deleted: (m) => t.msg.deleted(m.count),
  alreadyBefore: () => t.msg.alreadyBefore,
  reverted: () => t.msg.reverted,
  restored: (m, c) =>
    t.msg.restored(
      changeText(m.change, c),
      m.count,
      m.formulas ?? 0,
      m.groups ? t.peers.msg.groupsChanged(m.groups) : '',
    ),
  restoredSource: () => t.trace.restored,
  readerImported: (m) => t.trace.readerImported(m.count, m.report),
  setNameEmpty: () => t.msg.setNameEmpty,
  setNameTaken: (m) => t.msg.setNameTaken(goalSetName(m.name)),
  groupNameTaken: (m) => t.peers.msg.groupNameTaken(m.name),
  groupNameEmpty: () => t.peers.msg.groupNameEmpty,
  groupRefused: (m, catalog) => t.peers.msg.groupRefused(problemText(m.problem, catalog)),
  formulaNameEmpty: () => t.msg.formulaNameEmpty,
  formulaNameTaken: (m) => t.msg.formulaNameTaken(m.name),
  formulaBuiltIn: (m) => t.msg.formulaBuiltIn(m.name),
  formulaInUse: (m) => t.msg.formulaInUse(m.name, m.readers.join(t.sep.list)),
  formulaRefused: (m, c) => problemText(m.problem, c),
  storageFull: () => t.msg.storageFull,
  saveFailed: (m) => t.msg.saveFailed(m.error),
  journalFull: () => t.msg.journalFull,
  editRowGone: (m) => t.msg.editRowGone(m.raw),
  text: (m) => m.text,
};

/** A message of the state in the active language. */
export const messageText = (m: Msg, catalog: Catalog): string => each(MESSAGE, m, catalog);
