// User actions as pure functions of the state. Bad input never changes data: it returns the
// same data with a message saying why.
import { withEditedValue } from '../model/provenance';
import { rangeProblem } from '../model/catalog';
import { parseNumber } from '../model/numbers';
import { findObservation, type RowChange } from '../model/table';
import type { LongField } from '../model/csvFormat';
import type { Kind, Observation, Qualifier } from '../model/types';
import type { Change, FieldProblem, FieldWarning } from './messages';
import { commit, newId, say, setUi, type AppState, type ChangeSource } from './state';

/** Fields a cell edit can change (the provenance columns change through their own actions). */
export type ObsField = Exclude<LongField, 'original' | 'preferred'>;

// Maps, not object literals: typed text such as "constructor" must not find a prototype member.
const KIND_INPUT: ReadonlyMap<string, Kind> = new Map([
  ['actual', 'actual'],
  ['实际', 'actual'],
  ['实际值', 'actual'],
  ['target', 'target'],
  ['目标', 'target'],
  ['目标值', 'target'],
]);
const QUALIFIER_INPUT: ReadonlyMap<string, Qualifier> = new Map([
  ['', ''],
  ['≥', '≥'],
  ['>=', '≥'],
  ['以上', '≥'],
  ['≈', '≈'],
  ['~', '≈'],
  ['约', '≈'],
  ['余', '≈'],
]);

export type FieldResult =
  | { ok: true; patch: Partial<Observation>; warning?: FieldWarning }
  | { ok: false; reason: FieldProblem };

/** Validates one typed or pasted value for one field of an observation. */
export function parseField(s: AppState, o: Observation, field: ObsField, raw: string): FieldResult {
  const text = raw.trim();
  switch (field) {
    case 'value': {
      if (text === '') return { ok: true, patch: { value: null } };
      const unit = s.catalog.get(o.indicator)?.unit ?? o.unit;
      const r = parseNumber(text, unit);
      if (!r.ok) return { ok: false, reason: { code: 'keptOld', reason: r.reason } };
      const warning = rangeProblem(s.catalog.get(o.indicator), r.value.value);
      // A typed number says exactly what it says: its qualifier (or none) replaces the old one.
      const patch: Partial<Observation> = { value: r.value.value, qualifier: r.value.qualifier };
      return {
        ok: true,
        patch,
        warning: warning
          ? { code: 'rangeNote', indicator: o.indicator, value: r.value.value, problem: warning }
          : undefined,
      };
    }
    case 'year': {
      const y = Number(parseNumber(text).ok ? text.replace(/年$/, '') : NaN);
      const n = Number(text.replace(/年$/, ''));
      const year = Number.isInteger(n) ? n : y;
      if (!Number.isInteger(year) || year < 1900 || year > 2100)
        return { ok: false, reason: { code: 'badYear', text } };
      return { ok: true, patch: { year } };
    }
    case 'kind': {
      // Case-insensitive, so the English grid's “Actual”/“Target” read back.
      const kind = KIND_INPUT.get(text.toLowerCase());
      return kind ? { ok: true, patch: { kind } } : { ok: false, reason: { code: 'badKind' } };
    }
    case 'qualifier': {
      const q = QUALIFIER_INPUT.get(text);
      return q !== undefined
        ? { ok: true, patch: { qualifier: q } }
        : { ok: false, reason: { code: 'badQualifier' } };
    }
    case 'district':
    case 'indicator':
      if (text === '') return { ok: false, reason: { code: 'required', field } };
      if (field === 'indicator') {
        const entry = s.catalog.get(text);
        return {
          ok: true,
          patch: entry ? { indicator: text, unit: entry.unit } : { indicator: text },
          warning: entry ? undefined : { code: 'unknownIndicator', name: text },
        };
      }
      return { ok: true, patch: { district: text } };
    default:
      return { ok: true, patch: { [field]: field === 'quote' ? raw : text } };
  }
}

export interface CellEdit {
  id: string;
  field: ObsField;
  raw: string;
}

/** Applies several cell edits (a paste is many) as one undoable step. */
export function editObservations(
  s: AppState,
  edits: readonly CellEdit[],
  label: Change = { code: 'edit' },
  source: ChangeSource = 'edit',
): AppState {
  const current = new Map<string, Observation>();
  const originals = new Map<string, Observation>();
  const errors: FieldProblem[] = [];
  const warnings: FieldWarning[] = [];
  for (const e of edits) {
    const o = current.get(e.id) ?? findObservation(s.table, e.id);
    if (!o) continue;
    if (!originals.has(e.id)) originals.set(e.id, o);
    const r = parseField(s, o, e.field, e.raw);
    if (!r.ok) {
      errors.push(r.reason);
      continue;
    }
    if (r.warning) warnings.push(r.warning);
    current.set(e.id, { ...o, ...r.patch });
  }
  const rows: RowChange[] = [];
  for (const [id, after] of current) {
    const before = originals.get(id) as Observation;
    if (JSON.stringify(before) !== JSON.stringify(after))
      rows.push({ before, after: withEditedValue(before, after) });
  }
  return sayProblems(commit(s, { label, rows, source }), errors, warnings);
}

function sayProblems(s: AppState, problems: FieldProblem[], warnings: FieldWarning[]): AppState {
  if (problems.length) return say(s, 'error', { code: 'fieldProblems', problems });
  if (warnings.length) return say(s, 'warning', { code: 'outOfRange', warnings });
  return s;
}

export interface NewCell {
  district: string;
  indicator: string;
  scope: string;
  kind: Kind;
  year: number;
  raw: string;
}

/** Typing into an empty compare or goal cell creates the observation it stands for. */
export function addFromCell(
  s: AppState,
  cells: readonly NewCell[],
  label: Change = { code: 'addValue' },
  source: ChangeSource = 'edit',
): AppState {
  let state = s;
  const rows: RowChange[] = [];
  const errors: FieldProblem[] = [];
  const warnings: FieldWarning[] = [];
  for (const c of cells) {
    if (c.raw.trim() === '') continue;
    const unit = s.catalog.get(c.indicator)?.unit ?? '';
    const r = parseNumber(c.raw, unit);
    if (!r.ok) {
      errors.push({ code: 'notSaved', reason: r.reason });
      continue;
    }
    const w = rangeProblem(s.catalog.get(c.indicator), r.value.value);
    if (w)
      warnings.push({
        code: 'rangeNote',
        indicator: c.indicator,
        value: r.value.value,
        problem: w,
      });
    let id: string;
    [id, state] = newId(state);
    rows.push({
      before: null,
      after: {
        id,
        district: c.district,
        indicator: c.indicator,
        unit,
        year: c.year,
        kind: c.kind,
        value: r.value.value,
        qualifier: r.value.qualifier,
        scope: c.scope,
        source: '',
        quote: '',
        // No source: the screens show it as entered by hand, in their own language.
        note: '',
      },
    });
  }
  return sayProblems(commit(state, { label, rows, source }), errors, warnings);
}

/** The latest year with an actual value (targets run years ahead), else any year. */
function latestYear(s: AppState): number | null {
  let actual: number | null = null;
  let any: number | null = null;
  for (const chunk of s.table.chunks.values())
    for (const o of chunk) {
      any = Math.max(any ?? o.year, o.year);
      if (o.kind === 'actual') actual = Math.max(actual ?? o.year, o.year);
    }
  return actual ?? any;
}

/**
 * 新增行: a row to fill in, placed like the selected row (district, indicator, unit, kind, scope,
 * year) or, with none, the current district and indicator in the latest year of the data. The new
 * row becomes the selection; the addition is one undo step.
 */
export function addBlankObservation(s: AppState, template: Partial<Observation>): AppState {
  const [id, state] = newId(s);
  const sel = s.ui.obsId ? findObservation(s.table, s.ui.obsId) : undefined;
  const district = template.district ?? sel?.district ?? s.ui.district ?? s.districts[0] ?? '';
  const indicator =
    template.indicator ?? sel?.indicator ?? s.ui.indicator ?? s.catalog.keys().next().value ?? '';
  const unit =
    sel && sel.indicator === indicator ? sel.unit : (s.catalog.get(indicator)?.unit ?? '');
  const scope =
    sel && sel.indicator === indicator ? sel.scope : indicator === s.ui.indicator ? s.ui.scope : '';
  const after: Observation = {
    id,
    district,
    indicator,
    unit,
    year: sel?.year ?? latestYear(s) ?? new Date().getFullYear(),
    kind: sel?.kind ?? 'actual',
    value: null,
    qualifier: '',
    scope,
    source: '',
    quote: '',
    note: '',
    ...template,
  };
  const next = commit(state, {
    label: { code: 'addRow' },
    rows: [{ before: null, after }],
    source: 'add',
  });
  return setUi(next, {
    obsId: id,
    district: after.district,
    indicator: after.indicator,
    scope: after.scope,
  });
}

export function removeObservations(s: AppState, ids: readonly string[]): AppState {
  const rows: RowChange[] = [];
  for (const id of ids) {
    const before = findObservation(s.table, id);
    if (before) rows.push({ before, after: null });
  }
  return say(
    commit(s, { label: { code: 'deleteRows', count: rows.length }, rows, source: 'delete' }),
    'info',
    { code: 'deleted', count: rows.length },
  );
}
