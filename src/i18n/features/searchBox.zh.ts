// The Ctrl+K box's words, Simplified Chinese (the source of its keys). Loaded with the box, never
// in the first load: only searchBox.ts imports this pair.
export const searchBoxZh = {
  label: '搜索指标、区县或目标集',
  placeholder: '中文、拼音、首字母或区县代码，如 mqrk、jj',
  kinds: { indicator: '指标', district: '区县', goalSet: '目标集' },
  none: '没有找到',
  hint: '↑↓ 选择　Enter 确定　Esc 关闭',
  /** Beside a district the workbook has no data for. */
  noDataTag: '暂无数据',
  /** Why a chosen result did not land as asked (src/state/searchActions.ts SearchNote). */
  notes: {
    noData: (d: string) => `${d}暂无数据：本页只列出有数据的区县（地图中可见）`,
    noRows: (i: string, goals: boolean) =>
      goals ? `「${i}」没有目标行（为它设定目标后显示）` : `「${i}」暂无数据`,
    districtNotShown: (d: string, goals: boolean) =>
      goals ? `${d}没有目标行` : `${d}不在记分卡中`,
    notTogether: (d: string, i: string, landedOn: string, goals: boolean) =>
      `${d}没有「${i}」的${goals ? '目标行' : '数据'}，已选中${landedOn}的第一行`,
    notInSet: (i: string, set: string) => `「${i}」不在目标集「${set}」中，记分卡里没有它`,
  },
};
