// A formula indicator's actual values are computed, never stored: every action refuses to
// type, paste, fill, clear, undo or revert a value into one, says why, and changes nothing.
import { describe, expect, it } from 'vitest';
import { derivedId } from '../model/derived';
import { findObservation, tableFrom, tableRows } from '../model/table';
import {
  formulaEntry,
  perThousandOf,
  plainEntry,
  testCatalog,
  testObservation,
} from '../model/testRows';
import type { Observation } from '../model/types';
import { addBlankObservation, addFromCell, bothSaid, editObservations } from './actions';
import { revertRow } from './historyActions';
import { selectDataTable } from './selectors';
import { addSourcedRows } from './sourcedRows';
import { commit, initialState, redo, setUi, undo, type AppState } from './state';

const RATE = '每千人口托位数（算）';
const rate = formulaEntry(RATE, '个', perThousandOf('婴幼儿托位总数', '人口'));
const catalog = testCatalog(plainEntry('人口', '万人'), plainEntry('婴幼儿托位总数', '个'), rate);
const row = (f: Partial<Observation> & { id: string }) => testObservation(f);
const base = (): AppState => ({
  ...initialState(catalog, ['江津区', '黔江区'], 't-'),
  table: tableFrom([
    row({ id: 'pop', indicator: '人口', unit: '万人', value: 150 }),
    row({ id: 'places', indicator: '婴幼儿托位总数', unit: '个', value: 3748 }),
    row({ id: 'lit', value: 30 }),
  ]),
  storage: 'memory',
});
const DID = derivedId('江津区', RATE, 2023, '');
const problems = (s: AppState) =>
  s.message?.msg.code === 'fieldProblems' ? s.message.msg.problems : [];
const refusedFor = (s: AppState) =>
  problems(s).filter((p) => p.code === 'computedValue' && p.indicator === RATE).length;

describe('formula indicators are read-only in every action', () => {
  it('the derived value exists and is found through selectDataTable', () => {
    expect(findObservation(selectDataTable(base()), DID)?.value).toBe(2.5);
  });

  it('typing, pasting or clearing a derived value changes nothing and says why', () => {
    for (const raw of ['9', '']) {
      const s0 = base();
      const s = editObservations(s0, [{ id: DID, field: 'value', raw }]);
      expect(s.table).toBe(s0.table);
      expect(s.past).toHaveLength(0);
      expect(s.message?.kind).toBe('error');
      expect(refusedFor(s)).toBe(1);
    }
  });

  it('a paste over a derived cell and a stored one takes the stored one and names the other', () => {
    const s = editObservations(base(), [
      { id: DID, field: 'value', raw: '9' },
      { id: 'lit', field: 'value', raw: '40' },
    ]);
    expect(findObservation(s.table, 'lit')?.value).toBe(40);
    expect(refusedFor(s)).toBe(1);
  });

  it('typing into an empty cell never creates a stored actual of a formula indicator', () => {
    const s0 = base();
    const cell = { district: '黔江区', indicator: RATE, scope: '', year: 2023, raw: '3' };
    const s = addFromCell(s0, [{ ...cell, kind: 'actual' }]);
    expect(s.table).toBe(s0.table);
    expect(refusedFor(s)).toBe(1);
    // A target on a formula indicator is an ordinary stored target.
    const t = addFromCell(s0, [{ ...cell, kind: 'target' }]);
    expect(tableRows(t.table).some((o) => o.indicator === RATE && o.kind === 'target')).toBe(true);
  });

  it('a stored row cannot be turned into an actual of a formula indicator', () => {
    const s0 = base();
    const s = editObservations(s0, [{ id: 'lit', field: 'indicator', raw: RATE }]);
    expect(s.table).toBe(s0.table);
    expect(refusedFor(s)).toBe(1);
  });

  it('新增行 on a formula indicator’s actual is refused', () => {
    const s0 = setUi(base(), { indicator: RATE, district: '江津区', obsId: DID });
    const s = addBlankObservation(s0, {});
    expect(s.table).toBe(s0.table);
    expect(refusedFor(s)).toBe(1);
  });

  it('undo and redo of an older patch never bring a value into a formula indicator', () => {
    // Typed before the indicator had a formula (another tab added it since).
    const plain = { ...base(), catalog: testCatalog(...[...catalog.values()].slice(1, 3)) };
    const typed = addFromCell(plain, [
      { district: '黔江区', indicator: RATE, scope: '', kind: 'actual', year: 2023, raw: '3' },
    ]);
    const withEntry = (s: AppState): AppState => ({
      ...s,
      catalog: new Map([...s.catalog, [RATE, rate]]),
    });
    const undone = undo(withEntry(typed));
    expect(tableRows(undone.table).some((o) => o.indicator === RATE)).toBe(false);
    const redone = redo(undone);
    expect(redone.table).toBe(undone.table);
    expect(refusedFor(redone)).toBe(1);
  });

  it('reverting a deletion of a typed formula actual is refused', () => {
    const typed = row({ id: 'x', indicator: RATE, unit: '个', value: 3 });
    const s = revertRow(base(), { before: typed, after: null });
    expect(findObservation(s.table, 'x')).toBeUndefined();
    expect(refusedFor(s)).toBe(1);
  });

  it('a report’s value for a formula indicator’s actual is not taken', () => {
    const s0 = base();
    const { id: _id, ...fields } = row({ id: '', indicator: RATE, unit: '个', value: 2.6 });
    void _id;
    const s = addSourcedRows(s0, [fields], 'r.txt');
    expect(tableRows(s.table).some((o) => o.indicator === RATE)).toBe(false);
    expect(refusedFor(s)).toBe(1);
  });

  it('deleting a stored row of a formula indicator (left from before the formula) still works', () => {
    const left = row({ id: 'old', indicator: RATE, unit: '个', value: 3 });
    const s0 = { ...base(), table: tableFrom([...tableRows(base().table), left]) };
    const s = commit(s0, {
      label: { code: 'deleteRows', count: 1 },
      rows: [{ before: left, after: null }],
      source: 'delete',
    });
    expect(findObservation(s.table, 'old')).toBeUndefined();
    // …and undoing that deletion puts it back (a restore, not an entry).
    expect(findObservation(undo(s).table, 'old')?.value).toBe(3);
  });

  it('a paste over a computed row’s filled and empty cells says the refusal once', () => {
    const s0 = base();
    const s1 = editObservations(s0, [{ id: DID, field: 'value', raw: '9' }]);
    const empty = {
      district: '黔江区',
      indicator: RATE,
      scope: '',
      kind: 'actual' as const,
      year: 2023,
      raw: '9',
    };
    const s2 = bothSaid(s0, s1, addFromCell(s1, [empty]));
    expect(s2.table).toBe(s0.table);
    expect(refusedFor(s2)).toBe(1);
  });
});
