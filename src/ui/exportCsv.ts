// Export: long, wide (as 对比 shows it) and goals, as UTF-8-with-BOM CSV downloads. The writer
// (src/ui/csvDownload.ts, with PapaParse) loads on demand.

/** The one list of exports: the 导出 CSV menu is built from it. */
export const EXPORT_KINDS = ['long', 'wide', 'goals'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const isExportKind = (k: unknown): k is ExportKind =>
  (EXPORT_KINDS as readonly unknown[]).includes(k);
