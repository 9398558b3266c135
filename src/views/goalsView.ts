// 目标: baseline → latest → target, with progress, gap, per-year need and status.
import {
  districtName,
  formatNumber,
  gridLanguage,
  indicatorName,
  scopeName,
  statusText,
  unitName,
  t,
} from '../i18n';
import type { GoalStatus } from '../model/goals';
import type { GoalRow } from '../model/goalsView';
import { mountGrid, type GridColumn, type GridHandle, type GridRow } from '../grid/grid';
import { addFromCell, editObservations } from '../state/actions';
import { editGoalTarget, removeGoalTarget } from '../state/goalSetActions';
import { selectGoalRows, type GoalRows } from '../state/selectors';
import { asOneStep, say, setUi, type AppState } from '../state/state';
import { computedProblem } from '../state/derivedGuard';
import { selectDataTable } from '../state/selectors';
import { isFormula } from '../model/formulaCheck';
import { seriesOf } from '../model/series';
import { findObservation } from '../model/table';
import { derivedNotes, derivedShort } from './derivedText';
import { paceCells, paceColumns, paceStatusColumn } from './paceColumns';
import type { Store } from '../state/store';
import { conflictKey } from '../model/provenance';
import { syncConflictCells, withSyncMarks } from './syncMark';

const fmt = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined ? null : Number(n.toFixed(digits));
const text = (n: number, digits = 2) => formatNumber(n, digits);
const withQ = (p: { value: number; qualifier?: string } | null) =>
  p ? `${p.qualifier ?? ''}${formatNumber(p.value)}` : null;

const STATUS_RANK: Record<GoalStatus, number | null> = {
  met: 0,
  on_track: 1,
  behind: 2,
  no_data: null,
};

/** A formula indicator's baseline and latest are computed: marked, locked, and a missing latest says why. */
function computedCells(g: GoalRow, s: AppState): Pick<GridRow, 'meta' | 'values'> | null {
  if (!isFormula(s.catalog, g.indicator)) return null;
  const meta = { className: 'cell-derived', title: t.derived.computed, locked: true };
  const values: GridRow['values'] = {};
  const out = { meta: { baseline: meta, baselineYear: meta, latest: meta }, values };
  if (g.latest) {
    const o = findObservation(selectDataTable(s), g.latest.id);
    if (o?.derived)
      out.meta.latest = { ...meta, title: derivedNotes(o.derived, s.catalog).join('\n') };
    return out;
  }
  const list = seriesOf(selectDataTable(s), g.district, g.indicator, g.scope, 'actual');
  const last = list[list.length - 1];
  if (last?.derived?.reason) {
    values.latest = derivedShort(last.derived);
    out.meta.latest = {
      ...meta,
      className: 'cell-derived cell-derived-missing',
      title: derivedNotes(last.derived, s.catalog).join('\n'),
    };
  }
  return out;
}

function toRows(goals: GoalRow[], fromSet: boolean, s: AppState): GridRow[] {
  const catalog = s.catalog;
  return goals.map((g) => {
    const computed = computedCells(g, s);
    const pace = paceCells(g);
    const r = g.result;
    const gapText =
      r.gap === null
        ? null
        : r.gap > 0
          ? t.goals.short(text(r.gap))
          : r.gap < 0
            ? t.goals.over(text(-r.gap))
            : '0';
    return {
      key: g.key,
      values: {
        district: districtName(g.district),
        indicator: indicatorName(catalog, g.indicator),
        scope: scopeName(g.scope),
        unit: unitName(g.unit),
        direction: t.direction[g.direction],
        baseline: g.baseline?.value ?? null,
        baselineYear: g.baseline?.year ?? null,
        latest: withQ(g.latest),
        latestYear: g.latest?.year ?? null,
        target: withQ(g.target),
        targetYear: g.target?.year ?? null,
        progress: fmt(r.progress, 1),
        gap: gapText,
        perYear:
          r.perYear === null
            ? r.gap !== null && r.gap > 0
              ? t.goals.overdue
              : null
            : fmt(r.perYear, 3),
        status: statusText(r.status, t.status[r.status]),
        ...pace.values,
        ...computed?.values,
      },
      // Texts such as "差 2" and "已达成" sort by what they stand for; 缺数据 goes last.
      sort: {
        latest: g.latest?.value ?? null,
        target: g.target?.value ?? null,
        gap: r.gap,
        perYear: r.perYear,
        status: STATUS_RANK[r.status],
        ...pace.sort,
      },
      meta: {
        status: {
          className: `status status-${r.status}`,
          title:
            r.expected !== null
              ? t.goals.expected(String(g.latest?.year ?? ''), text(r.expected))
              : '',
        },
        target: fromSet ? { title: t.goals.fromSet } : {},
        ...pace.meta,
        ...computed?.meta,
      },
      readOnly: { baseline: false, baselineYear: false, target: false, targetYear: false },
    };
  });
}

function columns(): GridColumn[] {
  const c = t.goals.col;
  return [
    { key: 'district', title: c.district, readOnly: true, width: 70 },
    { key: 'indicator', title: c.indicator, readOnly: true, width: 176 },
    { key: 'status', title: c.status, readOnly: true, width: 86, sortByNumber: true },
    paceStatusColumn(),
    { key: 'progress', title: c.progress, readOnly: true, numeric: true, width: 84 },
    { key: 'gap', title: c.gap, readOnly: true, numeric: true, width: 84 },
    { key: 'perYear', title: c.perYear, readOnly: true, numeric: true, width: 100 },
    { key: 'baseline', title: c.baseline, numeric: true, width: 84 },
    { key: 'baselineYear', title: c.baselineYear, numeric: true, width: 84 },
    { key: 'latest', title: c.latest, readOnly: true, numeric: true, width: 84 },
    { key: 'latestYear', title: c.latestYear, readOnly: true, numeric: true, width: 84 },
    { key: 'target', title: c.target, numeric: true, width: 84 },
    { key: 'targetYear', title: c.targetYear, numeric: true, width: 84 },
    ...paceColumns(),
    { key: 'direction', title: c.direction, readOnly: true, width: 84 },
    { key: 'unit', title: c.unit, readOnly: true, width: 50 },
    { key: 'scope', title: c.scope, readOnly: true, width: 90 },
  ];
}

export function mountGoals(
  el: HTMLElement,
  store: Store<AppState>,
): { update(s: AppState): void; grid: GridHandle } {
  let goals: GoalRow[] = [];
  let shown: GoalRows | null = null;
  let shownMarks: ReadonlySet<string> | null = null;
  const byKey = () => new Map(goals.map((g) => [g.key, g]));
  const grid = mountGrid(el, {
    ...gridLanguage(),
    onRowGone: (raw) => store.update((s) => say(s, 'error', { code: 'editRowGone', raw })),
    columns: columns(),
    fixedColumns: 2,
    rowHeight: 29,
    onEdit(changes, source) {
      const rows = byKey();
      const src = source === 'paste' || source === 'fill' ? source : 'edit';
      // Every cell of one paste or fill, targets and baselines alike, is one undo step.
      store.update((st) =>
        asOneStep(st, (s0) => {
          let s = s0;
          for (const c of changes) {
            const g = rows.get(c.row.key);
            if (!g) continue;
            if (c.key === 'target' || c.key === 'targetYear') {
              const field = c.key === 'target' ? 'value' : 'year';
              if (g.goalSetId) s = editGoalTarget(s, g.goalSetId, g.indicator, field, c.raw);
              else if (g.target?.id)
                s = editObservations(
                  s,
                  [{ id: g.target.id, field, raw: c.raw }],
                  { code: 'editTarget' },
                  src,
                );
            } else if (c.key === 'baseline' || c.key === 'baselineYear') {
              const field = c.key === 'baseline' ? 'value' : 'year';
              if (g.baseline)
                s = editObservations(
                  s,
                  [{ id: g.baseline.id, field, raw: c.raw }],
                  { code: 'editBaseline' },
                  src,
                );
              else if (field === 'value') {
                // Before the latest value: a baseline in the latest year gives no trajectory.
                const year = Math.min(
                  (g.target?.year ?? new Date().getFullYear()) - 5,
                  (g.latest?.year ?? Infinity) - 1,
                );
                s = addFromCell(
                  s,
                  [
                    {
                      district: g.district,
                      indicator: g.indicator,
                      scope: g.scope,
                      kind: 'actual',
                      year,
                      raw: c.raw,
                    },
                  ],
                  { code: 'addBaseline' },
                  src,
                );
              }
            }
          }
          return s;
        }),
      );
    },
    onLocked(row) {
      const g = byKey().get(row.key);
      if (g)
        store.update((s) =>
          say(s, 'error', { code: 'fieldProblems', problems: [computedProblem(g.indicator)] }),
        );
    },
    onSelect(row, key) {
      const g = byKey().get(row.key);
      if (!g) return;
      const obsId = key.startsWith('target')
        ? g.target?.id
        : key.startsWith('baseline')
          ? g.baseline?.id
          : g.latest?.id;
      store.update((s) =>
        setUi(s, {
          indicator: g.indicator,
          scope: g.scope,
          district: g.district,
          obsId: obsId ?? null,
        }),
      );
    },
    rowActions: [
      {
        name: t.removeFromSet,
        run(rows) {
          const map = byKey();
          store.update((st) =>
            asOneStep(st, (s0) => {
              let s = s0;
              for (const r of rows) {
                const g = map.get(r.key);
                if (g?.goalSetId) s = removeGoalTarget(s, g.goalSetId, g.indicator);
              }
              return s;
            }),
          );
        },
      },
    ],
  });
  return {
    grid,
    update(s) {
      const next = selectGoalRows(s);
      const marks = syncConflictCells(s.sync.conflicts);
      if (next === shown && marks === shownMarks) return;
      shown = next;
      shownMarks = marks;
      goals = next.rows;
      // The baseline, latest and own target cells are observations (a set's target is not).
      const cols = ['baseline', 'latest', 'target'] as const;
      const rows = withSyncMarks(toRows(goals, next.set !== null, s), marks, cols, (i, j) => {
        const id = goals[i]?.[cols[j] ?? 'latest']?.id;
        const o = id ? findObservation(s.table, id) : undefined;
        return o ? conflictKey(o) : null;
      });
      grid.update(rows);
    },
  };
}
