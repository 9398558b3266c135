// User actions as pure functions of the state. Bad input never changes data: it returns the
// same data with a message saying why.
import { withEditedValue } from '../model/provenance';
import { rangeProblem } from '../model/catalog';
import type { Problem } from '../model/problems';
import { restoreKind, restoreMeasure, restoreQualifier, restoreYear } from '../model/restore';
import { findObservation, type RowChange } from '../model/table';
import type { LongField } from '../model/csvFormat';
import type { Kind, Observation } from '../model/types';
import type { Change, FieldProblem, FieldWarning } from './messages';
import {
  computedProblem,
  derivedIdProblem,
  storesComputed,
  uniqueProblems,
  withoutComputed,
} from './derivedGuard';
import { isFormula } from '../model/formulaCheck';
import { commit, newId, say, setUi, type AppState, type ChangeSource } from './state';

/** Fields a cell edit can change (the provenance columns change through their own actions). */
export type ObsField = Exclude<LongField, 'original' | 'preferred'>;

export type FieldResult =
  | { ok: true; patch: Partial<Observation>; warning?: FieldWarning }
  | { ok: false; reason: FieldProblem };

const keptOld = (reason: Problem): FieldResult => ({
  ok: false,
  reason: { code: 'keptOld', reason },
});

/** Validates one typed or pasted value for one field, with the restore step's field readers. */
export function parseField(s: AppState, o: Observation, field: ObsField, raw: string): FieldResult {
  const text = raw.trim();
  switch (field) {
    case 'value': {
      const unit = s.catalog.get(o.indicator)?.unit ?? o.unit;
      const r = restoreMeasure(text, '', unit);
      if (!r.ok) return keptOld(r.reason);
      const { value, qualifier } = r.value;
      const warning = value === null ? null : rangeProblem(s.catalog.get(o.indicator), value);
      // A typed number says exactly what it says: its qualifier (or none) replaces the old one.
      const patch: Partial<Observation> = value === null ? { value } : { value, qualifier };
      return {
        ok: true,
        patch,
        warning:
          warning && value !== null
            ? { code: 'rangeNote', indicator: o.indicator, value, problem: warning }
            : undefined,
      };
    }
    case 'year': {
      const r = restoreYear(text);
      return r.ok ? { ok: true, patch: { year: r.value } } : keptOld({ ...r.reason, field });
    }
    case 'kind': {
      const r = restoreKind(text);
      return r.ok ? { ok: true, patch: { kind: r.value } } : keptOld({ ...r.reason, field });
    }
    case 'qualifier': {
      const r = restoreQualifier(text);
      return r.ok ? { ok: true, patch: { qualifier: r.value } } : keptOld({ ...r.reason, field });
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
  const measures = new Map<string, { value?: string; qualifier?: string }>();
  for (const e of edits) {
    const computed = derivedIdProblem(s, e.id);
    if (computed) errors.push(computed);
    const o = current.get(e.id) ?? findObservation(s.table, e.id);
    if (!o) continue;
    if (!originals.has(e.id)) originals.set(e.id, o);
    const r = parseField(s, o, e.field, e.raw);
    if (!r.ok) {
      errors.push(r.reason);
      continue;
    }
    if (e.field === 'value' || e.field === 'qualifier')
      measures.set(e.id, { ...measures.get(e.id), [e.field]: e.raw });
    if (r.warning) warnings.push(r.warning);
    current.set(e.id, { ...o, ...r.patch });
  }
  // A value and a qualifier pasted together are judged together, as a file's row is.
  for (const [id, m] of measures) {
    const o = current.get(id);
    if (!o || m.value === undefined || m.qualifier === undefined) continue;
    const r = restoreMeasure(m.value, m.qualifier, s.catalog.get(o.indicator)?.unit ?? o.unit);
    if (r.ok) {
      current.set(id, { ...o, ...r.value });
      continue;
    }
    errors.push({ code: 'keptOld', reason: r.reason });
    const was = originals.get(id) as Observation;
    current.set(id, { ...o, value: was.value, qualifier: was.qualifier });
  }
  const changed: RowChange[] = [];
  for (const [id, after] of current) {
    const before = originals.get(id) as Observation;
    if (JSON.stringify(before) !== JSON.stringify(after))
      changed.push({ before, after: withEditedValue(before, after) });
  }
  const { rows, refused } = withoutComputed(s.catalog, changed);
  errors.push(...refused);
  return sayProblems(commit(s, { label, rows, source }), uniqueProblems(errors), warnings);
}

function sayProblems(s: AppState, problems: FieldProblem[], warnings: FieldWarning[]): AppState {
  if (problems.length) return say(s, 'error', { code: 'fieldProblems', problems, warnings });
  if (warnings.length) return say(s, 'warning', { code: 'outOfRange', warnings });
  return s;
}

/** What a cell edit said: its problems and warnings (none when it said something else). */
function saidAbout(s: AppState, since: AppState): [FieldProblem[], FieldWarning[]] {
  const m = s.message !== since.message ? s.message?.msg : undefined;
  if (m?.code === 'fieldProblems') return [[...m.problems], [...(m.warnings ?? [])]];
  if (m?.code === 'outOfRange') return [[], [...m.warnings]];
  return [[], []];
}

/**
 * Two edits of one user action (a paste over filled and empty cells) say what both found in one
 * message: the second's would otherwise hide the first's.
 */
export function bothSaid(before: AppState, first: AppState, second: AppState): AppState {
  const [p1, w1] = saidAbout(first, before);
  const [p2, w2] = saidAbout(second, first);
  if (!p1.length && !w1.length) return second;
  return sayProblems(second, uniqueProblems([...p1, ...p2]), [...w1, ...w2]);
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
    if (c.kind === 'actual' && isFormula(s.catalog, c.indicator)) {
      errors.push(computedProblem(c.indicator));
      continue;
    }
    const unit = s.catalog.get(c.indicator)?.unit ?? '';
    const r = restoreMeasure(c.raw, '', unit);
    if (!r.ok || r.value.value === null) {
      if (!r.ok) errors.push({ code: 'notSaved', reason: r.reason });
      continue;
    }
    const value = r.value.value;
    const w = rangeProblem(s.catalog.get(c.indicator), value);
    if (w) warnings.push({ code: 'rangeNote', indicator: c.indicator, value, problem: w });
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
        value,
        qualifier: r.value.qualifier,
        scope: c.scope,
        source: '',
        quote: '',
        // No source: the screens show it as entered by hand, in their own language.
        note: '',
      },
    });
  }
  return sayProblems(commit(state, { label, rows, source }), uniqueProblems(errors), warnings);
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
  if (storesComputed(s.catalog, null, after))
    return sayProblems(s, [computedProblem(after.indicator)], []);
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
