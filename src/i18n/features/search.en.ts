// Strings of issue 16's search feature, English: key for key as search.zh.ts.
import type { searchZh } from './search.zh';

export const searchEn: typeof searchZh = {
  button: 'Search',
  buttonTitle: (keys) => `Search indicators, districts, goal sets (${keys})`,
};
