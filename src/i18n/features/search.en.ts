// Strings of issue 16's search feature, English: key for key as search.zh.ts.
import type { searchZh } from './search.zh';

export const searchEn: typeof searchZh = {
  button: 'Search',
  buttonTitle: (keys) => `Search indicators, districts, goal sets (${keys})`,
  label: 'Search indicators, districts or goal sets',
  placeholder: 'Name, pinyin or initials, e.g. mqrk, jj',
  kinds: { indicator: 'Indicators', district: 'Districts', goalSet: 'Goal sets' },
  none: 'Nothing found',
  hint: '↑↓ choose · Enter select · Esc close',
};
