// Restoring a report's value, choosing between disagreeing sources, notes and citations.
import { chooseChanges, conflictGroup, restoreSourceChange } from '../model/provenance';
import { findObservation } from '../model/table';
import { commit, say, type AppState } from './state';

export function restoreSourceValue(s: AppState, id: string): AppState {
  const o = findObservation(s.table, id);
  const change = o ? restoreSourceChange(o) : null;
  if (!change) return s;
  return say(
    commit(s, { label: { code: 'restoreSource' }, rows: [change], source: 'restore' }),
    'info',
    { code: 'restoredSource' },
  );
}

/** The comparison (and charts, goals, scorecard) use the chosen row; the choice is stored on it. */
export function chooseValue(s: AppState, id: string): AppState {
  const o = findObservation(s.table, id);
  if (!o) return s;
  const rows = chooseChanges(conflictGroup(s.table.chunks.get(o.district) ?? [], o), id);
  return commit(s, { label: { code: 'chooseSource' }, rows, source: 'edit' });
}

export function setNoteAndCitation(
  s: AppState,
  id: string,
  note: string,
  citation: string,
): AppState {
  const o = findObservation(s.table, id);
  if (!o || (o.note === note.trim() && o.source === citation.trim())) return s;
  const after = { ...o, note: note.trim(), source: citation.trim() };
  return commit(s, {
    label: { code: 'noteAndCitation' },
    rows: [{ before: o, after }],
    source: 'edit',
  });
}
