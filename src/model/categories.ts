// Categories the app itself gives an indicator. Stored as these canonical names whatever the
// interface language; the screens show them translated like any other category.
export const OTHER_CATEGORY = '其他';
export const IMPORTED_CATEGORY = '导入';
