// Strings of issue 16's tileMap feature, English: key for key as tileMap.zh.ts.
import type { tileMapZh } from './tileMap.zh';

export const tileMapEn: typeof tileMapZh = {
  noValues: (indicator) => `${indicator} (no data)`,
  noYearData: (y) => `${y} (no data)`,
  slideTitle: (indicator) => `${indicator}: the city at a glance`,
  source: (years) => (years ? `Data years ${years}` : ''),
  addSlide: 'This indicator on the city map',
};
