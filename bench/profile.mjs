// CPU-profile summary for the bench: Chrome's sampling profile (CDP Profiler) → self time per
// original source file and function, using the build's source maps. No dependencies.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes a source map's `mappings` into per-line arrays of [genCol, src, line, col, name]. */
function decodeMappings(mappings) {
  const lines = [];
  let src = 0;
  let oLine = 0;
  let oCol = 0;
  let name = 0;
  for (const lineText of mappings.split(';')) {
    const segs = [];
    let gCol = 0;
    for (const seg of lineText.split(',')) {
      if (!seg) continue;
      const vals = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const digit = B64_INDEX.get(ch) ?? 0;
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          vals.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      gCol += vals[0] ?? 0;
      if (vals.length >= 4) {
        src += vals[1];
        oLine += vals[2];
        oCol += vals[3];
        if (vals.length >= 5) name += vals[4];
        segs.push([gCol, src, oLine, oCol, vals.length >= 5 ? name : -1]);
      }
    }
    lines.push(segs);
  }
  return lines;
}

/** Lazily loads source maps for files under `distDir` by the script URL's file name. */
export function sourceMapper(distDir) {
  const cache = new Map();
  const load = (url) => {
    const file = url.replace(/^.*?\/(assets\/[^?#]+|[^/?#]+\.js)(?:[?#].*)?$/, '$1');
    if (cache.has(file)) return cache.get(file);
    const path = join(distDir, `${file}.map`);
    let map = null;
    if (file.endsWith('.js') && existsSync(path)) {
      const raw = JSON.parse(readFileSync(path, 'utf8'));
      map = { sources: raw.sources, names: raw.names ?? [], lines: decodeMappings(raw.mappings) };
    }
    cache.set(file, map);
    return map;
  };
  return (url, line, col) => {
    const map = url ? load(url) : null;
    const segs = map?.lines[line];
    if (!segs?.length) return null;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid][0] <= col) lo = mid;
      else hi = mid - 1;
    }
    const s = segs[lo];
    if (s[0] > col) return null;
    return {
      source: map.sources[s[1]] ?? '?',
      line: s[2] + 1,
      name: s[4] >= 0 ? map.names[s[4]] : null,
    };
  };
}

/** Shortens a source path: node_modules/pkg/... → pkg/…; src/x/y.ts stays. */
export function shortSource(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
    const tail = rest.slice(pkg?.includes('/') ? 2 : 1);
    return `${pkg}/${tail.slice(-2).join('/')}`;
  }
  const i = source.indexOf('src/');
  return i >= 0 ? source.slice(i) : source.replace(/^(\.\.\/)+/, '');
}

/**
 * Self time (ms) by original source file and by function, from a CDP Profiler profile.
 * Returns the top `n` of each plus the total sampled time.
 */
export function summarizeProfile(profile, mapper, n = 12) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const label = new Map();
  const labelOf = (node) => {
    let l = label.get(node.id);
    if (l) return l;
    const cf = node.callFrame;
    if (!cf.url) {
      const file = cf.functionName ? `(${cf.functionName.replace(/[()]/g, '')})` : '(native)';
      l = { file, fn: file, app: false };
    } else {
      const pos = mapper(cf.url, cf.lineNumber, cf.columnNumber);
      const file = pos ? shortSource(pos.source) : cf.url.replace(/^.*\//, '');
      const name = pos?.name || cf.functionName || '(anonymous)';
      l = {
        file,
        fn: `${name} @ ${file}${pos ? `:${pos.line}` : ''}`,
        app: file.startsWith('src/'),
      };
    }
    label.set(node.id, l);
    return l;
  };
  const files = new Map();
  const funcs = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    total += ms;
    const l = labelOf(node);
    files.set(l.file, (files.get(l.file) ?? 0) + ms);
    funcs.set(l.fn, (funcs.get(l.fn) ?? 0) + ms);
    // Inclusive time of app functions (src/…): each counted once per stack.
    const seen = new Set();
    for (let cur = node; cur; cur = byId.get(parent.get(cur.id))) {
      const cl = labelOf(cur);
      if (cl.app && !seen.has(cl.fn)) {
        seen.add(cl.fn);
        inclusive.set(cl.fn, (inclusive.get(cl.fn) ?? 0) + ms);
      }
    }
  }
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => ({ what: k, ms: Math.round(ms * 10) / 10 }));
  return {
    totalMs: Math.round(total),
    files: top(files),
    functions: top(funcs),
    appInclusive: top(inclusive),
  };
}

/** Sums several summaries (each made with a large `n`) into one, keeping the top `n`. */
export function mergeSummaries(list, n = 12) {
  const sum = (key) => {
    const m = new Map();
    for (const s of list) for (const { what, ms } of s[key]) m.set(what, (m.get(what) ?? 0) + ms);
    return [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([what, ms]) => ({ what, ms: Math.round(ms * 10) / 10 }));
  };
  return {
    totalMs: list.reduce((a, s) => a + s.totalMs, 0),
    files: sum('files'),
    functions: sum('functions'),
    appInclusive: sum('appInclusive'),
  };
}

/** Groups a source path for the bundle breakdown: a package name, or the src/ folder. */
function sourceGroup(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : (rest[0] ?? '?');
  }
  const i = source.indexOf('src/');
  if (i >= 0) return source.slice(i).split('/').slice(0, 2).join('/');
  return (
    source
      .replace(/^(\.\.\/)+/, '')
      .split('/')
      .slice(0, 1)
      .join('/') || '?'
  );
}

/**
 * Minified bytes of one built JS file attributed to its sources (packages, src/ folders) via the
 * source map: each mapped segment owns the bytes up to the next segment. Unmapped bytes are
 * reported as '(unmapped)'.
 */
export function bundleComposition(distDir, file, n = 12) {
  const mapPath = join(distDir, `${file}.map`);
  if (!existsSync(mapPath)) return null;
  const raw = JSON.parse(readFileSync(mapPath, 'utf8'));
  const lines = decodeMappings(raw.mappings);
  const code = readFileSync(join(distDir, file), 'utf8').split('\n');
  const bytes = new Map();
  const add = (k, v) => bytes.set(k, (bytes.get(k) ?? 0) + v);
  code.forEach((text, li) => {
    const segs = lines[li] ?? [];
    let covered = 0;
    segs.forEach((s, i) => {
      const end = segs[i + 1]?.[0] ?? text.length;
      const len = Math.max(0, end - s[0]);
      covered += len;
      add(sourceGroup(raw.sources[s[1]] ?? '?'), len);
    });
    add('(unmapped)', Math.max(0, text.length + 1 - covered));
  });
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return {
    file,
    minifiedChars: total,
    top: [...bytes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([what, b]) => ({
        what,
        kB: Math.round(b / 100) / 10,
        share: Math.round((b / total) * 1000) / 10,
      })),
  };
}
