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
    tooLarge: (size: string, max: string) => `同步文档过大（${size} 个字符，上限 ${max}）`,
  },
  /** The 更多 menu's entry that opens the dialog. */
  menu: '共享（同步）…',
  /** Why the server refused, in a word (the chip, the dialog, rejected documents). */
  reason: {
    unauthorized: '未登录',
    forbidden: '无权限',
    notFound: '找不到数据库',
    server: '服务器出错',
  },
  /** The status chip beside the save status. */
  chip: {
    connecting: '正在连接服务器…',
    synced: '已同步',
    /** Synced, but kept versions wait for a planner's choice (the dialog lists them). */
    syncedConflicts: (n: number) => `已同步，${n} 处冲突待选择`,
    syncing: '同步中…',
    offline: (n: number) => (n ? `离线，${n} 项待上传` : '离线'),
    denied: (reason: string) => `服务器拒绝：${reason}`,
    otherTab: '由另一个标签页同步',
    /** No session: edits wait on this laptop until a login. */
    loggedOut: (n: number) => (n ? `未登录，${n} 项待上传` : '未登录'),
    title: '共享（同步）：点击查看状态与冲突',
  },
  /** The mark on a grid cell whose document has kept versions. */
  mark: '同步冲突：两位成员分别修改了此单元格，两个值都已保留；在“来源”中选定一个',
  legend: '同步冲突',
  /** The source panel's list of kept versions. */
  source: {
    head: '同步冲突：两位成员分别修改了此单元格，两个值都已保留。选定后所有成员都采用它（可撤销）。',
    who: (by: string, when: string) => `${by || '未知成员'} · ${when}`,
    shown: '当前显示',
    choose: '采用此值',
    backToSeed: '删除修改（回到内置数据）',
  },
};
