// Strings of issue 16's peers feature, Simplified Chinese (the source of its keys).
export const peersZh = {
  rankColumn: '显示各指标排名',
  rankCell: (rank: number, of: number) => `第${rank}/${of}`,
  change: {
    newGroup: (name: string) => `新建比较组“${name}”`,
    renameGroup: (name: string) => `重命名比较组为“${name}”`,
    editGroup: (name: string) => `修改比较组“${name}”的成员`,
    deleteGroup: (name: string) => `删除比较组“${name}”`,
  },
  msg: {
    groupNameTaken: (name: string) => `已有名为“${name}”的比较组`,
    groupRefused: (why: string) => `比较组未保存：${why}`,
    groupNameEmpty: '比较组未保存：请填写名称',
    groupsChanged: (n: number) => `，${n} 个比较组有变化`,
  },
  problem: {
    unknownField: (name: string) => `未知字段“${name}”`,
    markupInName: (text: string) => `名称含有标记或控制字符：“${text}”`,
    repeatedMember: (name: string, written?: string) =>
      written === undefined
        ? `区县“${name}”重复列出`
        : `区县“${name}”重复列出（“${written}”即“${name}”）`,
    nameTooLong: (max: number, length: number) => `名称过长：${length} 个字，最多 ${max} 个字`,
    builtInId: (id: string) => `编号“${id}”属于内置比较组，自定义组不能使用`,
    builtInName: (name: string) => `“${name}”是内置比较组的名称，请换一个名称`,
    notADistrict: (text: string) => `“${text}”不是本工作簿的区县，也不是重庆的 38 个区县之一`,
  },
};
