// Strings of issue 16's tileMap feature, English: key for key as tileMap.zh.ts.
import type { tileMapZh } from './tileMap.zh';

export const tileMapEn: typeof tileMapZh = {};
