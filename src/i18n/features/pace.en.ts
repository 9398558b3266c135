// Strings of issue 16's pace feature, English: key for key as pace.zh.ts.
import type { paceZh } from './pace.zh';

export const paceEn: typeof paceZh = {};
