// One workbook cell → the text a Sheet holds: raw numbers (never their formatted text), dates
// as ISO, booleans and errors as Excel writes them. Formulas arrive as their cached values.
import type { CellObject } from '@e965/xlsx';
import { numberText } from '../../model/numbers';

/** The two pieces of the spreadsheet library's number-format code that cells need. */
export interface DateCodes {
  is_date(format: string): boolean;
  parse_date_code(
    serial: number,
    opts?: { date1904?: boolean },
  ): { y: number; m: number; d: number; H: number; M: number; S: number } | null;
}

/** BIFF error codes, for an error cell that came without its text. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Excel keeps 15 significant digits (what its formula bar shows); a formula's cached
 * 0.30000000000000004 is 0.3 there, and so here.
 */
export function excelNumberText(v: number): string {
  return numberText(Number(v.toPrecision(15)));
}

/**
 * The section of a number format that shows `v` (positive;negative;zero;text), with quoted
 * text, [colour]/[condition]/[$locale] brackets, \x escapes and _x/*x spacing removed: what is
 * left are the format's own codes.
 */
function formatCodes(format: string, v: number): string {
  const sections: string[] = [''];
  for (let i = 0; i < format.length; i++) {
    const c = format.charAt(i);
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (c === '[') {
      const end = format.indexOf(']', i + 1);
      i = end < 0 ? format.length : end;
    } else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === ';') sections.push('');
    else sections[sections.length - 1] += c;
  }
  const [pos = '', neg, zero] = sections;
  if (v < 0 && neg !== undefined) return neg;
  if (v === 0 && zero !== undefined) return zero;
  return pos;
}

/**
 * Excel shows a number formatted with % times 100 (0.3522 as 35.22%), and planners' percent
 * indicators hold that 35.22; a literal "%" or \% adds the sign without scaling. The point is
 * moved in the decimal text, never by a float multiply (0.335 * 100 is 33.50000000000001).
 */
export function percentText(v: number): string {
  const text = excelNumberText(v);
  const sign = text.startsWith('-') ? '-' : '';
  const [int = '', frac = ''] = text.slice(sign.length).split('.');
  const whole = (int + frac.slice(0, 2).padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(2);
  return `${sign}${whole}${rest ? `.${rest}` : ''}%`;
}

/** A date serial as yyyy-mm-dd, with the time only where there is one; a time alone as hh:mm:ss. */
function serialText(v: number, codes: DateCodes, date1904: boolean): string | null {
  const d = codes.parse_date_code(v, { date1904 });
  if (!d) return null;
  const time = `${pad(d.H)}:${pad(d.M)}:${pad(d.S)}`;
  if (v >= 0 && v < 1) return time;
  const day = `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
  return d.H || d.M || d.S ? `${day} ${time}` : day;
}

/** A Date the library made from an ISO cell (t:'d'), read in UTC as the library writes it. */
function dateText(d: Date): string {
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

export function cellText(
  cell: CellObject | undefined,
  codes: DateCodes,
  date1904: boolean,
): string {
  if (!cell) return '';
  const v = cell.v;
  switch (cell.t) {
    case 'n': {
      if (typeof v !== 'number') return '';
      const format = typeof cell.z === 'string' ? cell.z : '';
      if (format && format !== 'General' && codes.is_date(format)) {
        const date = serialText(v, codes, date1904);
        if (date !== null) return date;
      }
      // A web page's "35.22%" comes as 0.3522 with no format, only its shown text.
      const percent = format ? formatCodes(format, v).includes('%') : /%\s*$/.test(cell.w ?? '');
      return percent ? percentText(v) : excelNumberText(v);
    }
    case 'b':
      return v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? (typeof v === 'number' ? (ERRORS[v] ?? '#ERROR!') : '#ERROR!');
    case 'd':
      return v instanceof Date ? dateText(v) : typeof v === 'string' ? v : '';
    case 's':
      return typeof v === 'string' ? v : typeof v === 'number' ? excelNumberText(v) : '';
    default:
      return '';
  }
}
