// Strings of issue 16's peers feature, Simplified Chinese (the source of its keys).
export const peersZh = {};
