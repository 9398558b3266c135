// The only PapaParse import: text ⇄ records.
import Papa from 'papaparse';

export interface ParsedCsv {
  fields: string[];
  records: Record<string, string>[];
  errors: string[];
}

/** Parses CSV text with a header row. A leading BOM is removed. */
export function parseCsv(text: string): ParsedCsv {
  const res = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  return {
    fields: res.meta.fields ?? [],
    records: res.data,
    errors: res.errors.map((e) => `第 ${(e.row ?? 0) + 2} 行：${e.message}`),
  };
}
