// Problem codes → words, at the screens only. The table has one entry per code: tsc refuses a
// code left out, and zh.ts/en.ts have equal keys, so every code has words in both languages.
import type { Expected, Found, Problem, ProblemCode } from '../model/problems';
import { numberText } from '../model/numbers';
import { formatNumber, indicatorName, t } from './index';

type Catalog = ReadonlyMap<string, { nameEn: string }>;
type Words = {
  [C in ProblemCode]: (p: Extract<Problem, { code: C }>, catalog: Catalog) => string;
};

const r = () => t.reason;

function expected(e: Expected): string {
  return typeof e === 'string' ? t.backup.expect[e] : t.backup.expect.oneOf(e.oneOf.join(' / '));
}

function found(f: Found): string {
  const w = t.backup.found;
  return f.kind === 'text' ? w.text(f.text) : f.kind === 'value' ? w.value(f.text) : w[f.kind];
}

const list = (ps: readonly Problem[]) => ps.map((p) => problemText(p)).join(t.sep.clause);

const WORDS: Words = {
  empty: () => r().empty,
  notANumber: (p) => r().notNumber(p.text),
  wrongUnit: (p) => r().wrongUnit(p.text, p.found, p.unit),
  notFinite: (p) => r().notFinite(p.text),
  notExact: (p) => r().notExact(p.text, numberText(p.kept)),
  belowMin: (p) => r().belowMin(formatNumber(p.min)),
  aboveMax: (p) => r().aboveMax(formatNumber(p.max)),
  outOfRange: (p, c) =>
    t.msg.rangeNote(indicatorName(c, p.indicator), formatNumber(p.value), problemText(p.range)),
  noId: () => r().noId,
  noDistrict: () => r().noDistrict,
  noIndicator: () => r().noIndicator,
  noYear: () => r().noYear,
  noValue: () => r().noValue,
  notText: (p) => r().notText(found(p.found)),
  badYear: (p) => (p.text === '' ? r().noYear : r().badYear(p.text)),
  badKind: (p) => r().importKind(p.text),
  badQualifier: (p) => r().importQualifier(p.text),
  qualifierConflict: (p) => r().qualifierConflict(p.text, p.qualifier),
  badPreferred: (p) => r().badPreferred(p.text),
  districtNamed: (p) =>
    p.via === 'former' && p.former !== undefined && p.year !== undefined
      ? r().districtFormer(p.text, p.former, p.year, p.district, p.merged === true)
      : p.via === 'code' && p.divisionCode !== undefined
        ? r().districtCode(p.text, p.divisionCode, p.district)
        : r().districtNamed(p.text, p.district),
  districtCodeConflict: (p) => r().districtCodeConflict(p.text, p.divisionCode, p.district),
  unitConverted: (p) => r().unitConverted(p.text, p.fileUnit, numberText(p.value), p.unit),
  unknownDistrict: (p) => r().unknownDistrict(p.name),
  unknownIndicator: (p) => r().unknownIndicator(p.name),
  catalogDirection: (p) => r().catalogDirection(p.line, p.text),
  catalogDuplicate: (p) => r().catalogDuplicate(p.name),
  catalogColumnMissing: (p) => r().catalogColumnMissing(p.name),
  formulaEmpty: () => r().formula.empty,
  formulaNumberInexact: (p) => r().formula.numberInexact(p.at + 1, p.found),
  formulaNoIndicator: () => r().formula.noIndicator,
  formulaDivideByZero: () => r().formula.divideByZero,
  formulaNameNumber: (p) => r().formula.nameNumber(p.name),
  formulaNameSign: (p) => r().formula.nameSign(p.name, p.found),
  formulaNameLong: (p) => r().formula.nameLong(p.max),
  formulaNameUnquotable: (p) => r().formula.nameUnquotable(p.name),
  formulaUnitBlank: () => r().formula.unitBlank,
  formulaSyntax: (p) => r().formula.syntax(p.at + 1, p.found),
  formulaRefused: (p) => r().formula.refused(p.at + 1, p.found),
  formulaUnknownName: (p) => r().formula.unknownName(p.name, p.at === undefined ? 0 : p.at + 1),
  formulaTooDeep: (p) => r().formula.tooDeep(p.max),
  formulaTooLarge: (p) => r().formula.tooLarge(p.max),
  formulaUnitMismatch: (p) => r().formula.unitMismatch(p.op, p.left, p.right),
  formulaCycle: (p) => r().formula.cycle(p.names.join(' → ')),
  formulaInputBroken: (p) => r().formula.inputBroken(p.name),
  formulaComputed: (p) => r().formula.computed(p.indicator),
  missingNumerator: (p) => r().formula.missingNumerator(p.name),
  missingDenominator: (p) => r().formula.missingDenominator(p.name),
  missingInput: (p) => r().formula.missingInput(p.name),
  divisionByZero: () => r().formula.divisionByZero,
  formulaNotFinite: () => r().formula.notFinite,
  emptyFile: () => r().emptyFile,
  badHeader: (p) => r().badHeader(p.headers.join(t.sep.list), p.line ?? 0),
  headerOnly: () => r().headerOnly,
  needIndicator: () => r().needIndicator,
  needDistrict: () => r().needDistrict,
  ignoredColumns: (p) => r().ignoredColumns(p.headers.join(t.sep.list)),
  unreadable: () => r().unreadable,
  duplicateRow: (p) => r().duplicate(p.other),
  repeatedId: (p) => r().repeatedId(p.id),
  conflictRow: (p) => r().conflict(p.other),
  columnCount: (p) => r().columns(p.count, p.expected),
  unclosedQuote: (p) => r().unclosedQuote(p.line ?? 0, p.column ?? 0, p.header),
  badQuote: (p) => r().badQuote(p.line ?? 0, p.column ?? 0, p.header),
  duplicateColumns: (p) =>
    r().duplicateColumns(
      p.columns
        .map((c) => r().duplicateColumn(c.headers.join(t.sep.list), c.at.join(t.sep.list)))
        .join(t.sep.clause),
    ),
  unnamedGroup: (p) => r().unnamedGroup(p.line, p.columns.join(t.sep.list)),
  goalsTable: () => r().goalsTable,
  csvError: (p) => t.atLine(p.line ?? 0, p.text),
  xlsx: () => r().xlsx,
  unreadableWorkbook: (p) => r().unreadableWorkbook(p.format),
  encryptedWorkbook: () => r().encryptedWorkbook,
  workbookCodeMissing: () => r().workbookCodeMissing,
  noSheetData: (p) => r().noSheetData(p.sheets),
  unknownSheet: (p) => r().unknownSheet(p.name, p.sheets),
  sheetTooLarge: (p) =>
    r().sheetTooLarge(
      p.sheet ?? '',
      formatNumber(p.rows),
      formatNumber(p.columns),
      formatNumber(p.limit),
    ),
  badUtf8: (p) => r().badUtf8(p.offset, p.line ?? 0, p.count),
  notGb18030: () => r().notGb18030,
  utf16NoBom: () => r().utf16NoBom,
  binary: () => r().binary,
  badField: (p) => t.backup.badField(p.path ?? '', expected(p.expected), found(p.found)),
  notBackup: () => t.backup.notBackup,
  unknownVersion: (p) => t.backup.unknownVersion(p.text),
  newerVersion: (p) => t.backup.newer(String(p.version)),
  noTable: () => t.backup.noTable,
  backupUnreadable: (p) => t.backup.unreadable(p.count, list(p.first)),
  snapshotUnreadable: (p) => t.snap.unreadable(list(p.first)),
  duplicateId: (p) => t.backup.duplicateId(p.list, p.id),
  unknownField: (p) => t.peers.problem.unknownField(p.name),
  markupInName: (p) => t.peers.problem.markupInName(p.text),
  repeatedMember: (p) => t.peers.problem.repeatedMember(p.name, p.written),
  nameTooLong: (p) => t.peers.problem.nameTooLong(p.max, p.length),
  builtInId: (p) => t.peers.problem.builtInId(p.id),
  builtInName: (p) => t.peers.problem.builtInName(p.name),
  notADistrict: (p) => t.peers.problem.notADistrict(p.text),
  syncUnknownDoc: (p) => t.sync.problem.unknownDoc(p.id),
  syncWrongType: (p) => t.sync.problem.wrongType(p.id),
  syncRowOutsideCell: (p) => t.sync.problem.rowOutsideCell(p.id),
  syncTooLarge: (p) => t.sync.problem.tooLarge(formatNumber(p.size), formatNumber(p.max)),
};

/**
 * The words for a problem, with its field ("数值：…") and JSON path where it has them. Its line
 * is left to the screen, which shows it in its own column or with `problemAtLine`.
 */
export function problemText(p: Problem, catalog: Catalog = new Map()): string {
  const words = (WORDS[p.code] as (p: Problem, c: Catalog) => string)(p, catalog);
  // A JSON path names the field itself (observations[3].value); else the field is said in words.
  if (p.path !== undefined) return p.code === 'badField' ? words : t.atPath(p.path, words);
  return p.field === 'value'
    ? r().importValue(words)
    : p.field === 'original'
      ? r().original(words)
      : words;
}

/** Codes whose words name the line themselves. */
export const SAYS_LINE: ReadonlySet<ProblemCode> = new Set([
  'badHeader',
  'unclosedQuote',
  'badQuote',
  'badUtf8',
  'csvError',
  'catalogDirection',
]);

/** The words with the line in front, where the problem has one. */
export function problemAtLine(p: Problem, catalog?: Catalog): string {
  const words = problemText(p, catalog);
  return p.line === undefined || SAYS_LINE.has(p.code) ? words : t.atLine(p.line, words);
}
