// The name of a formula indicator: it is written bare in other formulas, so it may not read as
// a number (a name 1000 would take over the number 1000) nor hold a formula's operators or the
// 【】「」 that quote names.
import { toHalfWidth } from './numbers';
import type { Problem } from './problems';

/** Longer names do not fit the grid's column and are no name a planner reads. */
export const MAX_NAME_LENGTH = 60;

const NUMBER_NAME = /^[+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-−]?\d+)?$/;

/** True when the name as typed (full-width digits too) reads as a number: 1000, ２０２３, 1e3. */
export const readsAsNumber = (name: string): boolean => NUMBER_NAME.test(toHalfWidth(name).trim());

/**
 * True when a known name can be read in a formula only inside 【】: bare it would take over
 * the formula's own signs (常住人口 × 1000, A-B, 2000, (x)). Parentheses inside a name stay
 * bare (执业（助理）医师数); a name starting with one, or not balancing them, does not.
 */
export function quotedOnly(name: string): boolean {
  const n = toHalfWidth(name).trim();
  if (readsAsNumber(n) || /[+\-*/×÷−–=【】「」]/.test(n) || n.startsWith('(')) return true;
  let open = 0;
  for (const c of n) {
    if (c === '(') open++;
    else if (c === ')' && --open < 0) return true;
  }
  return open !== 0;
}

/** True when the name holds 】, so it cannot be written in 【】 and no formula can read it. */
export const unquotable = (name: string): boolean => name.includes('】');

/** Operators (ASCII, full-width, typeset) and name quotes; parentheses stay allowed. */
const SIGN = /[+＋×÷*＊/／=＝【】「」]/;

/** Why this name cannot be a formula indicator's, or null. A blank name is the caller's. */
export function formulaNameProblem(name: string): Problem | null {
  const n = name.trim();
  if (n === '') return null;
  if (readsAsNumber(n)) return { code: 'formulaNameNumber', name: n };
  const sign = SIGN.exec(n);
  if (sign) return { code: 'formulaNameSign', name: n, found: sign[0] };
  if ([...n].length > MAX_NAME_LENGTH) return { code: 'formulaNameLong', max: MAX_NAME_LENGTH };
  return null;
}
