// Formula indicators may read other formula indicators, but never, through any chain, themselves.
import type { Problem } from '../problems';
import { references, type FormulaNode } from './ast';

/**
 * The first circle among the formulas (keyed by the indicator each defines), as the names along
 * it with the first repeated at the end (A → B → A), or null when there is none.
 */
export function formulaCycle(
  formulas: ReadonlyMap<string, FormulaNode>,
): Extract<Problem, { code: 'formulaCycle' }> | null {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (name: string): string[] | null => {
    const at = onPath.indexOf(name);
    if (at >= 0) return [...onPath.slice(at), name];
    if (done.has(name)) return null;
    const node = formulas.get(name);
    if (node === undefined) return null;
    onPath.push(name);
    for (const next of references(node)) {
      const found = visit(next);
      if (found) return found;
    }
    onPath.pop();
    done.add(name);
    return null;
  };
  for (const name of formulas.keys()) {
    const found = visit(name);
    if (found) return { code: 'formulaCycle', names: found };
  }
  return null;
}
