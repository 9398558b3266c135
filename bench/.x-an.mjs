import { readFileSync, readdirSync } from 'node:fs';
import { sourceMapper, shortSource } from './profile.mjs';
import { DIST } from './common.mjs';
const mapper = sourceMapper(DIST);
const want = process.argv[2] ?? 'innerHeight';
const depth = Number(process.argv[3] ?? 8);
const chains = new Map(); let total = 0; const topLevel = new Map();
for (const f of readdirSync('/tmp/prof')) {
  const p = JSON.parse(readFileSync('/tmp/prof/' + f));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => { const cf = n.callFrame; if (!cf.url) return `(${cf.functionName})`; const pos = mapper(cf.url, cf.lineNumber, cf.columnNumber); return `${pos?.name || cf.functionName}@${pos ? shortSource(pos.source).replace('handsontable/','ht/') + ':' + pos.line : '?'}`; };
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000; total += dt;
    const stack = []; for (let n = byId.get(id); n; n = byId.get(parent.get(n.id))) stack.push(name(n));
    // top-level under root
    const root = stack.slice(-4, -1).reverse().join(' > ');
    topLevel.set(root, (topLevel.get(root) ?? 0) + dt);
    const k = stack.findIndex((s) => s.includes(want));
    if (k < 0) return;
    const key = stack.slice(k, k + depth).join(' < ');
    chains.set(key, (chains.get(key) ?? 0) + dt);
  });
}
console.log('total', total.toFixed(0));
for (const [k, v] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(v.toFixed(1), k);
if (process.argv[4]) for (const [k, v] of [...topLevel].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log('TOP', v.toFixed(1), k);
