// Strings of issue 16's pace feature, Simplified Chinese (the source of its keys).
export const paceZh = {
  col: {
    status: '按当前速度',
    slope: '年均变化(实际)',
    projected: '目标年预计值',
    reachYear: '预计达成年份',
  },
  /** The grid cell under 按当前速度 (the header says the rest). */
  short: { met: '已达成', reachable: '可达成', unreachable: '无法达成', insufficient: '数据不足' },
  /** The full words: exports, tooltips, chart. */
  status: {
    met: '已达成',
    reachable: '按当前速度可达成',
    unreachable: '按当前速度无法达成',
    insufficient: '数据不足',
  },
  /** 2020–2022，2点: the years the slope was fitted over. */
  yearsBadge: (span: string, n: number) => `${span}，${n}点`,
  yearsTip: (years: string, n: number) =>
    `依据 ${years} 年共 ${n} 个年份的实际值（最小二乘斜率，每年一个值）`,
  perYear: (v: string) => `每年 ${v}`,
  notBy: (year: number) => `${year}年前无法达成`,
  pastYear: '目标年已过',
  capped: { max: '（上限）', min: '（下限）' },
  cappedTip: (raw: string, shown: string) =>
    `按当前速度推算为 ${raw}，超出指标有效范围，按 ${shown} 显示`,
  tip: {
    met: '已达到目标（与“状态”一致）',
    insufficient: '实际值不足两个年份，无法推算速度',
    noGoal: '缺目标值或实际值',
    reachable: (pace: string, year: number, target: string, targetYear: number) =>
      `按当前速度（${pace}），${year}年达到目标 ${target}（目标年 ${targetYear}）`,
    late: (pace: string, year: number, target: string, targetYear: number) =>
      `按当前速度（${pace}），${year}年才达到目标 ${target}，晚于目标年 ${targetYear}`,
    never: (pace: string, target: string) => `按当前速度（${pace}），不会达到目标 ${target}`,
    notBy: (pace: string, target: string, horizon: number) =>
      `按当前速度（${pace}），${horizon}年前达不到目标 ${target}`,
    past: (targetYear: number) => `目标年 ${targetYear} 已过，目标未达成`,
  },
  chart: {
    kind: '推算',
    line: (district: string) => `${district} 按当前速度推算`,
    target: (district: string) => `${district} 目标`,
    point: (year: number, value: string) => `${year} 年推算 ${value}`,
    targetPoint: (year: number, value: string) => `${year} 年目标 ${value}`,
    legend: '点线：按当前速度推算（◆ 目标）',
    describe: (district: string, status: string, year: string) => `${district}：${status}${year}`,
  },
};
