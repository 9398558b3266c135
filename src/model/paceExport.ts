// The goals table's pace columns in exports (CSV and .xlsx), after the progress columns: the
// same figures as the 目标 grid, worded per file language. Pure.
import type { Cell, Lang } from './csvFormat';
import type { GoalRow } from './goalsView';
import type { PaceStatus } from './pace';

export const PACE_HEADERS: Record<Lang, string[]> = {
  zh: ['按当前速度', '年均变化(实际)', '依据年份', '目标年预计值', '预计达成年份'],
  en: [
    'at current pace',
    'change per year (actual)',
    'years used',
    'projected in target year',
    'year target reached',
  ],
};

/** Also the .xlsx colour rules' texts (coloured as the progress status they correspond to). */
export const PACE_STATUS_TEXT: Record<Lang, Record<PaceStatus, string>> = {
  zh: {
    met: '已达成',
    reachable: '按当前速度可达成',
    unreachable: '按当前速度无法达成',
    insufficient: '数据不足',
  },
  en: {
    met: 'met',
    reachable: 'reachable at current pace',
    unreachable: 'not reachable at current pace',
    insufficient: 'too few data',
  },
};

const WORDS: Record<Lang, { max: string; min: string; notBy: (y: number) => string }> = {
  zh: { max: '（上限）', min: '（下限）', notBy: (y) => `${y}年前无法达成` },
  en: { max: ' (cap)', min: ' (floor)', notBy: (y) => `not by ${y}` },
};

const round = (n: number | null, d = 4) => (n === null ? null : Number(n.toFixed(d)));

export function paceRowCells(g: GoalRow, lang: Lang): Cell[] {
  const p = g.pace;
  const w = WORDS[lang];
  // A value clamped into the valid range stays marked, as on screen; others stay numbers.
  const projected =
    p.clamped === null ? null : p.beyond ? `${round(p.clamped)}${w[p.beyond]}` : round(p.projected);
  const year =
    p.status === 'met'
      ? PACE_STATUS_TEXT[lang].met
      : (p.reachYear ?? (p.status === 'insufficient' ? null : w.notBy(p.horizon)));
  return [
    PACE_STATUS_TEXT[lang][p.status],
    round(p.slope),
    p.years.join(lang === 'zh' ? '、' : ', '),
    projected,
    year,
  ];
}
