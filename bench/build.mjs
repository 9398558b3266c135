// Build, generator, server and bundle sizes of the bench.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { bundleComposition } from './profile.mjs';
import { DIST, log, PORT, ROOT, sleep, SSR, URL_ } from './common.mjs';

/** The commit measured, and whether the working tree had local changes. */
export function gitState() {
  try {
    const opt = { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] };
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], opt).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html'], opt);
    return { head, dirty: dirty.trim() !== '' };
  } catch {
    return null;
  }
}

function run(cmd, args) {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('error', fail);
    p.on('exit', (code) =>
      code === 0 ? ok(out) : fail(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}`)),
    );
  });
}

export async function buildApp() {
  log('building into bench/.dist …');
  await run(join(ROOT, 'node_modules/.bin/vite'), [
    'build',
    '--outDir',
    'bench/.dist',
    '--emptyOutDir',
    '--manifest',
  ]);
}

/** Bundles src/model/synthetic.ts for node (no app config, no plugins) and imports it. */
export async function loadGenerator() {
  await build({
    root: ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: 'src/model/synthetic.ts',
      outDir: SSR,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      target: 'node20',
    },
  });
  return import(pathToFileURL(join(SSR, 'synthetic.js')).href);
}

export async function startServer() {
  const child = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    [
      'preview',
      '--outDir',
      'bench/.dist',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((r) => child.on('exit', r));
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${out}`);
    try {
      const res = await fetch(URL_);
      if (res.ok) return { child, exited };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  child.kill('SIGTERM');
  throw new Error(`vite preview did not answer on ${URL_}:\n${out}`);
}

// ---------------------------------------------------------------------------------------------
// Bundle sizes

export function bundleSizes() {
  const gz = (rel) => gzipSync(readFileSync(join(DIST, rel)), { level: 9 }).length;
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const attr = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.?\//, ''));
  const manifestPath = join(DIST, '.vite/manifest.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const byFile = new Map(Object.entries(manifest).map(([k, v]) => [v.file, { key: k, ...v }]));

  const firstJs = new Set(attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g));
  for (const f of attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) firstJs.add(f);
  const firstCss = new Set(attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g));
  // Follow static imports (and their CSS) from the entry chunks.
  const queue = [...firstJs];
  while (queue.length) {
    const chunk = byFile.get(queue.pop());
    if (!chunk) continue;
    for (const c of chunk.css ?? []) firstCss.add(c);
    for (const imp of chunk.imports ?? []) {
      const f = manifest[imp]?.file;
      if (f && !firstJs.has(f)) {
        firstJs.add(f);
        queue.push(f);
      }
    }
  }
  // Lazy: dynamic imports (recursively) plus their static imports and assets (the worker).
  const lazy = new Map();
  const visit = (key) => {
    const c = manifest[key];
    if (!c) return;
    for (const f of [c.file, ...(c.css ?? []), ...(c.assets ?? [])]) {
      if (firstJs.has(f) || firstCss.has(f) || lazy.has(f) || !/\.(js|css)$/.test(f)) continue;
      lazy.set(f, gz(f));
    }
    for (const k of [...(c.imports ?? []), ...(c.dynamicImports ?? [])]) {
      const f = manifest[k]?.file;
      if (f && !firstJs.has(f) && !lazy.has(f)) visit(k);
    }
  };
  for (const c of Object.values(manifest)) for (const k of c.dynamicImports ?? []) visit(k);
  const sum = (files) => [...files].reduce((a, f) => a + gz(f), 0);
  const biggest = [...firstJs].sort((a, b) => gz(b) - gz(a))[0];
  return {
    composition: biggest ? bundleComposition(DIST, biggest) : null,
    firstLoadJsBytes: sum(firstJs),
    firstLoadCssBytes: sum(firstCss),
    firstLoadFiles: [...firstJs, ...firstCss].map((f) => ({ file: f, gzipBytes: gz(f) })),
    lazy: [...lazy].map(([file, gzipBytes]) => ({ file, gzipBytes })),
  };
}

/** Builds the bare floor page (bench/bare) into bench/.dist/bare, served at /bare/. */
export async function buildBare() {
  log('building the bare page into bench/.dist/bare …');
  await build({
    root: join(ROOT, 'bench/bare'),
    configFile: false,
    publicDir: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: join(DIST, 'bare'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
    },
  });
}
