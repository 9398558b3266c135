// Strings of issue 16's tileMap feature, Simplified Chinese (the source of its keys).
export const tileMapZh = {};
