// Strings of issue 16's search feature, Simplified Chinese (the source of its keys): the toolbar
// button only; the box's own words come with it on demand (searchBox.zh.ts).
export const searchZh = {
  button: '搜索',
  buttonTitle: (keys: string) => `搜索指标、区县、目标集（${keys}）`,
};
