// The Ctrl+K box's words, English: key for key as searchBox.zh.ts.
import type { searchBoxZh } from './searchBox.zh';

export const searchBoxEn: typeof searchBoxZh = {
  label: 'Search indicators, districts or goal sets',
  placeholder: 'Name, pinyin, initials or district code, e.g. mqrk, jj',
  kinds: { indicator: 'Indicators', district: 'Districts', goalSet: 'Goal sets' },
  none: 'Nothing found',
  hint: '↑↓ choose · Enter select · Esc close',
  noDataTag: 'no data yet',
  notes: {
    noData: (d) => `${d} has no data yet: this tab lists only districts with data (see Map)`,
    noRows: (i, goals) =>
      goals ? `${i} has no goal rows (set a target for it)` : `${i} has no data yet`,
    districtNotShown: (d, goals) =>
      goals ? `${d} has no goal rows` : `${d} is not in the scorecard`,
    notTogether: (d, i, landedOn, goals) =>
      `${d} has no ${goals ? 'goal row' : 'data'} for ${i}: selected the first row of ${landedOn}`,
    notInSet: (i, set) => `${i} is not in the goal set ${set}, so not in the scorecard`,
  },
};
