// Strings of issue 16's search feature, Simplified Chinese (the source of its keys).
export const searchZh = {};
