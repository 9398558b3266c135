// 目标: baseline → latest → target, with progress, gap, per-year need and status.
import { districtName, indicatorName } from '../i18n';
import type { Catalog } from '../model/types';
import { buildOwnGoals, buildSetGoals, type GoalRow } from '../model/goalsView';
import { mountGrid, type GridHandle, type GridRow } from '../grid/grid';
import { addFromCell, editObservations } from '../state/actions';
import { editGoalTarget, removeGoalTarget } from '../state/goalSetActions';
import { setUi, type AppState } from '../state/state';
import type { Store } from '../state/store';
import { t } from '../ui/strings';

export function computeGoals(s: AppState): GoalRow[] {
  const set = s.goalSets.find((g) => g.id === s.ui.goalSource);
  return set
    ? buildSetGoals(s.table, s.catalog, s.districts, set)
    : buildOwnGoals(s.table, s.catalog, s.districts);
}

const fmt = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined ? null : Number(n.toFixed(digits));

function toRows(goals: GoalRow[], fromSet: boolean, catalog: Catalog): GridRow[] {
  return goals.map((g) => {
    const r = g.result;
    const gapText =
      r.gap === null
        ? null
        : r.gap > 0
          ? `差 ${fmt(r.gap)}`
          : r.gap < 0
            ? `超 ${fmt(-r.gap)}`
            : '0';
    return {
      key: g.key,
      values: {
        district: districtName(g.district),
        indicator: indicatorName(catalog, g.indicator),
        scope: g.scope,
        unit: g.unit,
        direction: t.direction[g.direction],
        baseline: g.baseline?.value ?? null,
        baselineYear: g.baseline?.year ?? null,
        latest: g.latest ? `${g.latest.qualifier ?? ''}${g.latest.value}` : null,
        latestYear: g.latest?.year ?? null,
        target: g.target ? `${g.target.qualifier ?? ''}${g.target.value}` : null,
        targetYear: g.target?.year ?? null,
        progress: fmt(r.progress, 1),
        gap: gapText,
        perYear:
          r.perYear === null ? (r.gap !== null && r.gap > 0 ? '已到期' : null) : fmt(r.perYear, 3),
        status: t.status[r.status],
      },
      meta: {
        status: {
          className: `status status-${r.status}`,
          title:
            r.expected !== null
              ? `按直线进度，${g.latest?.year ?? ''}年应达 ${fmt(r.expected)}`
              : '',
        },
        target: fromSet ? { title: '来自目标集：修改将作用于所有区县' } : {},
      },
      readOnly: { baseline: false, baselineYear: false, target: false, targetYear: false },
    };
  });
}

export function mountGoals(
  el: HTMLElement,
  store: Store<AppState>,
): { update(s: AppState): void; grid: GridHandle } {
  let goals: GoalRow[] = [];
  let last: unknown[] = [];
  const byKey = () => new Map(goals.map((g) => [g.key, g]));
  const grid = mountGrid(el, {
    columns: [
      { key: 'district', title: '区县', readOnly: true, width: 70 },
      { key: 'indicator', title: '指标', readOnly: true, width: 176 },
      { key: 'status', title: '状态', readOnly: true, width: 70 },
      { key: 'progress', title: '进度%', readOnly: true, numeric: true, width: 84 },
      { key: 'gap', title: '差距', readOnly: true, numeric: true, width: 84 },
      { key: 'perYear', title: '年均需提升', readOnly: true, numeric: true, width: 100 },
      { key: 'baseline', title: '基线值', numeric: true, width: 84 },
      { key: 'baselineYear', title: '基线年', numeric: true, width: 84 },
      { key: 'latest', title: '最新值', readOnly: true, numeric: true, width: 84 },
      { key: 'latestYear', title: '最新年', readOnly: true, numeric: true, width: 84 },
      { key: 'target', title: '目标值', numeric: true, width: 84 },
      { key: 'targetYear', title: '目标年', numeric: true, width: 84 },
      { key: 'direction', title: '方向', readOnly: true, width: 84 },
      { key: 'unit', title: '单位', readOnly: true, width: 50 },
      { key: 'scope', title: '范围', readOnly: true, width: 90 },
    ],
    fixedColumns: 2,
    onEdit(changes) {
      const rows = byKey();
      store.update((s0) => {
        let s = s0;
        for (const c of changes) {
          const g = rows.get(c.row.key);
          if (!g) continue;
          if (c.key === 'target' || c.key === 'targetYear') {
            const field = c.key === 'target' ? 'value' : 'year';
            if (g.goalSetId) s = editGoalTarget(s, g.goalSetId, g.indicator, field, c.raw);
            else if (g.target?.id)
              s = editObservations(s, [{ id: g.target.id, field, raw: c.raw }], '修改目标');
          } else if (c.key === 'baseline' || c.key === 'baselineYear') {
            const field = c.key === 'baseline' ? 'value' : 'year';
            if (g.baseline)
              s = editObservations(s, [{ id: g.baseline.id, field, raw: c.raw }], '修改基线');
            else if (field === 'value') {
              const year = (g.target?.year ?? new Date().getFullYear()) - 5;
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
                '新增基线',
              );
            }
          }
        }
        return s;
      });
    },
    onSelect(row) {
      const g = byKey().get(row.key);
      if (g)
        store.update((s) =>
          setUi(s, { indicator: g.indicator, scope: g.scope, district: g.district }),
        );
    },
    rowActions: [
      {
        name: t.removeFromSet,
        run(rows) {
          const map = byKey();
          store.update((s0) => {
            let s = s0;
            for (const r of rows) {
              const g = map.get(r.key);
              if (g?.goalSetId) s = removeGoalTarget(s, g.goalSetId, g.indicator);
            }
            return s;
          });
        },
      },
    ],
  });
  return {
    grid,
    update(s) {
      const inputs = [s.table, s.catalog, s.goalSets, s.ui.goalSource, s.districts];
      if (inputs.every((x, i) => x === last[i])) return;
      last = inputs;
      goals = computeGoals(s);
      grid.update(toRows(goals, s.ui.goalSource !== 'own', s.catalog));
    },
  };
}
