import { describe, expect, it } from 'vitest';
import { testCatalog } from '../model/testRows';
import { findObservation, tableFrom, tableRows } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import { addFromCell, editObservations, removeObservations } from './actions';
import { createGoalSet, editGoalTarget, renameGoalSet } from './goalSetActions';
import { restoreState, revertGoalSets, revertRow } from './historyActions';
import { applyImport } from './importActions';
import { chooseValue, restoreSourceValue, setNoteAndCitation } from './provenanceActions';
import { applyStoredChange } from './remote';
import { resetTo } from './reset';
import { asOneStep, initialState, redo, undo, UNDO_LIMIT, type AppState } from './state';

const catalog: Catalog = testCatalog();
const o = (id: string, value: number, more: Partial<Observation> = {}): Observation => ({
  id,
  district: '江津区',
  indicator: '素养',
  unit: '%',
  year: 2023,
  kind: 'actual',
  value,
  qualifier: '',
  scope: '',
  source: 'r.txt',
  quote: 'q',
  note: '',
  ...more,
});
const rows = [o('a', 30), o('b', 40, { year: 2022 }), o('c', 50, { district: '荣昌区' })];
const base = (): AppState => ({
  ...initialState(catalog, ['江津区', '荣昌区'], 't-'),
  table: tableFrom(rows),
  storage: 'memory',
});
const withoutId = ({ id: _id, ...rest }: Observation) => rest;
const val = (s: AppState, id: string) => findObservation(s.table, id)?.value;
const sorted = (s: AppState) =>
  tableRows(s.table)
    .map((x) => JSON.stringify(x))
    .sort();

describe('one undo step per user action', () => {
  it('a paste over filled and empty cells is one step', () => {
    const s0 = base();
    const s1 = asOneStep(s0, (s) =>
      addFromCell(
        editObservations(s, [{ id: 'a', field: 'value', raw: '31' }], { code: 'paste' }, 'paste'),
        [
          {
            district: '荣昌区',
            indicator: '素养',
            scope: '',
            kind: 'actual',
            year: 2023,
            raw: '33',
          },
        ],
        { code: 'paste' },
        'paste',
      ),
    );
    expect(s1.past).toHaveLength(1);
    expect(s1.lastChange?.patch.rows).toHaveLength(2);
    expect(s1.lastChange?.source).toBe('paste');
    const s2 = undo(s1);
    expect(sorted(s2)).toEqual(sorted(s0));
    expect(s2.past).toHaveLength(0);
    const s3 = redo(s2);
    expect(val(s3, 'a')).toBe(31);
    expect(s3.table.size).toBe(4);
  });

  const actions: [string, (s: AppState) => AppState][] = [
    ['delete rows', (s) => removeObservations(s, ['a', 'c'])],
    [
      'import',
      (s) =>
        applyImport(
          s,
          {
            layout: 'long',
            headerLang: 'zh',
            header: [],
            rows: [
              { line: 2, obs: withoutId(o('x', 35)) },
              { line: 3, obs: withoutId(o('y', 36, { year: 2030 })) },
            ],
            skipped: [],
            warnings: [],
            unknownDistricts: [],
            unknownIndicators: [],
            dataRows: 2,
          },
          { mode: 'replace', addDistricts: new Set(), addIndicators: new Set() },
        ).state,
    ],
    [
      '恢复来源值',
      (s) => restoreSourceValue(editObservations(s, [{ id: 'a', field: 'value', raw: '1' }]), 'a'),
    ],
    ['choose a source', (s) => chooseValue(s, 'a')],
    ['history revert', (s) => revertRow(s, { before: o('a', 10), after: o('a', 30) })],
    [
      'snapshot or backup restore',
      (s) =>
        restoreState(s, [o('a', 1), o('z', 2)], [{ id: 'g', name: 'G', targets: [] }], [], {
          code: 'reset',
        }),
    ],
    ['reset', (s) => resetTo(s, tableFrom([o('a', 9)]), [])],
  ];
  for (const [name, act] of actions) {
    it(`${name} is one step`, () => {
      const s0 =
        name === '恢复来源值'
          ? editObservations(base(), [{ id: 'a', field: 'value', raw: '1' }])
          : base();
      const s1 = name === '恢复来源值' ? restoreSourceValue(s0, 'a') : act(s0);
      expect(s1.past.length - s0.past.length).toBe(1);
      expect(sorted(s1)).not.toEqual(sorted(s0));
      const s2 = undo(s1);
      expect(sorted(s2)).toEqual(sorted(s0));
      expect(s2.goalSets).toEqual(s0.goalSets);
    });
  }
});

/** Another tab's stored version of some rows arriving here (as the sync channel delivers it). */
function remote(s: AppState, ...changed: Observation[]): AppState {
  const chunks = new Map<string, Observation[]>();
  for (const d of new Set(changed.map((x) => x.district))) {
    const mine = (s.table.chunks.get(d) ?? []).filter((x) => !changed.some((c) => c.id === x.id));
    chunks.set(d, [...mine, ...changed.filter((c) => c.district === d)]);
  }
  return applyStoredChange(s, { chunks }, new Map());
}

describe('undo never overwrites what it did not write', () => {
  it('leaves a cell another tab changed since, names it, and still undoes the rest', () => {
    const s1 = editObservations(base(), [
      { id: 'a', field: 'value', raw: '31' },
      { id: 'b', field: 'value', raw: '41' },
    ]);
    const a = findObservation(s1.table, 'a') as Observation;
    const s2 = remote(s1, { ...a, value: 99 });
    const s3 = undo(s2);
    expect(val(s3, 'a')).toBe(99);
    expect(val(s3, 'b')).toBe(40);
    expect(s3.message?.kind).toBe('warning');
    expect(s3.message?.msg).toMatchObject({
      code: 'changedElsewhere',
      cells: [{ row: { district: '江津区', indicator: '素养', year: 2023 }, field: 'value' }],
    });
    // Redo likewise touches only what the undo did.
    const s4 = redo(s3);
    expect([val(s4, 'a'), val(s4, 'b')]).toEqual([99, 41]);
  });

  it('undoes a value while keeping another tab’s note on the same row', () => {
    const s1 = editObservations(base(), [{ id: 'a', field: 'value', raw: '31' }]);
    const a = findObservation(s1.table, 'a') as Observation;
    const s2 = undo(remote(s1, { ...a, note: '核实过' }));
    expect(findObservation(s2.table, 'a')).toMatchObject({ value: 30, note: '核实过' });
    expect(s2.message?.kind).toBe('info');
  });

  it('does not delete a row it added once another tab has edited it', () => {
    const s1 = addFromCell(base(), [
      { district: '荣昌区', indicator: '素养', scope: '', kind: 'actual', year: 2024, raw: '60' },
    ]);
    const added = s1.table.chunks.get('荣昌区')?.find((x) => x.year === 2024) as Observation;
    const s2 = undo(remote(s1, { ...added, value: 61 }));
    expect(val(s2, added.id)).toBe(61);
    expect(s2.message?.kind).toBe('warning');
  });

  it('does not redo a typed value into a cell another tab filled after the undo', () => {
    const cell = { district: '荣昌区', indicator: '素养', scope: '', kind: 'actual' as const };
    const s1 = addFromCell(base(), [{ ...cell, year: 2024, raw: '77' }]);
    const s2 = undo(s1);
    // The other tab types 99 into the now empty cell: a row of its own, another id.
    const s3 = remote(s2, o('other', 99, { ...cell, year: 2024, source: '', quote: '' }));
    const s4 = redo(s3);
    const inCell = (s4.table.chunks.get('荣昌区') ?? []).filter((x) => x.year === 2024);
    expect(inCell.map((x) => x.value)).toEqual([99]);
    expect(s4.message?.msg).toMatchObject({
      code: 'changedElsewhere',
      cells: [{ row: { district: '荣昌区', year: 2024 }, field: 'value' }],
    });
  });

  it('leaves a goal target another tab changed since', () => {
    let s = createGoalSet(base(), '目标A');
    const id = s.goalSets[0]?.id ?? '';
    s = editGoalTarget(s, id, '素养', 'value', '40');
    s = editGoalTarget(s, id, '素养', 'value', '45');
    const theirs = s.goalSets.map((g) => ({
      ...g,
      targets: g.targets.map((x) => ({ ...x, value: 50 })),
    }));
    s = applyStoredChange(s, { chunks: new Map(), goalSets: theirs }, new Map());
    const s2 = undo(s);
    expect(s2.goalSets[0]?.targets[0]?.value).toBe(50);
    expect(s2.message?.kind).toBe('warning');
    expect(s2.message?.msg).toMatchObject({
      code: 'changedElsewhere',
      cells: [{ row: { district: '目标A', indicator: '素养' }, field: 'target' }],
    });
  });
});

describe('reverting one logged change takes back only what it changed', () => {
  it('keeps a later note on the same row', () => {
    const s1 = editObservations(base(), [{ id: 'a', field: 'value', raw: '31' }]);
    const logged = s1.lastChange?.patch.rows[0];
    const s2 = setNoteAndCitation(s1, 'a', '已核实', 'r.txt');
    const s3 = revertRow(s2, logged!);
    expect(findObservation(s3.table, 'a')).toMatchObject({ value: 30, note: '已核实' });
    expect(s3.past.length - s2.past.length).toBe(1);
  });

  it('keeps a later rename of another goal set', () => {
    let s = createGoalSet(base(), '目标A');
    s = createGoalSet(s, '目标B');
    const [a, b] = s.goalSets.map((g) => g.id);
    s = editGoalTarget(s, a!, '素养', 'value', '40');
    const logged = s.lastChange!.patch.goalSets!;
    s = renameGoalSet(s, b!, '目标C');
    const s2 = revertGoalSets(s, logged);
    expect(s2.goalSets.map((g) => [g.name, g.targets.length])).toEqual([
      ['目标A', 0],
      ['目标C', 0],
    ]);
  });
});

describe('districts and indicators an action adds go back with its undo', () => {
  it('an import adding a district and an indicator: undo removes both, redo brings them back', () => {
    const s0 = base();
    const obs = withoutId(o('x', 7, { district: '璧山区', indicator: '新指标', unit: '个' }));
    const s1 = applyImport(
      s0,
      {
        layout: 'long',
        headerLang: 'zh',
        header: [],
        rows: [{ line: 2, obs }],
        skipped: [],
        warnings: [],
        unknownDistricts: [{ name: '璧山区', count: 1 }],
        unknownIndicators: [{ name: '新指标', unit: '个', count: 1 }],
        dataRows: 1,
      },
      { mode: 'merge', addDistricts: new Set(['璧山区']), addIndicators: new Set(['新指标']) },
    ).state;
    expect([s1.districts.includes('璧山区'), s1.catalog.has('新指标')]).toEqual([true, true]);
    const s2 = undo(s1);
    expect(s2.districts).toEqual(s0.districts);
    expect(s2.catalog.has('新指标')).toBe(false);
    const s3 = redo(s2);
    expect([s3.districts.includes('璧山区'), s3.catalog.has('新指标')]).toEqual([true, true]);
  });

  it('restoring what is already there logs no goal-set change', () => {
    const sets = [{ id: 'g', name: 'G', targets: [] }];
    const s0 = { ...base(), goalSets: sets };
    const s1 = restoreState(s0, rows, structuredClone(sets), [], { code: 'reset' });
    expect(s1.lastChange?.patch.goalSets).toBeUndefined();
    const s2 = restoreState(s0, rows, [{ id: 'g', name: 'H', targets: [] }], [], { code: 'reset' });
    expect(s2.lastChange?.patch.goalSets?.after[0]?.name).toBe('H');
  });

  it('a restore bringing a district: undo removes it', () => {
    const s0 = base();
    const s1 = restoreState(s0, [...rows, o('z', 3, { district: '璧山区' })], [], [], {
      code: 'reset',
    });
    expect(s1.districts).toContain('璧山区');
    expect(undo(s1).districts).toEqual(s0.districts);
  });
});

describe('the undo depth (UNDO_LIMIT)', () => {
  // Fills the undo list to its bound with single edits of cell a (30 → 1, 2, …).
  const full = (): AppState => {
    let s = base();
    for (let i = 1; i <= UNDO_LIMIT; i++)
      s = editObservations(s, [{ id: 'a', field: 'value', raw: String(i) }]);
    return s;
  };

  it('keeps the newest UNDO_LIMIT steps of single edits', () => {
    const s = editObservations(full(), [{ id: 'b', field: 'value', raw: '41' }]);
    expect(s.past).toHaveLength(UNDO_LIMIT);
  });

  it('drops only the oldest step when one user action of several changes arrives at the bound', () => {
    const s0 = full();
    const s1 = asOneStep(s0, (s) =>
      editObservations(
        editObservations(editObservations(s, [{ id: 'b', field: 'value', raw: '41' }]), [
          { id: 'c', field: 'value', raw: '51' },
        ]),
        [{ id: 'b', field: 'value', raw: '42' }],
      ),
    );
    expect(s1.past).toHaveLength(UNDO_LIMIT);
    // Every step but the oldest is still there, in order, under the new one.
    expect(s1.past.slice(0, -1)).toEqual(s0.past.slice(1));
    // Undoing all of them brings cell a back to the value of the oldest step kept (1).
    let s = s1;
    for (let i = 0; i < UNDO_LIMIT; i++) s = undo(s);
    expect(val(s, 'a')).toBe(1);
    expect(val(s, 'b')).toBe(40);
  });
});
