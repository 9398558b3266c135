// What an edit leaves on the heap: imports the synthetic city, makes warm-up edits, takes a heap
// snapshot through CDP, makes N more edits, takes another, and prints the objects that are new
// in the second snapshot (node ids are stable between snapshots of one page) grouped by
// constructor, with what holds them (retainer constructor · edge). Prints; writes nothing.
//
//   node bench/heap.mjs   (BENCH_HEAP_EDITS edits, default 200; BENCH_PORT, BENCH_KEEP, BENCH_REUSE)
//   BENCH_INDICATORS=60 node bench/heap.mjs   smaller city, quicker
/* global window */
import { existsSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../scripts/chromium.mjs';
import { buildApp, loadGenerator, startServer } from './build.mjs';
import { DIST, log, N, sleep, SSR, URL_ } from './common.mjs';
import { cityCells, editSeries, heapMB, importCsv, waitReady } from './scenarios.mjs';

const EDITS = Number(process.env.BENCH_HEAP_EDITS) || 200;
const WARMUP = Number(process.env.BENCH_HEAP_WARMUP ?? 50);

async function snapshot(cdp) {
  const parts = [];
  const onChunk = (e) => parts.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return JSON.parse(parts.join(''));
}

/** Node ids, names and sizes of a snapshot, plus an edge walker. */
function nodesOf(snap) {
  const m = snap.snapshot.meta;
  const nf = m.node_fields.length;
  const ef = m.edge_fields.length;
  const types = m.node_types[0];
  const etypes = m.edge_types[0];
  const [iType, iName, iId, iSize, iEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(
    (k) => m.node_fields.indexOf(k),
  );
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((k) =>
    m.edge_fields.indexOf(k),
  );
  const { nodes, edges, strings } = snap;
  const count = nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i] + nodes[i * nf + iEdges] * ef;
  // Plain objects are told apart by their first property names: {id, district, indicator, …}.
  const keys = (i) => {
    const out = [];
    for (let e = firstEdge[i]; e < firstEdge[i + 1] && out.length < 4; e += ef)
      if (etypes[edges[e + eType]] === 'property') out.push(strings[edges[e + eName]]);
    return `{${out.join(',')}}`;
  };
  const label = (i) => {
    const t = types[nodes[i * nf + iType]];
    if (t === 'string' || t === 'concatenated string' || t === 'sliced string') return 'string';
    const n = strings[nodes[i * nf + iName]];
    if (t === 'object' && n === 'Object') return `Object${keys(i)}`;
    return `${t}:${n.length > 60 ? n.slice(0, 60) + '…' : n}`;
  };
  return {
    count,
    id: (i) => nodes[i * nf + iId],
    size: (i) => nodes[i * nf + iSize],
    label,
    /** Calls fn(from, edgeName, to) for every non-weak edge. */
    eachEdge(fn) {
      let e = 0;
      for (let i = 0; i < count; i++) {
        const n = nodes[i * nf + iEdges];
        for (let k = 0; k < n; k++, e += ef) {
          const type = etypes[edges[e + eType]];
          if (type === 'weak' || type === 'shortcut') continue;
          const name =
            type === 'element' || type === 'hidden'
              ? `[${type}]`
              : String(strings[edges[e + eName]]);
          fn(i, name, edges[e + eTo] / nf);
        }
      }
    },
  };
}

function compare(before, after) {
  const a = nodesOf(before);
  const b = nodesOf(after);
  const old = new Set();
  const net = new Map();
  const add = (k, n, bytes) => {
    const g = net.get(k) ?? { count: 0, bytes: 0, holders: new Map(), sample: -1 };
    g.count += n;
    g.bytes += bytes;
    net.set(k, g);
    return g;
  };
  for (let i = 0; i < a.count; i++) {
    old.add(a.id(i));
    add(a.label(i), -1, -a.size(i));
  }
  const fresh = new Uint8Array(b.count);
  for (let i = 0; i < b.count; i++) {
    const g = add(b.label(i), 1, b.size(i));
    if (old.has(b.id(i))) continue;
    fresh[i] = 1;
    if (g.sample < 0) g.sample = i;
  }
  // Retainers of new nodes, to walk a sample up to the nearest object that was already there.
  const ups = new Map();
  // Objects that were there: one retainer each, to say where the path to a new object starts.
  const oldUp = new Int32Array(b.count).fill(-1);
  const oldUpName = new Map();
  b.eachEdge((from, name, to) => {
    if (!fresh[to] && oldUp[to] === -1 && from !== to && !fresh[from]) {
      oldUp[to] = from;
      oldUpName.set(to, name.slice(0, 50));
    }
    if (!fresh[to] || from === to) return;
    const g = net.get(b.label(to));
    const h = `${fresh[from] ? 'new ' : 'old '}${b.label(from)} · ${name.slice(0, 40)}`;
    g.holders.set(h, (g.holders.get(h) ?? 0) + 1);
    const list = ups.get(to) ?? [];
    if (list.length < 8) list.push([from, name.slice(0, 40)]);
    ups.set(to, list);
  });
  const path = (start) => {
    if (start < 0) return '';
    const prev = new Map([[start, null]]);
    const queue = [start];
    let end = -1;
    while (queue.length && end < 0) {
      const i = queue.shift();
      for (const [from, name] of ups.get(i) ?? []) {
        if (prev.has(from)) continue;
        prev.set(from, [i, name]);
        if (!fresh[from]) {
          end = from;
          break;
        }
        queue.push(from);
      }
    }
    if (end < 0) return '(no path to an older object)';
    const out = [];
    for (let i = end; i !== start;) {
      const [next, name] = prev.get(i);
      out.push(`${b.label(i)} .${name}`);
      i = next;
    }
    return [...out, b.label(start)].join(' → ');
  };
  const groups = [...net].filter(([, g]) => g.bytes > 0).sort((x, y) => y[1].bytes - x[1].bytes);
  for (const [, g] of groups.slice(0, 25)) g.path = path(g.sample);
  const total = groups.reduce((t, [, g]) => t + g.bytes, 0);
  return { total, groups };
}

async function main() {
  // BENCH_REUSE=1 measures the build left by an earlier BENCH_KEEP=1 run.
  if (process.env.BENCH_REUSE !== '1' || !existsSync(DIST)) await buildApp();
  const gen = await loadGenerator();
  const city = gen.syntheticCity({ indicators: N.indicators });
  const csv = gen.syntheticCsv(city);
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    let page = await context.newPage();
    await page.goto(URL_);
    await waitReady(page);
    log(`importing ${city.observations.length} rows …`);
    await importCsv(page, csv, city.observations.length);
    await page.evaluate(() => window.__app.flush());
    const { edit } = await cityCells(
      page,
      city.inputs.map((e) => e.indicator),
    );
    await page.close();
    page = await context.newPage();
    await page.goto(URL_);
    await waitReady(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const h0 = await heapMB(page);
    await editSeries(page, edit.rowKey, edit.colKey, WARMUP);
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const h1 = await heapMB(page);
    log('snapshot 1 …');
    const s1 = await snapshot(cdp);
    log(`${EDITS} edits …`);
    await editSeries(page, edit.rowKey, edit.colKey, EDITS);
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const h2 = await heapMB(page);
    console.log(
      `\nJS heap (performance.memory, after gc): loaded ${h0.toFixed(2)} MB, ` +
        `after ${WARMUP} warm-up edits ${h1.toFixed(2)} MB (+${(h1 - h0).toFixed(2)}), ` +
        `after ${EDITS} more ${h2.toFixed(2)} MB (+${(h2 - h1).toFixed(2)})`,
    );
    log('snapshot 2 …');
    const s2 = await snapshot(cdp);
    const { total, groups } = compare(s1, s2);
    console.log(
      `\nnet growth by constructor after ${EDITS} edits: ${(total / 1e6).toFixed(2)} MB ` +
        `(${(total / EDITS / 1e3) | 0 || (total / EDITS / 1e3).toFixed(2)} kB per edit)\n`,
    );
    for (const [k, g] of groups.slice(0, 25)) {
      console.log(
        `${String(g.count).padStart(8)} × ${(g.bytes / 1e3).toFixed(1).padStart(9)} kB  ${k}`,
      );
      const holders = [...g.holders].sort((x, y) => y[1] - x[1]).slice(0, 3);
      for (const [h, n] of holders) console.log(`${' '.repeat(26)}held by ${n} × ${h}`);
      if (g.path) console.log(`${' '.repeat(26)}e.g. ${g.path}`);
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.child.kill('SIGTERM');
    await Promise.race([server.exited, sleep(3000)]);
    if (process.env.BENCH_KEEP !== '1') {
      rmSync(DIST, { recursive: true, force: true });
      rmSync(SSR, { recursive: true, force: true });
    }
  }
}

await main();
process.exit(0);
