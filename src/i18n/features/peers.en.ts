// Strings of issue 16's peers feature, English: key for key as peers.zh.ts.
import type { peersZh } from './peers.zh';

export const peersEn: typeof peersZh = {};
