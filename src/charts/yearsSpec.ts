// The selected indicator over the years: one solid line of actuals per district, and a dashed
// line from its latest actual to its target(s). Pure, like specs.ts.
import { districtName, t } from '../i18n';
import { onePerYear as byYear, seriesOf } from '../model/series';
import { paceOverlay, PACE_TARGET_COLOR, type PaceOverlay } from './paceSpec';
import type { Kind, Observation } from '../model/types';
import type { ChartInput } from '../state/selectors';
import {
  districtYears,
  EMPTY_TABLE,
  indicatorLabel,
  LINE_COLORS,
  POINT_STYLES,
  sourceLine,
  unitOf,
  valueText,
  withUnit,
  yearSpan,
  type SpecBase,
} from './specHelpers';

export interface YearsLine {
  district: string;
  kind: Kind;
  label: string;
  color: string;
  pointStyle: (typeof POINT_STYLES)[number];
  /** false = loose points (targets already overtaken by a later actual). */
  showLine: boolean;
  dashed: boolean;
  /** A finer dash than `dashed`: the projection at the current pace. */
  dotted?: boolean;
  /** Point radius when not the default (the marked target). */
  radius?: number;
  /** Points filled in the line's colour even on a target line (the marked target). */
  filled?: boolean;
  width: number;
  /** Aligned with the spec's labels (one per year); null where there is no point. */
  data: (number | null)[];
  /** Tooltip text per point, '' where there is none. */
  texts: string[];
}

export interface YearsSpec extends SpecBase {
  indicator: string | null;
  scope: string;
  /** Every year from the first to the last point, so gaps keep their true width. */
  labels: string[];
  lines: YearsLine[];
}

export function indicatorOverYears(input: ChartInput): YearsSpec {
  const sel = input.selection;
  const y = t.chart.years;
  const base: YearsSpec = {
    title: y.title,
    unit: '',
    sourceLine: t.chart.sourceNone,
    ariaLabel: y.ariaNone,
    table: EMPTY_TABLE,
    legend: [],
    empty: t.chart.noData,
    indicator: null,
    scope: '',
    labels: [],
    lines: [],
  };
  if (!sel) return base;
  const { indicator, scope } = sel;
  const series = input.districts.map((d, i) => ({
    d,
    i,
    actual: byYear(seriesOf(input.table, d, indicator, scope, 'actual')),
    target: byYear(seriesOf(input.table, d, indicator, scope, 'target')),
  }));
  const all = series.flatMap((s) => [...s.actual, ...s.target]);
  const unit = unitOf(input.catalog, indicator, all);
  const title = withUnit(y.titleFor(indicatorLabel(input.catalog, indicator, scope)), unit);
  const point = (o: Observation) =>
    y.point(o.year, o.kind === 'target', valueText(o.value, unit, o.qualifier));
  const text = (o: Observation) => `${districtName(o.district)} ${point(o)}`;
  const table = {
    headers: [t.col.district, t.col.year, t.col.kind, withUnit(t.col.value, unit)],
    rows: series.flatMap((s) =>
      [...s.actual, ...s.target]
        .sort((a, b) => a.year - b.year)
        .map((o) => [
          districtName(s.d),
          String(o.year),
          t.kindName[o.kind],
          valueText(o.value, '', o.qualifier),
        ]),
    ),
  };
  const drawn = series.filter((s) => s.actual.length + s.target.length > 1);
  const pace = paceOverlay(input, indicator, scope, unit);
  const paced = pace && drawn.some((s) => s.d === pace.district) ? pace : null;
  if (paced) table.rows.push(...paced.rows);
  const ctx = { ...base, title, unit, table, indicator, scope };
  if (drawn.length === 0) {
    const empty = all.length === 0 ? t.chart.noDataSelected : y.singleYear;
    return {
      ...ctx,
      empty,
      sourceLine: sourceLine([], []),
      ariaLabel: y.ariaEmpty(title, empty),
    };
  }

  const years = drawn.flatMap((s) => [...s.actual, ...s.target].map((o) => o.year));
  if (paced) years.push(paced.target.year);
  const first = Math.min(...years);
  const labels = Array.from({ length: Math.max(...years) - first + 1 }, (_, k) =>
    String(first + k),
  );
  const aligned = (points: readonly Observation[]) => {
    const data: (number | null)[] = labels.map(() => null);
    const texts = labels.map(() => '');
    for (const o of points) {
      data[o.year - first] = o.value;
      texts[o.year - first] = text(o);
    }
    return { data, texts };
  };

  const lines: YearsLine[] = [];
  for (const s of drawn) {
    const style = {
      district: s.d,
      color: LINE_COLORS[s.i % LINE_COLORS.length] ?? '#000000',
      pointStyle: POINT_STYLES[s.i % POINT_STYLES.length] ?? 'circle',
      width: s.d === input.pick.district ? 3 : 2,
    };
    if (s.actual.length > 0) {
      lines.push({
        ...style,
        kind: 'actual',
        label: districtName(s.d),
        showLine: true,
        dashed: false,
        ...aligned(s.actual),
      });
    }
    // The dashed path runs from the latest actual to the targets still ahead of it; targets
    // already overtaken by an actual are shown as loose points, not joined back in time.
    const last = s.actual[s.actual.length - 1];
    const ahead = s.target.filter((o) => !last || o.year > last.year);
    const past = s.target.filter((o) => !ahead.includes(o));
    if (ahead.length > 0) {
      const path = aligned(last ? [last, ...ahead] : ahead);
      lines.push({
        ...style,
        kind: 'target',
        label: y.targetLine(districtName(s.d)),
        showLine: true,
        dashed: true,
        ...path,
      });
    }
    if (past.length > 0) {
      const pts = aligned(past);
      lines.push({
        ...style,
        kind: 'target',
        label: y.pastTargets(districtName(s.d)),
        showLine: false,
        dashed: false,
        ...pts,
      });
    }
  }

  if (paced) lines.push(...paceLines(paced, lines, labels, first));

  const used = drawn.flatMap((s) => [...s.actual, ...s.target]);
  const items = drawn.map((s) =>
    districtYears(s.d, yearSpan([...s.actual, ...s.target].map((o) => o.year))),
  );
  const describe = drawn
    .map((s) => {
      const pts = [...s.actual, ...s.target].sort((a, b) => a.year - b.year);
      return y.describe(districtName(s.d), pts.map(point).join(t.sep.comma));
    })
    .join(t.sep.clause);
  const described = paced ? `${describe}${t.sep.clause}${paced.describe}` : describe;

  return {
    ...ctx,
    empty: null,
    labels,
    lines,
    sourceLine: sourceLine(items, used),
    ariaLabel: y.aria(title, drawn.length, described),
    legend: [
      ...drawn.map((s) => ({
        text: districtName(s.d),
        color: lines.find((l) => l.district === s.d)?.color ?? '',
      })),
      ...(lines.some((l) => l.dashed && !l.dotted)
        ? [{ text: y.dashed, color: '#616161', dashed: true }]
        : []),
      ...(paced ? [{ text: t.pace.chart.legend, color: '#616161', dashed: true }] : []),
    ],
  };
}

/** The projection in the district's colour, and the target it heads for. */
function paceLines(
  p: PaceOverlay,
  drawnLines: readonly YearsLine[],
  labels: readonly string[],
  first: number,
): YearsLine[] {
  const own = drawnLines.find((l) => l.district === p.district);
  const at = (pts: readonly { year: number; value: number; text: string }[]) => {
    const data: (number | null)[] = labels.map(() => null);
    const texts = labels.map(() => '');
    for (const q of pts) {
      data[q.year - first] = q.value;
      texts[q.year - first] = q.text;
    }
    return { data, texts };
  };
  const name = districtName(p.district);
  const base = {
    district: p.district,
    kind: 'target' as const,
    pointStyle: own?.pointStyle ?? 'circle',
    width: 2,
  };
  const line = [
    {
      ...base,
      label: t.pace.chart.line(name),
      color: own?.color ?? '#616161',
      showLine: true,
      dashed: true,
      dotted: true,
      radius: 2,
      ...at(p.path),
    },
  ].filter(() => p.path.length > 0);
  return [
    ...line,
    {
      ...base,
      label: t.pace.chart.target(name),
      color: PACE_TARGET_COLOR,
      pointStyle: 'rectRot',
      radius: 7,
      filled: true,
      showLine: false,
      dashed: false,
      ...at([p.target]),
    },
  ];
}
