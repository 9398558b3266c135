// The formula parser adapter: text as typed → the model's AST. Tokens (with names and
// positions) come from formulaTokens.ts; jsep gives precedence and grouping; its tree is then
// taken over node by node from a whitelist, and the result passes the model's restore step.
// Nothing is ever evaluated here, and jsep's tree is never stored.
import jsep from 'jsep';
import { restoreFormula, type FormulaNode } from '../model/formula';
import type { Problem } from '../model/problems';
import type { Result } from '../model/types';
import { tokenise } from './formulaTokens';

/** An identifier we created for the name at this index. */
const PLACEHOLDER = /^_(\d+)$/;

/** Ends the walk with a reason (caught below, never leaves this module). */
class Refused extends Error {
  constructor(readonly reason: Problem) {
    super(reason.code);
  }
}

/** jsep's node → ours: a number, a placeholder, a unary minus, + − * /; nothing else. */
export function fromJsep(node: jsep.Expression, names: readonly string[]): FormulaNode {
  const refuse = (): never => {
    throw new Refused({ code: 'formulaRefused', at: 0, found: String(node.type) });
  };
  switch (node.type) {
    case 'Literal': {
      const v = (node as jsep.Literal).value;
      return typeof v === 'number' && Number.isFinite(v) ? { k: 'num', v } : refuse();
    }
    case 'Identifier': {
      const m = PLACEHOLDER.exec((node as jsep.Identifier).name);
      const name = m ? names[Number(m[1])] : undefined;
      return name === undefined ? refuse() : { k: 'ref', name };
    }
    case 'UnaryExpression': {
      const u = node as jsep.UnaryExpression;
      return u.operator === '-' ? { k: 'neg', x: fromJsep(u.argument, names) } : refuse();
    }
    case 'BinaryExpression': {
      const b = node as jsep.BinaryExpression;
      const op = b.operator;
      if (op !== '+' && op !== '-' && op !== '*' && op !== '/') return refuse();
      return { k: 'op', op, a: fromJsep(b.left, names), b: fromJsep(b.right, names) };
    }
    default:
      return refuse();
  }
}

/**
 * A formula as typed (执业(助理)医师数 / 常住人口 × 1000), its names read against `known`
 * (the catalog's indicator names) or written in 【】/「」. Full-width digits, operators and
 * parentheses are read as ASCII; problems give 0-based positions in the text as typed.
 */
export function parseFormula(text: string, known: readonly string[]): Result<FormulaNode> {
  const toks = tokenise(text, known);
  if (!toks.ok) return toks;
  const names: string[] = [];
  const parts = toks.value.map((tok) => {
    if (tok.t === 'num') return tok.text;
    if (tok.t !== 'ref') return tok.t;
    let at = names.indexOf(tok.name);
    if (at < 0) at = names.push(tok.name) - 1;
    return `_${at}`;
  });
  try {
    const ast = restoreFormula(fromJsep(jsep(parts.join(' ')), names));
    if (ast.ok) return ast;
    // The planner typed text, not JSON: the restore step's path means nothing to them.
    const { path: _path, ...reason } = ast.reason;
    return { ok: false, reason };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.reason };
    // The tokens were checked, so jsep has nothing left to refuse; if it does, say so plainly.
    if (e instanceof Error)
      return { ok: false, reason: { code: 'formulaSyntax', at: 0, found: '' } };
    throw e;
  }
}
