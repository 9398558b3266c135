// Strings of issue 16's pace feature, Simplified Chinese (the source of its keys).
export const paceZh = {};
