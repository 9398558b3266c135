// UI strings, English. Same keys as zh.ts (the type checker enforces it).
import type { PlanCounts } from '../model/importPlan';
import type { Strings } from './zh';
import { joinUnit } from './unitText';
import { paceEn } from './features/pace.en';
import { syncEn } from './features/sync.en';
import { peersEn } from './features/peers.en';
import { searchEn } from './features/search.en';
import { tileMapEn } from './features/tileMap.en';

export const en: Strings = {
  appTitle: 'District Health Indicator Comparison',
  tabs: {
    compare: 'Compare',
    goals: 'Goals',
    scorecard: 'Scorecard',
    ranks: 'Ranks',
    map: 'Map',
    data: 'Data',
  },
  slides: 'Slides',
  pace: paceEn,
  sync: syncEn,
  syncView: {} as Strings['syncView'],
  peers: peersEn,
  peersView: {} as Strings['peersView'],
  tileMap: tileMapEn,
  tileMapView: {} as Strings['tileMapView'],
  search: searchEn,
  trace: {
    panel: 'Source',
    none: 'Select a value in the grid to see which report and sentence it came from.',
    noValue: 'This cell has no value.',
    report: 'Report',
    district: 'District',
    year: 'Year',
    quote: 'Quote',
    openReport: 'Open the report',
    reportMissing: 'The text of this report is not available.',
    origin: { report: 'From a report', edited: 'Edited', user: 'Entered or imported' },
    edited: (orig: string, now: string) => `Report value ${orig}, now ${now}`,
    restore: 'Restore source value',
    restored: 'Restored the report’s value (can be undone)',
    restoredLabel: 'Restore source value',
    note: 'Note',
    citation: 'Citation',
    save: 'Save',
    noteLabel: 'Edit note and citation',
    conflict: 'Sources disagree:',
    choose: 'Use this value',
    chosen: 'In use',
    choseLabel: 'Choose the source value to use',
    autoPick: '(until one is chosen: exact figures first, then the later report)',
    legend: 'Marks:',
    legendItems: {
      report: 'From a report',
      edited: 'Edited',
      user: 'Entered by hand',
      conflict: 'Sources disagree',
      chosen: 'Source chosen',
    },
    viewerTitle: (name: string) => `Report: ${name}`,
    reader: 'Read a new report…',
    readerTitle: 'Read a new report',
    readerHelp:
      'Paste the full text of a report or open a .txt file; the figures found are proposed for you to confirm one by one.',
    readerName: 'Report name',
    readerFile: 'Open a .txt file',
    readerRun: 'Find indicators',
    readerNone: 'No figures were found.',
    readerFound: (n: number) =>
      `${n} candidate figures found: tick the ones to keep, edit if needed, then import.`,
    readerAccept: 'Keep',
    readerImport: 'Import selected',
    readerAll: 'Select all',
    readerImported: (n: number, name: string) =>
      `Imported ${n} figures from “${name}”, each with its quote`,
    readerSaveFailed: (e: string) =>
      `The report text could not be stored (${e}); no figures were imported`,
    readerNoneChosen: 'No value is ticked: tick the rows to import.',
    readerRefused: (n: number, list: string) =>
      `${n} selected figures were not imported; correct them and import again: ${list}`,
    readerRow: (i: number, reason: string) => `row ${i}: ${reason}`,
    rowReason: {
      noIndicator: 'the indicator is blank',
      noDistrict: 'the district is blank (the text names none near this figure)',
      noYear: 'the year is blank',
      badYear: (y: string) => `the year “${y}” should be four digits`,
      noValue: 'the value is blank',
      badValue: (why: string) => `value: ${why}`,
    },
    readerNew: '(new indicator)',
    defaultName: (day: string) => `report_${day}.txt`,
    col: {
      accept: 'Keep',
      indicator: 'Indicator',
      district: 'District',
      year: 'Year',
      kind: 'Kind',
      value: 'Value',
      unit: 'Unit',
      quote: 'Quote',
    },
  },
  // Formula indicators' computed values: marks in every view, and the trace panel.
  derived: {
    computed: 'Computed by formula (read-only)',
    formulaRow: 'formula',
    formulaRowTitle: (formula: string) => `Formula indicator: ${formula}`,
    short: {
      missingNumerator: 'no num.',
      missingDenominator: 'no denom.',
      missingInput: 'no input',
      divisionByZero: '÷ 0',
      formulaNotFinite: 'n/a',
    },
    earlier: (name: string, year: number) => `${name} from ${year}`,
    panel: 'How it is computed',
    formula: 'Formula',
    definition: 'Definition',
    standard: 'Standard',
    result: 'Result',
    inputs: 'Inputs',
    noInput: 'no value',
    absent: (name: string) => `this district has no usable value of “${name}”`,
    noSource: 'entered by hand, no source',
    jump: 'Go to this cell',
  },
  deck: {
    title: 'Slides',
    add: 'Add to slides',
    addAcross: 'This indicator across districts',
    addProgress: 'This district’s goal progress',
    addYears: 'This indicator over the years',
    addScorecard: 'Scorecard',
    empty:
      'No slides yet. Select an indicator or a district in the grid, then use “Add to slides”.',
    present: 'Present',
    print: 'Print / save as PDF',
    png: 'Export PNG',
    up: 'Up',
    down: 'Down',
    remove: 'Remove',
    rename: 'Title',
    added: (title: string) => `Added slide “${title}”`,
    exit: 'Leave presentation (Esc)',
    counter: (i: number, n: number) => `${i} / ${n}`,
    keysHint: '← → to move · Esc to leave',
    jump: 'Go to',
    needSet: 'A scorecard needs a goal set: create or choose one under Goals first.',
  },
  slideTitle: {
    across: (name: string, n: number) => `${name}: ${n} districts compared`,
    progress: (district: string, set: string | null) =>
      set === null ? `${district}: progress to targets` : `${district}: progress to ${set}`,
    years: (name: string) => `${name}: over the years`,
    scorecard: (set: string) => `Scorecard · ${set}`,
  },
  scorecard: {
    title: 'Scorecard',
    district: 'District',
    target: (q: string, v: string, unit: string, year: number) =>
      `Target ${q}${joinUnit(v, unit)} (${year})`,
    near: (q: string, v: string) => `Near: ${q}${v}`,
    legend: 'Colours and symbols follow each indicator’s own direction and target:',
    bands: {
      met: 'Met',
      near: 'Near the target (within 5%)',
      on_track: 'On track',
      behind: 'Behind',
      no_data: 'No data',
    },
    noSet: 'Choose a goal set to build the scorecard.',
    source: (years: string) => `Source: five district health reports (data years ${years})`,
  },
  mixedYearsShort: 'Note: districts’ data years differ',
  langSwitch: '中文',
  langSwitchTitle: 'Switch to Chinese',
  undo: 'Undo',
  /** The undo button's tooltip: how many steps undo keeps, and where older ones are. */
  undoTitle: (n: number) =>
    `Undo (Ctrl+Z): the last ${n} steps can be undone; older changes can be reverted in Change history`,
  redo: 'Redo',
  reset: 'Restore seed data',
  charts: 'Charts',
  more: 'More',
  history: 'Change history',
  snapshots: 'Snapshots',
  exportBackup: 'Export backup (JSON)',
  restoreBackup: 'Import backup',
  about: 'About & storage',
  reload: 'Reload',
  reloadAfterLoss:
    'The local database is gone: a reload brings back only the changes made after it was deleted; the data before that is lost unless you have a backup. Export a backup first. Reload anyway?',
  versionChange:
    'Another tab opened a newer data format: this page has stopped saving. Later changes are kept in a local journal and come back after a reload.',
  storageDeleted:
    'The local database was deleted (site data cleared, or deleted from another tab): this page has stopped saving and the data is only in this page. Save a copy with “More → Export backup” first; later changes are kept in a journal and come back after a reload.',
  storageClosed:
    'The browser closed the connection to the local database (site data cleared?): this page has stopped saving and the data is only in this page. Save a copy with “More → Export backup” first; later changes are kept in a journal and come back after a reload.',
  blocked: 'The data format needs an upgrade, but older tabs are still open: close or reload them.',
  importCsv: 'Import CSV / Excel',
  exportCsv: 'Export CSV',
  exportLong: 'Long table (all data, with sources)',
  exportWide: 'Wide table (current comparison)',
  exportGoals: 'Goals (with progress and status)',
  exportXlsx: 'Export Excel',
  xlsxSheet: { long: 'Long table', wide: 'Wide table', goals: 'Goals', sources: 'Sources' },
  xlsxWriting: 'Writing the Excel file…',
  xlsxFailed: (e: string) => `The Excel file could not be exported: ${e}`,
  dropHere: 'Drop to import a CSV or Excel file',
  exported: (name: string) => `Exported ${name}`,
  resetConfirm:
    'This replaces the current data (including goal sets) with the figures from the five reports. It can be undone. Continue?',
  confirm: 'OK',
  cancel: 'Cancel',
  latest: 'Latest',
  year: 'Year',
  kind: 'Kind',
  actual: 'Actual',
  target: 'Target',
  category: 'Category',
  allCategories: 'All categories',
  mixedYears: 'Note: districts’ values come from different years (the year is shown in each cell).',
  conflictNote: 'Sources disagree on this value',
  memoryBanner:
    'Browser storage (IndexedDB) is unavailable: data is not saved to the local database. Changes are only kept in a temporary journal; save them with “More → Export backup”.',
  saved: 'Saved',
  saving: 'Saving…',
  pending: 'Unsaved',
  saveError: 'Save failed, retrying',
  saveFull: 'Storage full',
  saveStopped: 'Not saved',
  goalSource: 'Targets from',
  ownTargets: 'Each district’s own targets',
  newSet: 'New goal set',
  copySet: 'Copy',
  renameSet: 'Rename',
  deleteSet: 'Delete goal set',
  setName: 'Goal set name',
  deleteSetConfirm: (name: string) => `Delete goal set “${name}”? This can be undone.`,
  addTarget: 'Add target',
  addRow: 'Add row',
  deleteRows: 'Delete selected rows',
  deleteRowsConfirm: (n: number) => `Delete the ${n} selected row(s)? This can be undone.`,
  removeFromSet: 'Remove this indicator from the goal set',
  noSelection: 'Select the rows to delete in the table first',
  direction: { higher: 'Higher is better ↑', lower: 'Lower is better ↓', neutral: 'Neutral' },
  status: { met: 'Met', on_track: 'On track', behind: 'Behind', no_data: 'No data' },

  sep: { list: ', ', clause: '; ', comma: ', ', label: ': ' },
  paren: (text: string, inner: string) => `${text} (${inner})`,
  atLine: (line: number, text: string) => `Row ${line}: ${text}`,
  atPath: (path: string, text: string) => `${path}: ${text}`,
  close: 'Close',
  kindName: { actual: 'Actual', target: 'Target' },
  yearOption: (y: number) => String(y),
  col: {
    district: 'District',
    indicator: 'Indicator',
    unit: 'Unit',
    year: 'Year',
    kind: 'Kind',
    value: 'Value',
    qualifier: 'Qualifier',
    scope: 'Scope (institution)',
    source: 'Source file',
    quote: 'Quote',
    note: 'Note',
    category: 'Category',
  },
  notInCatalog: 'Not in the indicator catalogue',
  userEntered: 'Entered by hand',
  compareCell: (where: string, value: string, year: number | string) =>
    `${where}: ${value}, ${year}`,
  goals: {
    col: {
      district: 'District',
      indicator: 'Indicator',
      status: 'Status',
      progress: 'Progress %',
      gap: 'Gap',
      perYear: 'Needed per year',
      baseline: 'Baseline',
      baselineYear: 'Baseline year',
      latest: 'Latest',
      latestYear: 'Latest year',
      target: 'Target',
      targetYear: 'Target year',
      direction: 'Direction',
      unit: 'Unit',
      scope: 'Scope',
    },
    short: (n: string) => `${n} to go`,
    over: (n: string) => `${n} ahead`,
    overdue: 'Due',
    expected: (year: string, n: string) => `On a straight-line path, ${n} by ${year}`,
    fromSet: 'From the goal set: a change applies to every district',
    setName: (district: string, year: number) => `${district} ${year} targets`,
    copyName: (name: string, n: number) => (n === 1 ? `${name} (copy)` : `${name} (copy ${n})`),
    newSetName: 'New goal set',
  },
  change: {
    edit: 'Edit',
    editValue: 'Edit values',
    paste: 'Paste',
    addValue: 'Add values',
    addRow: 'Add row',
    deleteRows: (n: number) => `Delete ${n} row(s)`,
    editTarget: 'Edit target',
    editBaseline: 'Edit baseline',
    addBaseline: 'Add baseline',
    revertOne: 'Revert one change',
    revertGoalSets: 'Revert a goal-set change',
    reset: 'Restore seed data',
    import: (merge: boolean) => `Import (${merge ? 'merge' : 'replace'})`,
    newSet: (name: string) => `New goal set “${name}”`,
    renameSet: (name: string) => `Rename goal set to “${name}”`,
    deleteSet: (name: string) => `Delete goal set “${name}”`,
    setTarget: (indicator: string) => `Edit target “${indicator}”`,
    removeTarget: (indicator: string) => `Remove “${indicator}” from the goal set`,
    addFormula: (name: string) => `Add formula indicator “${name}”`,
    editFormula: (name: string) => `Edit formula indicator “${name}”`,
    removeFormula: (name: string) => `Delete formula indicator “${name}”`,
    importCatalog: (file: string) => `Import indicator catalog “${file}”`,
    restoreBackup: (file: string) => `Import backup “${file}”`,
    restoreSnapshot: (name: string) => `Restore snapshot “${name}”`,
  },
  msg: {
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    undone: (label: string) => `Undone: ${label}`,
    redone: (label: string) => `Redone: ${label}`,
    changedElsewhere: (cells: string) =>
      `${cells} changed in another tab since; undo/redo left it as it is there`,
    moreCells: (n: number) => ` (${n} cells in all)`,
    savedOver: (cells: string) =>
      `${cells} was also changed in another tab at the same time; this tab's value was saved`,
    keptOld: (reason: string) => `${reason}; the previous value is kept`,
    notSaved: (reason: string) => `${reason}; not saved`,
    badYear: (text: string) => `“${text}” is not a valid year; the previous value is kept`,
    badKind: 'Kind must be “Actual” or “Target”; the previous value is kept',
    badQualifier: 'Qualifier must be empty, ≥ or ≈; the previous value is kept',
    required: (what: string) => `${what} cannot be empty; the previous value is kept`,
    computedValue: (name: string) =>
      `“${name}” actual values are computed by its formula and cannot be typed, pasted or deleted; those cells were left as they were (edit its inputs instead)`,
    unknownIndicator: (name: string) => `“${name}” is not in the indicator catalogue`,
    moreErrors: (n: number) => ` (${n} in all)`,
    outOfRange: (list: string) => `Saved, but outside the valid range: ${list}`,
    rangeNote: (indicator: string, value: string, problem: string) =>
      `${indicator} ${value}: ${problem}`,
    deleted: (n: number) => `Deleted ${n} row(s) (can be undone)`,
    alreadyBefore: 'The cell already has its value from before the change',
    reverted: 'Change reverted (can be undone)',
    restored: (label: string, n: number, formulas = 0, groups = '') =>
      `${label}: ${n} row(s) changed${formulas ? `, ${formulas} formula indicator(s) changed` : ''}${groups} (can be undone)`,
    setNameEmpty: 'The goal set name cannot be empty',
    setNameTaken: (name: string) => `There is already a goal set named “${name}”`,
    formulaNameEmpty: 'The indicator name cannot be empty',
    formulaNameTaken: (name: string) => `There is already an indicator named “${name}”`,
    formulaBuiltIn: (name: string) =>
      `“${name}” is built in and cannot be edited or deleted; copy it as a new indicator`,
    formulaInUse: (name: string, readers: string) =>
      `“${name}” is read by the formula indicators ${readers}: it cannot be deleted or renamed`,
    storageFull:
      'Storage is full: recent changes are still in memory and saving will be retried. Save a backup soon with “More → Export backup” and free some browser storage.',
    saveFailed: (e: string) =>
      `Saving failed (${e}); changes are still in memory and saving will be retried.`,
    reportNotSaved: (e: string) =>
      `The report text could not be saved (${e}) and is only in this page; save it with “More → Export backup”.`,
    journalFull:
      'The temporary journal is full: later changes will not come back after a reload. Save them with “More → Export backup”.',
    editRowGone: (raw: string) =>
      `“${raw}” was not saved: while you were typing, another tab removed or changed this row.`,
    journalRestored: (n: number) =>
      `Restored ${n} change(s) that were not yet saved when the page last closed or reloaded`,
  },
  reason: {
    empty: 'Empty',
    notNumber: (raw: string) => `“${raw}” is not a number`,
    wrongUnit: (raw: string, found: string, unit: string) =>
      `“${raw}”: the unit “${found}” does not match the indicator’s unit “${unit || 'none'}”`,
    notFinite: (raw: string) => `“${raw}” is not a finite number`,
    notExact: (raw: string, kept: string) =>
      `“${raw}” has more significant digits than can be kept exactly (about 15); it would be stored as ${kept}: use fewer digits`,
    belowMin: (min: string) => `below the valid minimum ${min}`,
    aboveMax: (max: string) => `above the valid maximum ${max}`,
    catalogDirection: (line: number | undefined, d: string) =>
      line === undefined
        ? `Direction “${d}” is not valid`
        : `Row ${line}: direction “${d}” is not valid`,
    catalogDuplicate: (name: string) => `Indicator “${name}” appears twice`,
    catalogColumnMissing: (column: string) => `The column “${column}” is missing`,
    formula: {
      empty: 'The formula is empty',
      numberInexact: (at: number, found: string) =>
        `The number “${found}” at character ${at} cannot be kept exactly (it would become another number or 0): use fewer digits`,
      noIndicator:
        'The formula names no indicator: a formula of numbers only has nothing to compare',
      divideByZero: 'The formula divides by 0: it never gives a value',
      nameNumber: (name: string) =>
        `The indicator name “${name}” is a number: in formulas it would be mistaken for one; add words`,
      nameSign: (name: string, found: string) =>
        `The indicator name “${name}” holds “${found}”: names cannot hold + × ÷ * / = or 【】「」 (parentheses are fine)`,
      nameLong: (max: number) => `The indicator name is longer than ${max} characters`,
      nameUnquotable: (name: string) =>
        `The indicator name “${name}” holds “】”, so it cannot be written in 【】 and no formula can read it (rename it in the catalogue first)`,
      unitBlank: 'Enter a unit (e.g. 张, %)',
      syntax: (at: number, found: string) =>
        found === ''
          ? `The formula is incomplete at character ${at}`
          : `The formula cannot be read at character ${at} (“${found}”)`,
      refused: (at: number, found: string) =>
        `“${found}” at character ${at} is not allowed: only numbers, indicator names, + − × ÷ and parentheses`,
      unknownName: (name: string, at: number) =>
        at > 0
          ? `“${name}” at character ${at} is not a known indicator`
          : `“${name}” is not a known indicator`,
      tooDeep: (max: number) => `The formula is nested more than ${max} levels deep`,
      tooLarge: (max: number) => `The formula has more than ${max} terms`,
      unitMismatch: (op: string, left: string, right: string) =>
        `Units do not fit: “${left || 'no unit'}” ${op === '+' ? 'plus' : 'minus'} “${right || 'no unit'}”`,
      cycle: (names: string) => `The formulas refer to each other in a circle: ${names}`,
      inputBroken: (name: string) =>
        `Reads the formula indicator “${name}”, which cannot be computed`,
      computed: (name: string) =>
        `“${name}” is computed by its formula: its actual values are not imported (never stored)`,
      missingNumerator: (name: string) => `No numerator (${name})`,
      missingDenominator: (name: string) => `No denominator (${name})`,
      missingInput: (name: string) => `No value for “${name}”`,
      divisionByZero: 'Division by zero',
      notFinite: 'The result is out of range',
    },
    noDistrict: 'District missing',
    noIndicator: 'Indicator missing',
    noId: 'ID missing',
    noYear: 'Year blank',
    noValue: 'Value blank',
    notText: (found: string) => `should be text, found ${found}`,
    badYear: (y: string) => `Year “${y}” is not valid`,
    badKind: (k: string) => `Kind “${k}” is not valid`,
    badQualifier: (q: string) => `Qualifier “${q}” is not valid`,
    importKind: (k: string) => `Kind “${k}” must be “actual” or “target”`,
    importQualifier: (q: string) => `Qualifier “${q}” must be empty, ≥ or ≈`,
    importValue: (r: string) => `Value: ${r}`,
    emptyFile: 'The file is empty: there is nothing to import',
    badHeader: (cols: string, line: number) =>
      `${line > 0 ? `Line ${line}` : 'The header'}${cols === '' ? ' is empty' : ` “${cols}”`} is not a recognised header: a long table needs district, indicator and value columns; a wide table needs an indicator column and one column per district; a statistical table needs a region or indicator column and year columns (such as 2024). You can pick another header line in the preview`,
    headerOnly: 'The file has only a header and no data rows',
    needIndicator:
      'This is a regions × years table, but the file does not name its indicator (no “指标：” line or merged header): enter the indicator and its unit in the preview',
    needDistrict:
      'This is an indicators × years table, and the file does not say which district its values are for: choose the district in the preview',
    ignoredColumns: (cols: string) =>
      `These columns are neither a district nor a year and were not imported: ${cols}`,
    unreadable: 'Cannot be read',
    repeatedId: (id: string) => `id “${id}” repeats an earlier row`,
    duplicate: (line: number) =>
      `Duplicate of row ${line} (same district, indicator, year, kind, scope, source and value)`,
    conflict: (line: number) =>
      `Differs from row ${line}: both rows are kept, not merged, and once imported are marked as a source conflict in the comparison`,
    columns: (n: number, header: number) =>
      `Wrong number of columns: ${n}, the header has ${header}`,
    unclosedQuote: (line: number, col: number, name: string) =>
      `Line ${line}, column ${col}${name ? ` (${name})` : ''}: unclosed quote; everything after it would fall into this cell. Add the closing quote, then import again`,
    badQuote: (line: number, col: number, name: string) =>
      `Line ${line}, column ${col}${name ? ` (${name})` : ''}: misplaced quote (text after the closing quote; a quote inside a cell is written "")`,
    duplicateColumns: (list: string) =>
      `The header has duplicate columns: ${list}. If those columns belong to another indicator, write its name in the row above them; otherwise remove the extra columns, then import again`,
    duplicateColumn: (field: string, cols: string) => `“${field}” in columns ${cols}`,
    unnamedGroup: (line: number, cols: string) =>
      `Line ${line} names no indicator above the years in columns ${cols}, though it names one above other year columns: write the indicator above those columns (or remove the columns you do not want), then import again; nothing was imported`,
    goalsTable:
      'This is a goals-table export (with computed progress, gap and status) and cannot be imported: export the long table and import that, or edit targets in the Goals view',
    original: (r: string) => `Original report value: ${r}`,
    badPreferred: (v: string) => `Preferred “${v}” must be “yes” or empty`,
    qualifierConflict: (value: string, q: string) =>
      `Value “${value}” disagrees with qualifier “${q}”`,
    districtNamed: (from: string, to: string) => `District “${from}” imported as “${to}”`,
    districtCode: (from: string, code: string, to: string) =>
      from === code
        ? `District code “${code}” imported as “${to}”`
        : `District “${from}” imported by its code ${code} as “${to}”`,
    districtFormer: (from: string, former: string, year: number, to: string, merged: boolean) =>
      `District “${from}”${from === former ? '' : ` (formerly ${former})`} ${merged ? 'was merged into' : 'became'} “${to}” in ${year}; imported as “${to}”${merged ? `. Values before ${year} cover only the former ${former}` : ''}`,
    districtCodeConflict: (text: string, code: string, district: string) =>
      `District “${text}”: code ${code} is “${district}”, not the name given. Correct the code or the name, then import again`,
    unitConverted: (raw: string, fileUnit: string, value: string, unit: string) =>
      `“${raw}” is in “${fileUnit}”; converted to ${value} ${unit}`,
    unknownDistrict: (name: string) => `Unknown district “${name}” (not chosen to be added)`,
    unknownIndicator: (name: string) => `Unknown indicator “${name}” (not chosen to be added)`,
    xlsx: 'This is an Excel workbook (.xlsx) or a zip file, not a CSV: use “Save as CSV” in Excel/WPS, then import that',
    unreadableWorkbook: (format: 'xlsx' | 'xls' | 'html'): string =>
      format === 'html'
        ? 'The file is a web page (HTML) or an Excel 2003 XML table whose table cannot be read: open it in Excel/WPS and save it as .xlsx, then import that; nothing was imported'
        : format === 'xls'
          ? 'The file looks like an Excel 97–2003 workbook (.xls) or a WPS sheet (.et) but cannot be read: it may be damaged, or another Office file (such as a Word document). Open it in Excel/WPS and save it as .xlsx, then import that; nothing was imported'
          : 'The file looks like an Excel workbook (.xlsx) but cannot be read: it may be damaged or incomplete, or another zip file (.zip, .docx …). Open it in Excel/WPS and save it again, then import that; nothing was imported',
    encryptedWorkbook:
      'The workbook is protected by a password to open and cannot be read: open it in Excel/WPS with the password, remove the password, save, then import; nothing was imported',
    workbookCodeMissing:
      'The code that reads Excel/WPS files could not be loaded (the app may have been updated, or the network is down): reload the page, then import again; nothing was imported',
    noSheetData: (sheets: string[]): string =>
      sheets.length
        ? `The workbook has nothing to import: its sheets ${sheets.map((s) => `“${s}”`).join(', ')} are empty`
        : 'The workbook has no sheets',
    unknownSheet: (name: string, sheets: string[]) =>
      `The workbook has no sheet named “${name}” (it has ${sheets.map((s) => `“${s}”`).join(', ')})`,
    sheetTooLarge: (sheet: string, rows: string, columns: string, limit: string) =>
      `Sheet “${sheet}” is too large: ${rows} rows × ${columns} columns, more than the ${limit} cells that can be read at once. Delete the rows and columns you do not need, or split the data into several files, then import`,
    notUtf8: 'The file is not valid UTF-8: choose GB18030 instead',
    badUtf8: (position: number, line: number, count: number) =>
      `The file is UTF-8, but byte number ${position} (line ${line}) is not valid UTF-8${count > 1 ? ` (${count} places)` : ''}: the file may be damaged or contain text in another encoding. Fix it in an editor, then import again; if the file really is GB18030/GBK, choose that under Encoding`,
    notGb18030: 'Some bytes are not valid GB18030: the file is not GB18030/GBK',
    utf16NoBom:
      'The file looks like UTF-16 without a BOM: save it from Excel/WPS as “CSV UTF-8”, then import that',
    binary:
      'The file does not look like text (perhaps an image or another binary file); nothing was imported',
  },
  backup: {
    notBackup: 'This is not a backup exported by this app',
    newer: (v: string) => `Backup version ${v} is newer than this app: update the app first`,
    unknownVersion: (v: string) => `Backup version “${v}” is not recognised; nothing was changed`,
    noTable: 'The backup has no data table',
    unreadable: (n: number, list: string) =>
      `${n} values in the backup cannot be read (${list}); nothing was changed`,
    badField: (path: string, expected: string, found: string) =>
      `${path} should be ${expected}, found ${found}`,
    expect: {
      object: 'an object',
      list: 'a list',
      text: 'text',
      name: 'non-empty text',
      number: 'a number',
      numberOrBlank: 'a number or null (blank)',
      year: 'a whole year from 1900 to 2100',
      yesNo: 'true or false',
      oneOf: (values: string) => `one of ${values}`,
    },
    found: {
      missing: 'nothing (missing)',
      null: 'null',
      text: (s: string) => `the text “${s}”`,
      value: (s: string) => s,
      list: 'a list',
      object: 'an object',
    },
    duplicateId: (where: string, id: string) =>
      `ID “${id}” appears twice in the backup’s ${where}; nothing was changed`,
    notJson: (file: string) => `“${file}” is not a valid JSON backup file; nothing was changed`,
    confirm: (file: string, rows: number, sets: number, history: number) =>
      `Replace the current data with the backup “${file}” (${rows} rows, ${sets} goal sets, ${history} history entries)? The current data is saved as a snapshot first.`,
    before: 'Before importing a backup',
    exportFailed: (e: string) => `The backup could not be exported: ${e}`,
    storedSkipped: (n: number, list: string) =>
      `${n} stored items cannot be read and were not loaded (${list}). Unreadable data rows are kept aside in the browser, and saving does not delete them; unreadable parts of goal sets, the catalog or slides are removed the next time those are saved, and an earlier backup or snapshot brings them back`,
    notRestored:
      'The current data could not be saved as a snapshot first, so the backup was not imported; nothing was changed',
    failed: (e: string) => `The backup was not imported (${e}); nothing was changed`,
    noSnapshots: (n: number) =>
      `browser storage is unavailable, so the backup’s ${n} snapshots were not imported`,
    catalogKept: (n: number, names: string) =>
      `${n} indicators are defined differently in the backup; this app’s definitions were kept (${names})`,
  },
  importUi: {
    title: (file: string) => `Import: ${file}`,
    encoding: 'Encoding',
    delimiter: 'Delimiter',
    delimiters: { comma: 'Comma ,', semicolon: 'Semicolon ;', tab: 'Tab' },
    layout: 'Layout',
    long: 'Long (one value per row)',
    wide: 'Wide (one district per column)',
    regionsByYears: 'Regions × years (one indicator)',
    indicatorsByYears: 'Indicators × years (one district)',
    sheet: 'Sheet',
    sheetOption: (name: string, rows: number) => `${name} (${rows} rows)`,
    headerRow: 'Header row',
    headerOption: (line: number, text: string) => `Row ${line}: ${text}`,
    indicatorName: 'Indicator',
    unit: 'Unit',
    district: 'District',
    chooseDistrict: '(choose)',
    newDistrict: 'New district…',
    newDistrictName: 'New district name',
    needIndicator:
      'This table has regions × years for one indicator: enter the indicator and its unit above (or add a line “指标：name(unit)” to the file). The existing data is unchanged.',
    needDistrict:
      'This table has indicators × years for one district: choose or type the district above. The existing data is unchanged.',
    titleLines: 'Title lines (not imported)',
    noteLines: 'Note lines (not imported)',
    textLine: (line: number, text: string) => `Row ${line} ${text}`,
    totalsKept: 'Totals kept apart (not imported as districts)',
    totalLine: (line: number, label: string, n: number) => `Row ${line} ${label} (${n} values)`,
    totalColumn: (column: string, label: string, n: number) =>
      `column ${column} ${label} (${n} values) kept apart`,
    noData: (n: number, marks: string) =>
      `${n} cells with no data (${marks}): neither errors nor zeros`,
    markCount: (mark: string, n: number) => `${mark} ${n}`,
    blankMark: 'blank',
    hiddenRows: (list: string) => `rows: ${list}`,
    hiddenColumns: (list: string) => `columns: ${list}`,
    hidden: (what: string) => `Hidden in the sheet but still read and imported: ${what}`,
    merged: (n: number) => `${n} merged cell ranges, each cell read as the merged value`,
    rowHeader: 'Header',
    rowTitle: 'Title, not imported',
    rowNote: 'Note, not imported',
    rowTotal: 'Total, kept apart',
    wideYear: 'Year of the wide table',
    wideKind: 'Kind of the wide table',
    progress: 'Import progress',
    problems: 'Rows with problems',
    ok: 'Import',
    mode: 'Import mode',
    merge: 'Merge: update matching rows, add new ones',
    replace: 'Replace: replace all data with the file',
    reading: 'Reading the file…',
    badWideYear: 'The year of the wide table is not valid',
    failed: (reason: string) => `Cannot import: ${reason}. The existing data is unchanged.`,
    header: (lang: 'zh' | 'en' | 'mixed', bom: boolean) =>
      `Header: ${{ zh: 'Chinese', en: 'English', mixed: 'Chinese and English' }[lang]}${bom ? ', with BOM' : ''}`,
    counts: (c: PlanCounts, warnings: number, pending?: string) =>
      `${c.rows} rows, ${c.cells} values: ${c.cellsTaken} values to import (rows: ${c.rowsTaken})${pending ? `; ${pending}; ` : ', '}${c.cellsSkipped} skipped (whole rows: ${c.rowsSkipped})${c.noData ? `, ${c.noData} cells with no data` : ''}${c.totals ? `, ${c.totals} totals values kept apart` : ''}; ${warnings} warnings.`,
    replaceNote: (existing: number, incoming: number) =>
      `Replace deletes all ${existing} existing values and keeps only the ${incoming} values from the file.`,
    pending: (n: number, districts: string[], indicators: string[]) => {
      const names = (list: string[]) =>
        list
          .slice(0, 3)
          .map((x) => `“${x}”`)
          .join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
      const what = [
        districts.length
          ? `new district${districts.length > 1 ? 's' : ''} ${names(districts)}`
          : '',
        indicators.length
          ? `new indicator${indicators.length > 1 ? 's' : ''} ${names(indicators)}`
          : '',
      ]
        .filter((x) => x !== '')
        .join(' and ');
      return `${n} values belong to ${what}, not added: tick “Add” to import them`;
    },
    unknownsHead:
      'The file has districts or indicators this workbook does not have yet. Check the names (so a typo does not become a new district), then tick “Add” to import their values:',
    addAll: (n: number) => `Add all (${n} new districts or indicators)`,
    addDistrict: (name: string, n: number) => `Add new district “${name}” (${n} values)`,
    addIndicator: (name: string, unit: string, n: number) =>
      `Add new indicator “${name}” (${unit || 'no unit'}, ${n} values)`,
    skipped: (reason: string) => `Skipped: ${reason}`,
    warning: (reason: string) => `Warning: ${reason}`,
    line: 'Row',
    problem: 'Problem',
    moreRows: (n: number) => `…and ${n} more rows`,
    importing: 'Importing…',
    notSavedToast:
      'The import could not be saved to browser storage and was taken back; the existing data is unchanged.',
    notSaved: 'The import could not be saved and was taken back; the existing data is unchanged.',
    result: 'Import result',
    done: 'Import complete',
    lineNote: (line: number, text: string) => `Row ${line}: ${text}`,
    summary: (added: number, updated: number, same: number, removed: number) =>
      `Data table: ${added} rows added, ${updated} updated, ${same} unchanged${removed ? `, ${removed} replaced` : ''}.`,
    summaryFile: (c: PlanCounts, notAdded: number) =>
      `File: ${c.rows} rows, ${c.cells} values; ${c.cellsTaken - notAdded} values imported, ${c.cellsSkipped + notAdded} skipped (whole rows: ${c.rowsSkipped}${notAdded ? `; ${notAdded} because the district or indicator was not added` : ''})${c.noData ? `, ${c.noData} cells with no data` : ''}${c.totals ? `, ${c.totals} totals values kept apart` : ''}.`,
    before: (file: string) => `Before importing “${file}”`,
  },
  historyUi: {
    source: {
      edit: 'Edit',
      paste: 'Paste',
      fill: 'Fill',
      import: 'Import',
      undo: 'Undo',
      redo: 'Redo',
      restore: 'Restore',
      revert: 'Revert',
      add: 'Add',
      delete: 'Delete',
      goals: 'Goal sets',
      sync: 'Sync',
    },
    onlyCell: (cell: string) =>
      cell
        ? `Only the selected cell (${cell})`
        : 'Only the selected cell (select one in the table first)',
    intro:
      'Every change is logged: the cell, old value → new value, the time and the source. Any change can be reverted.',
    revert: 'Revert this change',
    more: (n: number) => `…and ${n} more`,
    goalSets: (before: string, after: string) => `Goal sets: ${before} → ${after}`,
    none: '(none)',
    blank: '(blank)',
    empty: 'No changes yet',
    added: (cell: string, v: string) => `${cell}: added ${v}`,
    deleted: (cell: string, v: string) => `${cell}: deleted (was ${v})`,
    changed: (cell: string, what: string) => `${cell}: ${what}`,
  },
  formulas: {
    menu: 'Formula indicators…',
    title: 'Formula indicators',
    none: 'No formula indicators yet',
    builtIn: 'built-in',
    edit: 'Edit',
    copy: 'Copy as new',
    remove: 'Delete',
    add: '+ New formula indicator',
    adding: 'New formula indicator',
    editing: (name: string) => `Edit “${name}”`,
    name: 'Indicator name',
    nameEn: 'English name (optional)',
    unit: 'Unit',
    direction: 'Direction',
    category: 'Category',
    formula: 'Formula',
    formulaHint:
      'Write indicator names in Chinese, as in the catalog (Insert indicator writes them for you), e.g. 床位数 ÷ 常住人口 × 1000 for beds ÷ resident population × 1000. Write names holding operators or brackets in 【】.',
    earlier: 'Use the nearest earlier year when the denominator has no value',
    definition: 'Definition',
    standard: 'Source / standard',
    insert: 'Insert indicator',
    insertPick: 'Insert indicator…',
    resultUnit: (unit: string) => `Result unit: ${unit || 'none (a pure number)'}`,
    zero: (list: string) => `Note: a divisor can be 0 (${list})`,
    zeroItem: (district: string, indicator: string, year: number) =>
      `${district} ${year} ${indicator} is 0`,
    preview: 'Preview: each district’s latest result',
    district: 'District',
    year: 'Year',
    value: 'Result',
    noData: 'no data',
    save: 'Save',
    removeConfirm: (name: string, rows: number, targets: number, slides = 0) =>
      `Delete formula indicator “${name}”? Its values are computed; no entered data is affected. ` +
      (rows || targets
        ? `Its ${rows} entered target values and ${targets} goal-set targets are deleted too. `
        : '') +
      (slides ? `The ${slides} slide(s) showing it stay but will show nothing. ` : '') +
      'This can be undone.',
    copyName: (name: string) => `${name} (copy)`,
    saved: (name: string) => `Saved formula indicator “${name}”`,
    exportCatalog: 'Export indicator catalog CSV',
    importCatalog: 'Import indicator catalog CSV',
    catalogFile: (day: string) => `indicator-catalog_${day}.csv`,
    atCell: (line: number, column: number, text: string) =>
      `Row ${line}, column ${column}: ${text}`,
    importFailed: (file: string, text: string) =>
      `Indicator catalog “${file}” not imported: ${text}. Nothing was changed`,
    replaceConfirm: (names: string) =>
      `The file’s formulas will replace your own formula indicators: ${names}. Replace them? (Cancel adds only the new indicators)`,
    imported: (added: number, replaced: number) =>
      `Imported the indicator catalog: ${added} added, ${replaced} replaced`,
    keptNote: (names: string) => `kept this app’s definitions: ${names}`,
    nothingNew: 'Every indicator in the file is already in the catalog; nothing changed',
  },
  snap: {
    name: 'Snapshot name',
    defaultName: 'Before the meeting',
    save: 'Save current as snapshot',
    note: (n: number) =>
      `A snapshot is saved automatically before imports, resets and snapshot restores. Only the latest ${n} automatic snapshots are kept; manual snapshots are never deleted automatically.`,
    noStorage: 'Browser storage is unavailable, so snapshots cannot be saved. Use “Export backup”.',
    restore: 'Restore',
    delete: 'Delete',
    confirmRestore: (name: string) =>
      `Replace the current data with snapshot “${name}”? The current data is saved as a snapshot first.`,
    missing: 'The snapshot data is missing',
    unreadable: (list: string) =>
      `The snapshot’s data cannot be read (${list}); nothing was changed`,
    notRestored:
      'The current data could not be saved as a snapshot first, so the snapshot was not restored; nothing was changed',
    beforeRestore: (name: string) => `Before restoring “${name}”`,
    beforeReset: 'Before restoring the seed data',
    notReset:
      'The current data could not be saved as a snapshot first, so the seed data was not restored; nothing was changed',
    confirmDelete: (name: string) => `Delete snapshot “${name}”?`,
    auto: 'Auto',
    manual: 'Manual',
    rows: (n: number) => `${n} rows`,
    empty: 'No snapshots yet',
    saved: (name: string) => `Saved snapshot “${name}”`,
    saveFailed: (e: string) => `Could not save the snapshot: ${e}`,
  },
  aboutUi: {
    title: 'About / storage',
    unsupported: 'Not supported by this browser',
    yes: 'Yes',
    no: 'No',
    unknown: 'Unknown',
    requestPersist: 'Request persistent storage',
    version: 'Version',
    buildDate: 'Build date',
    persisted: 'Persistent storage',
    usage: 'Space used',
    offline: 'Works offline',
    denied:
      'The browser did not grant persistent storage. Install the app or bookmark it and use it regularly, then ask again.',
    data: 'Data',
    dataValue: (rows: number, districts: number, indicators: number) =>
      `${rows} rows, ${districts} districts, ${indicators} indicators`,
    storage: 'Storage',
    indexeddb: 'Browser IndexedDB',
    memory: 'Memory only (not kept)',
  },
  lazy: {
    startFailed: (e: string) =>
      `The app could not start (${e}). Reload the page; if that fails too, check the network connection.`,
    failed: (saved: boolean) =>
      `This feature’s code could not be loaded from the server (the app may have been updated). ${saved ? 'All your changes are saved: ' : 'Some changes are not saved yet: export a backup first, then '}reload the page to use it.`,
    failedMemory:
      'This feature’s code could not be loaded from the server (the app may have been updated). Browser storage is unavailable, so a reload would lose the data: export a backup first, then reload and import it.',
  },
  update: {
    available: 'A new version is available.',
    later: 'Later',
    busy: 'Finish editing the cell first',
    failed: 'The update failed; try again later',
    unsaved: 'Some changes are not saved yet, so the page will not reload',
  },
  chart: {
    showRest: (n: number) => `Show the other ${n} districts`,
    showTop: (n: number) => `Show the top ${n} only`,
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    noData: 'No data',
    noDataSelected: 'No data for the selected indicator',
    noTarget: 'No target',
    ownTarget: 'District’s own target',
    ownTargetTip: (text: string) => `District’s own target ${text}`,
    status: 'Status',
    sourceNone: 'Source: no data',
    source: (text: string) => `Source: ${text}`,
    reports: (n: number) => (n === 1 ? '1 district report' : `${n} district reports`),
    andMore: (shown: string, count: string) => `${shown} and more${count ? ` (${count})` : ''}`,
    manual: ', including values entered by hand',
    across: {
      title: 'Across districts',
      ariaNone: 'Bar chart: no indicator data to compare.',
      titleFor: (label: string, year: number | null, target: boolean) =>
        `${label}: ${target ? 'targets' : 'values'} across districts${year === null ? '' : `, ${year}`}`,
      noDataInYear: (year: number) => `No data for this indicator in ${year}`,
      goalLine: (set: string) => `target line: ${set}`,
      goalLabel: (set: string, value: string) => `${set}: ${value}`,
      aria: (title: string, detail: string) => `Bar chart: ${title}. ${detail}`,
      noDistrictData: 'No district has data.',
      onlyOne: (district: string, value: string) => `Only ${district} has data: ${value}.`,
      range: (total: number, known: number, hi: string, lo: string) =>
        `${known} of ${total} districts have data; highest ${hi}, lowest ${lo}.`,
      refLine: (goal: string) => ` Reference line: ${goal}.`,
    },
    progress: {
      title: (district: string, set: string | null) =>
        `${district}: progress to ${set === null ? 'targets' : `“${set}”`} (%)`,
      district: 'District',
      track: 'Target (100%)',
      bar: 'Progress',
      noDistricts: 'No districts',
      nothingInSet: (set: string) => `Nothing in “${set}” to compare against`,
      noTargets: (district: string) => `${district} has no targets`,
      sourceSet: (set: string) => `targets: ${set}`,
      count: (status: string, n: number) => `${status}: ${n}`,
      aria: (title: string, n: number, counts: string) =>
        `Bar chart: ${title}. ${n} ${n === 1 ? 'target' : 'targets'}: ${counts}.`,
      ariaEmpty: (title: string, empty: string) => `Bar chart: ${title}. ${empty}.`,
      headers: ['Indicator', 'Baseline', 'Latest', 'Target', 'Progress', 'Status'],
      tooltip: (progress: string, status: string, latest: string, target: string) =>
        `Progress ${progress} (${status}): ${latest} → target ${target}`,
    },
    years: {
      title: 'Over the years',
      titleFor: (label: string) => `${label}: over the years`,
      ariaNone: 'Line chart: no indicator data to show.',
      point: (year: number, target: boolean, value: string) =>
        `${year}${target ? ' target' : ''} ${value}`,
      singleYear: 'This indicator has data for a single year only',
      ariaEmpty: (title: string, empty: string) => `Line chart: ${title}. ${empty}.`,
      targetLine: (district: string) => `${district} target`,
      pastTargets: (district: string) => `${district} earlier targets`,
      describe: (district: string, points: string) => `${district}: ${points}`,
      aria: (title: string, n: number, describe: string) =>
        `Line chart: ${title}; ${n} district(s) with data for several years. ${describe}.`,
      dashed: 'Dashed: target',
    },
  },
};
