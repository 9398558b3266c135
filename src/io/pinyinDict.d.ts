// pinyin-match's dictionary (reading → the characters that have it), imported on its own: the
// search reads names character by character and ranks them itself (src/model/search.ts).
declare module 'pinyin-match/src/simplified_dict.js' {
  export const dict: Record<string, string>;
}
