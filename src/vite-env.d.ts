/// <reference types="vite/client" />

// Seed CSV files read at build time (vite.config.ts, plugin seed-csv).
declare module '*.csv?records' {
  const records: Record<string, string>[];
  export default records;
}
declare module '*.csv?catalog' {
  const reads: Record<string, unknown>[];
  export default reads;
}
// Pinyin keys of the bundled names, made at build time (vite.config.ts, plugin search-keys).
declare module 'virtual:search-keys' {
  const keys: Record<string, string>;
  export default keys;
}
