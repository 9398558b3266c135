// The only PapaParse import: text ⇄ rows of cells.
import Papa from 'papaparse';
import type { Cell } from '../model/csvFormat';
import { neutralise } from '../model/csvFormat';
import { numberText } from '../model/numbers';
import type { Problem } from '../model/problems';

export type Delimiter = ',' | ';' | '\t';

export interface ParsedCsv {
  fields: string[];
  records: Record<string, string>[];
  errors: Problem[];
}

/**
 * One kind of line break between rows: files saved on Windows, old Macs or edited by hand mix
 * CRLF, CR and LF, and PapaParse guesses a single one from the first line (the rest keep a
 * stray "\r"). A quoted cell is left verbatim: a quote from a CRLF report keeps its CRLF.
 */
const ROW_BREAK = /(?<=^|[,;\t\r\n])"[^"]*(?:""[^"]*)*"|\r\n?/g;
function oneNewline(raw: string): string {
  const text = raw.replace(/^\uFEFF/, '');
  return text.includes('\r')
    ? text.replace(ROW_BREAK, (m) => (m.startsWith('"') ? m : '\n'))
    : text;
}

/** Parses CSV text with a header row into records (used for the bundled seed files). */
export function parseCsv(text: string): ParsedCsv {
  const res = Papa.parse<Record<string, string>>(oneNewline(text), {
    header: true,
    newline: '\n',
    skipEmptyLines: 'greedy',
  });
  return {
    fields: res.meta.fields ?? [],
    records: res.data,
    errors: res.errors.map((e) => ({ code: 'csvError', text: e.message, line: (e.row ?? 0) + 2 })),
  };
}

export type ParsedRows =
  | {
      ok: true;
      rows: string[][];
      /** Each row's first physical line: blank lines and quoted line breaks are counted. */
      lines: number[];
      delimiter: Delimiter;
    }
  | { ok: false; reason: Problem };

/** Parses to plain rows; the delimiter is detected among comma, semicolon and tab unless given. */
export function parseRows(text: string, delimiter?: Delimiter): ParsedRows {
  const clean = oneNewline(text);
  const res = Papa.parse<string[]>(clean, {
    delimiter: delimiter ?? '',
    delimitersToGuess: [',', ';', '\t'],
    newline: '\n',
  });
  const found = res.meta.delimiter;
  const d: Delimiter = found === ';' || found === '\t' ? found : ',';
  // A quote error shifts every later cell: refuse the file and say where, rather than import
  // rows whose columns no longer mean what their headers say.
  if (res.errors.some((e) => e.type === 'Quotes')) {
    return { ok: false, reason: quoteProblem(clean, d, res.data[0] ?? []) };
  }
  const rows: string[][] = [];
  const lines: number[] = [];
  // Without a quote no cell can hold a line break: nothing to count inside the cells.
  const quoted = clean.includes('"');
  let line = 1;
  for (const r of res.data) {
    if (r.some((c) => c.trim() !== '')) {
      rows.push(r);
      lines.push(line);
    }
    line += 1;
    if (quoted)
      for (const c of r) for (let k = c.indexOf('\n'); k >= 0; k = c.indexOf('\n', k + 1)) line++;
  }
  return { ok: true, rows, lines, delimiter: d };
}

/** The first misplaced or unclosed quote, by physical line and column. */
export function quoteProblem(text: string, delimiter: string, header: readonly string[]): Problem {
  let line = 1;
  let col = 1;
  let i = 0;
  const name = (c: number) => (header[c - 1] ?? '').trim();
  while (i < text.length) {
    if (text[i] === '"') {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length)
          return { code: 'unclosedQuote', line: startLine, column: col, header: name(col) };
        const ch = text[i];
        if (ch === '\n') line++;
        if (ch === '"') {
          if (text[i + 1] === '"') i += 2;
          else break;
        } else i++;
      }
      i++;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n')
        return { code: 'badQuote', line: startLine, column: col, header: name(col) };
      continue;
    }
    // An unquoted cell: up to the next delimiter or line end.
    while (i < text.length && text[i] !== delimiter && text[i] !== '\n') i++;
    if (text[i] === delimiter) col++;
    else if (text[i] === '\n') {
      line++;
      col = 1;
    }
    i++;
  }
  return { code: 'unclosedQuote', line, column: col, header: name(col) };
}

/** CSV text for Excel/WPS: UTF-8 BOM, CRLF, numbers as plain decimals, formula text neutralised. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  const safe = rows.map((r) =>
    r.map((c) => (c === null ? '' : typeof c === 'number' ? numberText(c) : neutralise(c))),
  );
  return '\uFEFF' + Papa.unparse(safe, { newline: '\r\n' });
}
