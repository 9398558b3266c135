// Strings of issue 16's search feature, Simplified Chinese (the source of its keys).
export const searchZh = {
  button: '搜索',
  buttonTitle: (keys: string) => `搜索指标、区县、目标集（${keys}）`,
  label: '搜索指标、区县或目标集',
  placeholder: '中文、拼音或首字母，如 mqrk、jj',
  kinds: { indicator: '指标', district: '区县', goalSet: '目标集' },
  none: '没有找到',
  hint: '↑↓ 选择　Enter 确定　Esc 关闭',
};
