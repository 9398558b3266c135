// The only PapaParse import: text ⇄ rows of cells.
import Papa from 'papaparse';
import { t } from '../i18n';
import type { Cell } from '../model/csvFormat';
import { neutralise } from '../model/csvFormat';

export type Delimiter = ',' | ';' | '\t';

export interface ParsedCsv {
  fields: string[];
  records: Record<string, string>[];
  errors: string[];
}

/** Parses CSV text with a header row into records (used for the bundled seed files). */
export function parseCsv(text: string): ParsedCsv {
  const res = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  return {
    fields: res.meta.fields ?? [],
    records: res.data,
    errors: res.errors.map((e) => t.atLine((e.row ?? 0) + 2, e.message)),
  };
}

export interface ParsedRows {
  rows: string[][];
  delimiter: Delimiter;
  /** Quote errors and the like, by line; the rows are still returned. */
  errors: string[];
}

/** Parses to plain rows; the delimiter is detected among comma, semicolon and tab unless given. */
export function parseRows(text: string, delimiter?: Delimiter): ParsedRows {
  const res = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: delimiter ?? '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  const found = res.meta.delimiter;
  return {
    rows: res.data,
    delimiter: found === ';' || found === '\t' ? found : ',',
    errors: res.errors.map((e) => t.atLine((e.row ?? 0) + 1, e.message)),
  };
}

/** CSV text for Excel/WPS: UTF-8 BOM, CRLF, numbers as numbers, formula-looking text neutralised. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  const safe = rows.map((r) => r.map((c) => (c === null ? '' : neutralise(c))));
  return '\uFEFF' + Papa.unparse(safe, { newline: '\r\n' });
}
