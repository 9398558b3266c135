// Strings of issue 16's tileMap feature, Simplified Chinese (the source of its keys).
export const tileMapZh = {
  noValues: (indicator: string) => `${indicator}（无数据）`,
  noYearData: (y: string) => `${y}（无数据）`,
  slideTitle: (indicator: string) => `${indicator}：全市区县一览`,
  source: (years: string) => (years ? `数据年份 ${years}` : ''),
  addSlide: '当前指标：全市地图',
};
