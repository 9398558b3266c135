// Why data was refused or needs a look, as codes with parameters. The model and io layers
// speak only these; the screens turn them into words (problemText), so nothing
// stored or compared depends on the interface language.

/** An observation field a problem is about (its value, its original value…). */
export type ProblemField =
  | 'id'
  | 'district'
  | 'indicator'
  | 'unit'
  | 'year'
  | 'kind'
  | 'value'
  | 'qualifier'
  | 'scope'
  | 'source'
  | 'quote'
  | 'note'
  | 'original'
  | 'preferred';

/** Where a problem is: a physical line, a column, a sheet, a JSON path, a list index. */
export interface Where {
  line?: number;
  column?: number;
  sheet?: string;
  /** JSON path of the value, e.g. goalSets[2].targets[0].value. */
  path?: string;
  field?: ProblemField;
}

/** What a JSON reader expected to find. */
export type Expected =
  | 'object'
  | 'list'
  | 'text'
  | 'name'
  | 'number'
  | 'numberOrBlank'
  | 'yesNo'
  | { oneOf: readonly string[] };

/** What it found instead, described without words. */
export type Found =
  { kind: 'missing' | 'null' | 'list' | 'object' } | { kind: 'text' | 'value'; text: string };

export type ProblemBody =
  // Numbers
  | { code: 'empty' }
  | { code: 'notANumber'; text: string }
  | { code: 'wrongUnit'; text: string; found: string; unit: string }
  | { code: 'notFinite'; text: string }
  | { code: 'notExact'; text: string; kept: number }
  | { code: 'belowMin'; min: number }
  | { code: 'aboveMax'; max: number }
  | { code: 'outOfRange'; indicator: string; value: number; range: RangeProblem }
  // Observation fields
  | { code: 'noId' }
  | { code: 'noDistrict' }
  | { code: 'noIndicator' }
  | { code: 'noYear' }
  | { code: 'noValue' }
  | { code: 'notText'; found: Found }
  | { code: 'badYear'; text: string }
  | { code: 'badKind'; text: string }
  | { code: 'badQualifier'; text: string }
  | { code: 'qualifierConflict'; text: string; qualifier: string }
  | { code: 'badPreferred'; text: string }
  /**
   * A district cell read as another name: 江津 → 江津区; via a GB/T 2260 code (divisionCode), or
   * a former name (梁平县 → 梁平区: the name, the year of the change, and whether it was a merger).
   */
  | {
      code: 'districtNamed';
      text: string;
      district: string;
      via?: 'code' | 'former';
      divisionCode?: string;
      former?: string;
      year?: number;
      merged?: boolean;
    }
  /** A cell with a code and a name of different districts (500116 荣昌区): which is meant? */
  | { code: 'districtCodeConflict'; text: string; divisionCode: string; district: string }
  | { code: 'unitConverted'; text: string; fileUnit: string; value: number; unit: string }
  | { code: 'unknownDistrict'; name: string }
  | { code: 'unknownIndicator'; name: string }
  /** An actual value of a formula indicator: computed from its inputs, never imported. */
  // Catalog
  | { code: 'catalogDirection'; text: string }
  | { code: 'catalogDuplicate'; name: string }
  | { code: 'catalogColumnMissing'; name: string }
  // Formulas (derived indicators); `at` is a 0-based character position in the formula text.
  | { code: 'formulaEmpty' }
  /** A number a double cannot hold as written (1e-400 would be 0, 2^53 + 1 another integer). */
  | { code: 'formulaNumberInexact'; at: number; found: string }
  /** A formula naming no indicator, or dividing by a 0 written as numbers: never a value. */
  | { code: 'formulaNoIndicator' }
  | { code: 'formulaDivideByZero' }
  /** A formula indicator's name that reads as a number, holds an operator or is too long. */
  | { code: 'formulaNameNumber'; name: string }
  | { code: 'formulaNameSign'; name: string; found: string }
  | { code: 'formulaNameLong'; max: number }
  /** A name holding 】: it cannot be written in 【】, so no formula can read it. */
  | { code: 'formulaNameUnquotable'; name: string; at?: number }
  | { code: 'formulaUnitBlank' }
  | { code: 'formulaSyntax'; at: number; found: string }
  /** A form outside numbers, names, + − × ÷ and parentheses (a call, `**`, `.`, `,`…). */
  | { code: 'formulaRefused'; at: number; found: string }
  | { code: 'formulaUnknownName'; name: string; at?: number }
  | { code: 'formulaTooDeep'; max: number }
  | { code: 'formulaTooLarge'; max: number }
  | { code: 'formulaUnitMismatch'; op: '+' | '-'; left: string; right: string }
  | { code: 'formulaCycle'; names: string[] }
  /** The formula reads a formula indicator that cannot be computed. */
  | { code: 'formulaInputBroken'; name: string }
  /** An actual value of a formula indicator in a file: computed, never stored, so not imported. */
  | { code: 'formulaComputed'; indicator: string }
  /** Evaluation: an input without a value, on the top division's side, else by name. */
  | { code: 'missingNumerator'; name: string }
  | { code: 'missingDenominator'; name: string }
  | { code: 'missingInput'; name: string }
  | { code: 'divisionByZero' }
  | { code: 'formulaNotFinite' }
  // Files
  | { code: 'emptyFile' }
  /** No header was recognised; `line` is the row tried, and the planner can pick another. */
  | { code: 'badHeader'; headers: string[] }
  | { code: 'headerOnly' }
  /** A regions × years table that names no indicator (no `指标：` line, no group header). */
  | { code: 'needIndicator'; /** A unit the file names (`单位：岁`), to prefill. */ unit?: string }
  /** An indicators × years table: which district its values are for. */
  | { code: 'needDistrict' }
  /** Header cells read in no way in this shape (a year over a wide file's column). */
  | { code: 'ignoredColumns'; headers: string[] }
  | { code: 'unreadable' }
  | { code: 'duplicateRow'; other: number }
  | { code: 'conflictRow'; other: number }
  | { code: 'columnCount'; count: number; expected: number }
  | { code: 'unclosedQuote'; header: string }
  | { code: 'badQuote'; header: string }
  | { code: 'duplicateColumns'; columns: { headers: string[]; at: number[] }[] }
  /** Year columns (1-based) with no indicator in the group row above them, on `line`. */
  | { code: 'unnamedGroup'; line: number; columns: number[] }
  | { code: 'goalsTable' }
  | { code: 'csvError'; text: string }
  | { code: 'xlsx' }
  // Workbooks (.xlsx, .xls, WPS .et)
  | { code: 'unreadableWorkbook'; format: 'xlsx' | 'xls' | 'html' }
  | { code: 'encryptedWorkbook' }
  /** The spreadsheet reader, loaded on demand, could not be loaded. */
  | { code: 'workbookCodeMissing' }
  | { code: 'noSheetData'; sheets: string[] }
  | { code: 'unknownSheet'; name: string; sheets: string[] }
  /** Kept rows × used columns of the sheet (named in `sheet`) over the limit. */
  | { code: 'sheetTooLarge'; rows: number; columns: number; limit: number }
  | { code: 'badUtf8'; offset: number; count: number }
  | { code: 'notGb18030' }
  | { code: 'utf16NoBom' }
  | { code: 'binary' }
  // JSON (backups, stored data)
  | { code: 'badField'; expected: Expected; found: Found }
  | { code: 'notBackup' }
  | { code: 'unknownVersion'; text: string }
  | { code: 'newerVersion'; version: number }
  | { code: 'noTable' }
  | { code: 'backupUnreadable'; count: number; first: Problem[] }
  | { code: 'snapshotUnreadable'; first: Problem[] }
  | { code: 'duplicateId'; list: string; id: string }
  /** A stored row whose id an earlier row already has: one of them would be lost on save. */
  | { code: 'repeatedId'; id: string }
  /** A field a peer group does not have (a hand-made or hostile file). */
  | { code: 'unknownField'; name: string }
  /** A name with markup or control characters (`<script>`): refused, never shown. */
  | { code: 'markupInName'; text: string }
  /** A group listing the same district twice (`written`: the alias that repeats it, Jiangjin). */
  | { code: 'repeatedMember'; name: string; written?: string }
  /** A group name (or id) longer than the app allows. */
  | { code: 'nameTooLong'; max: number; length: number }
  /** A planner's group taking a built-in group's id (cq-main) or name (主城都市区). */
  | { code: 'builtInId'; id: string }
  | { code: 'builtInName'; name: string }
  /** A group member that is no district of the workbook nor one of the 38. */
  | { code: 'notADistrict'; text: string }
  // Replicated documents from another replica (issue 17)
  /** A document id that names none of the workbook's kinds of document. */
  | { code: 'syncUnknownDoc'; id: string }
  /** A document whose type or key does not match its id. */
  | { code: 'syncWrongType'; id: string }
  /** A row inside a cell's document that belongs to another cell. */
  | { code: 'syncRowOutsideCell'; id: string }
  /** A document larger than the app takes (characters of its JSON). */
  | { code: 'syncTooLarge'; id: string; size: number; max: number };

export type RangeProblem = Extract<ProblemBody, { code: 'belowMin' | 'aboveMax' }>;

export type Problem = ProblemBody & Where;
export type ProblemCode = Problem['code'];

/** The problem with a place added (an inner place, already set, wins). */
export function at<P extends Problem>(p: P, where: Where): P {
  return { ...where, ...p };
}

/** The problem at a JSON path; the field it names (if any) ends the path, e.g. observations[3].year. */
export function atPath(p: Problem, path: string): Problem {
  if (p.path !== undefined) return p;
  return { ...p, path: p.field ? `${path}.${p.field}` : path };
}

/** What a JSON value is, for a problem that says what was found instead. */
export function describeFound(v: unknown): Found {
  if (v === undefined) return { kind: 'missing' };
  if (v === null) return { kind: 'null' };
  if (typeof v === 'string')
    return { kind: 'text', text: v.length > 20 ? `${v.slice(0, 20)}…` : v };
  if (typeof v === 'number' || typeof v === 'boolean') return { kind: 'value', text: String(v) };
  return { kind: Array.isArray(v) ? 'list' : 'object' };
}
