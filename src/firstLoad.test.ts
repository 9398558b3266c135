// What the first load carries: the modules src/main.ts reaches by static imports. The heavy
// libraries of features used later (CSV parsing, formula parsing, charts, spreadsheet files) must
// stay out of it, loaded on demand, so the first load cannot silently grow by one of them
// (npm run bench prints the first-load size in kB and judges it).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('.', import.meta.url).pathname;

/** Specifiers a module loads with its own evaluation: value imports and re-exports. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      if (st.importClause?.isTypeOnly) continue;
      out.push((st.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && !st.isTypeOnly) {
      out.push((st.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const f of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(f) && f.endsWith('.ts')) return f;
  return null;
}

/** The packages and src files the first load reaches from `entry`. */
function firstLoad(entry: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next) queue.push(next);
      } else if (!spec.startsWith('virtual:')) {
        const parts = spec.split('/');
        packages.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
      }
    }
  }
  return { packages, files };
}

describe('the first load', () => {
  const { packages, files } = firstLoad(join(SRC, 'main.ts'));

  it('carries only the grid and storage libraries', () => {
    // handsontable-languages is an alias of handsontable's own (vite.config.ts).
    expect([...packages].sort()).toEqual(['dexie', 'handsontable', 'handsontable-languages']);
  });

  it('leaves out the panels and writers used later', () => {
    const shown = [...files].map((f) => f.slice(SRC.length));
    for (const later of [
      'ui/csvDownload.ts',
      'ui/importDialog.ts',
      'ui/formulaDialog.ts',
      'ui/sourcePanel.ts',
      'io/csv.ts',
      'io/formula.ts',
      'charts/index.ts',
      // Sharing (issue 17): only the chip, the conflict mark and the ids they read load first.
      'sync/index.ts',
      'ui/syncSession.ts',
      'ui/syncDialog.ts',
      'model/syncDocs.ts',
      'model/restore/syncDoc.ts',
      'state/syncActions.ts',
    ])
      expect(shown, later).not.toContain(later);
    expect(shown).toContain('ui/app.ts');
  });
});
