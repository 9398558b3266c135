import { readFileSync, readdirSync } from 'node:fs';
import { sourceMapper, shortSource } from './profile.mjs';
import { DIST } from './common.mjs';
const mapper = sourceMapper(DIST);
const want = process.argv[2]; const levels = Number(process.argv[3] ?? 4);
const tree = new Map();
for (const f of readdirSync('/tmp/prof')) {
  const p = JSON.parse(readFileSync('/tmp/prof/' + f));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => { const cf = n.callFrame; if (!cf.url) return `(${cf.functionName})`; const pos = mapper(cf.url, cf.lineNumber, cf.columnNumber); return `${pos?.name || cf.functionName}@${pos ? shortSource(pos.source).replace('handsontable/','ht/') + ':' + pos.line : '?'}`; };
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const stack = []; for (let n = byId.get(id); n; n = byId.get(parent.get(n.id))) stack.push(name(n));
    stack.reverse();
    const k = stack.findIndex((s) => s.includes(want));
    if (k < 0) return;
    for (let d = 1; d <= levels; d++) { const key = stack.slice(k, k + d + 1).join(' > '); if (stack.length > k + d) tree.set(key, (tree.get(key) ?? 0) + dt); }
  });
}
const rows = [...tree].sort((a, b) => a[0].localeCompare(b[0]));
for (const [k, v] of rows) if (v > 5) { const parts = k.split(' > '); console.log(' '.repeat(parts.length * 2) + v.toFixed(0) + ' ' + parts.at(-1)); }
