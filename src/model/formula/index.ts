// Formula indicators (issue 14): the model's own AST, its restore step, evaluator, units, cycles.
export * from './ast';
export * from './cycles';
export * from './evaluate';
export * from './units';
