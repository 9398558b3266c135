// A formula as typed, read into tokens with their positions before jsep sees it. jsep reads
// JavaScript identifiers only and keeps no positions, while indicator names are Chinese with
// brackets (执业(助理)医师数): names are found here, longest known name first, or written in
// 【】 or 「」 (needed only where a name is not known yet, to be told so). Every form outside
// numbers, names, + − × ÷ and parentheses is refused here with its position.
import { MAX_DEPTH, MAX_NODES } from '../model/formula';
import { quotedOnly, unquotable } from '../model/formulaName';
import { parseNumber, toHalfWidth } from '../model/numbers';
import type { Problem } from '../model/problems';
import type { Result } from '../model/types';

export type Token =
  | { t: 'num'; at: number; text: string }
  | { t: 'ref'; at: number; name: string }
  | { t: '+' | '-' | '*' | '/' | '(' | ')'; at: number };

/** Character for character (positions kept): full-width and typeset operators to ASCII. */
export function normaliseFormula(s: string): string {
  return toHalfWidth(s).replace(/×/g, '*').replace(/÷/g, '/').replace(/[−–]/g, '-');
}

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const WORD = /^[\p{L}\p{N}_$]+/u;
const CLOSE: ReadonlyMap<string, string> = new Map([
  ['【', '】'],
  ['「', '」'],
]);
const OPS = '+-*/()';

const fail = (reason: Problem): { ok: false; reason: Problem } => ({ ok: false, reason });

/** The text's tokens, with names matched against `known` (the catalog's indicator names). */
export function tokenise(text: string, known: readonly string[]): Result<Token[]> {
  const s = normaliseFormula(text);
  // Known names as they read once normalised (执业（助理） matches 执业(助理)), longest first.
  const names = new Map<string, string>();
  for (const n of known) if (n.trim() !== '') names.set(normaliseFormula(n.trim()), n);
  // A name that reads as a number (1000) or holds a sign (常住人口 × 1000) is never matched
  // bare: it would take over the number or the operation. Such a name is read only in 【】.
  const byLength = [...names.keys()]
    .filter((n) => !quotedOnly(n))
    .sort((a, b) => b.length - a.length);
  // A name holding 】 cannot be written in 【】: said, rather than read as another name.
  const broken = [...names.keys()].filter(unquotable);
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    const rest = s.slice(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const close = CLOSE.get(c);
    if (close !== undefined) {
      const bad = c === '【' ? broken.find((n) => s.startsWith(`${n}】`, i + 1)) : undefined;
      if (bad !== undefined)
        return fail({ code: 'formulaNameUnquotable', name: names.get(bad) ?? bad, at: i });
      const end = s.indexOf(close, i + 1);
      if (end < 0) return fail({ code: 'formulaSyntax', at: i, found: c });
      const inner = s.slice(i + 1, end).trim();
      const name = names.get(inner);
      if (name === undefined) return fail({ code: 'formulaUnknownName', name: inner, at: i });
      tokens.push({ t: 'ref', at: i, name });
      i = end + 1;
      continue;
    }
    const known = byLength.find((n) => rest.startsWith(n));
    if (known !== undefined) {
      tokens.push({ t: 'ref', at: i, name: names.get(known) ?? known });
      i += known.length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      // 1e999 is no number a planner means; and "2a" is not 2 × a.
      if (!Number.isFinite(Number(num[0])) || WORD.test(rest.slice(num[0].length)))
        return fail({ code: 'formulaRefused', at: i, found: num[0] });
      // Nor is a number a double cannot hold as written (1e-400 as 0, 2^53 + 1 as 2^53), as
      // the import refuses it.
      if (!parseNumber(num[0].replace(/\.$/, '')).ok)
        return fail({ code: 'formulaNumberInexact', at: i, found: num[0] });
      tokens.push({ t: 'num', at: i, text: num[0] });
      i += num[0].length;
      continue;
    }
    if (rest.startsWith('**')) return fail({ code: 'formulaRefused', at: i, found: '**' });
    if (OPS.includes(c)) {
      tokens.push({ t: c as '+' | '-' | '*' | '/' | '(' | ')', at: i });
      i++;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) return fail({ code: 'formulaUnknownName', name: word[0], at: i });
    return fail({ code: 'formulaRefused', at: i, found: c });
  }
  return checked(tokens, s.length);
}

/** The order of the tokens: operand, operator, operand…, parentheses balanced and not too deep. */
function checked(tokens: Token[], end: number): Result<Token[]> {
  if (tokens.length === 0) return fail({ code: 'formulaEmpty' });
  if (tokens.length > 2 * MAX_NODES) return fail({ code: 'formulaTooLarge', max: MAX_NODES });
  let operand = true; // an operand (or an opening parenthesis, or a minus) comes next
  let depth = 0;
  for (const tok of tokens) {
    const { t, at } = tok;
    if (operand) {
      if (t === 'num' || t === 'ref') operand = false;
      else if (t === '(') {
        if (++depth > MAX_DEPTH) return fail({ code: 'formulaTooDeep', max: MAX_DEPTH });
      } else if (t === '+') return fail({ code: 'formulaRefused', at, found: '+' });
      else if (t !== '-') return fail({ code: 'formulaSyntax', at, found: t });
    } else if (t === ')') {
      if (--depth < 0) return fail({ code: 'formulaSyntax', at, found: ')' });
    } else if (t === 'num' || t === 'ref' || t === '(') {
      // Two operands side by side (a b), or a call (a(1)).
      const found = t === 'ref' ? tok.name : t === 'num' ? tok.text : '(';
      return fail({ code: 'formulaRefused', at, found });
    } else operand = true;
  }
  if (operand || depth > 0) return fail({ code: 'formulaSyntax', at: end, found: '' });
  return { ok: true, value: tokens };
}
