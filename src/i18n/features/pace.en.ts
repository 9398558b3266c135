// Strings of issue 16's pace feature, English: key for key as pace.zh.ts.
import type { paceZh } from './pace.zh';

export const paceEn: typeof paceZh = {
  col: {
    status: 'At current pace',
    slope: 'Actual per year',
    projected: 'Projected',
    reachYear: 'Reached in',
  },
  short: {
    met: 'Met',
    reachable: 'Reachable',
    unreachable: 'Not reachable',
    insufficient: 'Too few data',
  },
  status: {
    met: 'Met',
    reachable: 'Reachable at current pace',
    unreachable: 'Not reachable at current pace',
    insufficient: 'Too few data',
  },
  yearsBadge: (span: string, n: number) => `${span}, ${n} pts`,
  yearsTip: (years: string, n: number) =>
    `From the actual values of ${years} (${n} years; least-squares slope, one value a year)`,
  perYear: (v: string) => `${v} a year`,
  notBy: (year: number) => `Not by ${year}`,
  pastYear: 'Target year past',
  capped: { max: ' (cap)', min: ' (floor)' },
  cappedTip: (raw: string, shown: string) =>
    `At the current pace ${raw}, outside the indicator's valid range: shown as ${shown}`,
  tip: {
    met: 'Target already met (as the status says)',
    insufficient: 'Actual values for fewer than two years: no pace to project',
    noGoal: 'No target or no actual value',
    reachable: (pace: string, year: number, target: string, targetYear: number) =>
      `At the current pace (${pace}) the target ${target} is reached in ${year} (target year ${targetYear})`,
    late: (pace: string, year: number, target: string, targetYear: number) =>
      `At the current pace (${pace}) the target ${target} is reached only in ${year}, after the target year ${targetYear}`,
    never: (pace: string, target: string) =>
      `At the current pace (${pace}) the target ${target} is never reached`,
    notBy: (pace: string, target: string, horizon: number) =>
      `At the current pace (${pace}) the target ${target} is not reached by ${horizon}`,
    past: (targetYear: number) => `Target year ${targetYear} has passed and the target is not met`,
  },
  chart: {
    kind: 'projected',
    line: (district: string) => `${district} at current pace`,
    target: (district: string) => `${district} target`,
    point: (year: number, value: string) => `${year} projected ${value}`,
    targetPoint: (year: number, value: string) => `${year} target ${value}`,
    legend: 'Dotted: at current pace (◆ target)',
    describe: (district: string, status: string, year: string) => `${district}: ${status}${year}`,
  },
};
