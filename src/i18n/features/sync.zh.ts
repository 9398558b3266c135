// Strings of issue 17 (sharing through an office server) that the first load needs: the change
// labels in 修改历史, refusal reasons, the status chip and the conflict mark. The settings
// dialog's own strings load with it (syncView.*).
export const syncZh = {
  change: {
    received: (by: string, count: number) => `同步：${by || '其他成员'}的 ${count} 项修改`,
    chose: (by: string) => `选用${by || '其他成员'}的值（解决同步冲突）`,
  },
  problem: {
    unknownDoc: (id: string) => `无法识别的同步文档：${id}`,
    wrongType: (id: string) => `同步文档内容与其标识不符：${id}`,
    rowOutsideCell: (id: string) => `同步文档中的行 ${id} 不属于该单元格`,
  },
};
