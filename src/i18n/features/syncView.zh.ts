// Strings of the 共享（同步） dialog (issue 17), Simplified Chinese: loaded with the dialog, not
// in the first load (provideStrings in src/i18n/index.ts); sync.zh.ts keeps what the first load shows.
export const syncViewZh = {
  title: '共享（同步）',
  intro:
    '与办公室的 CouchDB 服务器同步这个工作簿，同事们就能共用同一份数据；离线时照常编辑，联网后自动上传。未开启时，数据只保存在本浏览器中。',
  server: '服务器数据库地址',
  serverHint: '例如 http://office-server:5984/workbook（由信息科提供）',
  user: '用户名',
  password: '密码',
  passwordNote: '密码不会被保存：登录后由服务器的会话保持，会话过期时需重新登录。',
  login: '登录并开始同步',
  loggingIn: '正在登录…',
  stop: '停止共享',
  logout: '退出登录',
  close: '关闭',
  status: '状态',
  offWord: '未开启共享',
  as: (user: string, server: string) => (user ? `${user} @ ${server}` : server),
  /** The status in words: what it means and what to do. */
  explain: {
    off: '未开启共享：工作簿只保存在本浏览器中。填写服务器地址、用户名和密码，然后点“登录并开始同步”。',
    connecting: '正在连接服务器…',
    synced: '本机的修改都已上传，服务器上的修改都已收到。',
    syncing: (n: number) =>
      n ? `正在上传或接收修改，还有 ${n} 项待上传。` : '正在上传或接收修改。',
    offline: (n: number) =>
      `连不上服务器（没有网络或服务器未运行）。可以照常编辑：${n ? `${n} 项修改已保存在本机，` : ''}联网后自动上传，无需操作。`,
    unauthorized:
      '未登录：会话已过期或已退出。输入密码重新登录即可继续同步；未上传的修改保存在本机，不会丢失。',
    forbidden: (detail: string) =>
      `服务器拒绝：此账户无权写入这个数据库${detail ? `（${detail}）` : ''}。请用有写入权限的账户登录，或联系信息科。`,
    notFound: '服务器上找不到这个数据库：检查地址（应以数据库名结尾，例如 …/workbook）。',
    server: (detail: string) =>
      `服务器出错${detail ? `（${detail}）` : ''}：会自动重试；若一直如此，请联系信息科。`,
    otherTab:
      '本工作簿正由此浏览器的另一个标签页同步；这里照常显示收到的修改。关闭那个标签页后，这里会接着同步。',
  },
  pending: (n: number) => `${n} 项待上传`,
  conflicts: (n: number) => `同步冲突（${n}）`,
  conflictsNone: '没有同步冲突。',
  conflictsIntro:
    '两位成员各自修改了同一项（至少一方当时未连上服务器），每个版本都已保留。选定一个后，所有成员都采用它（可撤销）。',
  deck: (n: number) => `${n} 张幻灯片`,
  /** A deck version by its slides (two versions of the deck differ in them). */
  deckSlides: (n: number, titles: string) => `${n} 张幻灯片：${titles}`,
  slideKind: {
    across: '各区对比',
    progress: '目标进度',
    years: '历年变化',
    scorecard: '记分卡',
    map: '地图',
  },
  andMore: (n: number) => `等 ${n} 项`,
  /** What a document is, in the conflict list. */
  doc: {
    goalSet: (name: string) => `目标集：${name}`,
    catalog: (name: string) => `指标目录：${name}`,
    peerGroup: (name: string) => `比较组：${name}`,
    deck: '幻灯片',
    unknown: (id: string) => `无法识别的文档 ${id}`,
  },
  /** A group version by its members (two versions of a group differ in them). */
  groupMembers: (name: string, members: string) => `${name}：${members || '没有区县'}`,
  /** Refused documents: the problem without the id again (the document is named before it). */
  refusedWhy: {
    unknownDoc: '不是本程序的同步文档',
    wrongType: '内容与文档类型不符',
  },
  /** Fields of a replicated document, in words. */
  field: { by: '修改人', at: '修改时间' } as Record<string, string>,
  targets: (n: number) => `${n} 项目标`,
  members: (n: number) => `${n} 个区县`,
  removed: '已删除',
  refused: (n: number) => `未采用的远程文档（${n}）`,
  refusedIntro: '其他成员发来的这些文档没有通过检查，未应用到工作簿：',
  rejected: (n: number) => `服务器拒绝的本机修改（${n}）`,
  rejectedItem: (reason: string) => `服务器拒绝：${reason}`,
  error: {
    server: '请填写服务器数据库地址（以 http:// 或 https:// 开头，不含用户名和密码）。',
    noDatabaseInAddress:
      '这是服务器的地址，还缺数据库名：地址应以数据库名结尾，例如 http://office-server:5984/workbook。',
    systemDatabase:
      '这是 CouchDB 自己的系统数据库（名称以 _ 开头），不是工作簿数据库：地址应以工作簿数据库名结尾，例如 http://office-server:5984/workbook。',
    noDatabase: (url: string) =>
      `服务器上没有这个数据库（${url}）：检查地址末尾的数据库名，未开启共享。`,
    notMember: (user: string) =>
      `已登录，但账户 ${user} 不是这个数据库的成员，未开启共享。请联系信息科把账户加入数据库成员。`,
    unreachable: (url: string) =>
      `连不上服务器（${url}）：检查地址和网络，或服务器是否在运行。未开启共享。`,
    user: '请填写用户名。',
    wrongPassword: '登录失败：用户名或密码不对。',
    password: '请填写密码。',
    login: (why: string) => `登录失败：${why}`,
    start: (why: string) => `无法开始同步：${why}`,
  },
};
