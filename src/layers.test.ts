// The layer rule in eslint.config.js, run through ESLint's Node API on in-memory files.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  // Only the layer rule: the fixtures are not on disk, so no type information is needed.
  ruleFilter: ({ ruleId }) => ruleId === 'layers/only-down',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('no lint result');
  return result.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('layers only look down', () => {
  it('refuses an import that runs back up', async () => {
    const errors = await layerErrors('src/model/upward.ts', "import { x } from '../ui/x';\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^layers\/only-down: src\/model may not import src\/ui/);
  });

  it('refuses re-exports and dynamic imports that run up, and peers importing each other', async () => {
    const code = [
      "export { y } from '../present/y';",
      "export const z = () => import('../ui/lazy');",
      "import { c } from '../charts';",
    ].join('\n');
    const errors = await layerErrors('src/grid/peer.ts', code);
    expect(errors.map((e) => e.match(/import (src\/\w+)/)?.[1])).toEqual([
      'src/present',
      'src/ui',
      'src/charts',
    ]);
  });

  it('keeps src/i18n out of the folders that speak in codes, dynamic import() included', async () => {
    for (const dir of ['model', 'state', 'db', 'io', 'grid']) {
      const code = "import { t } from '../i18n';\nexport const w = () => import('../i18n/en');\n";
      const errors = await layerErrors(`src/${dir}/words.ts`, code);
      expect(errors, dir).toEqual([
        `layers/only-down: src/${dir} speaks in codes: only screens import src/i18n to word them.`,
        `layers/only-down: src/${dir} speaks in codes: only screens import src/i18n to word them.`,
      ]);
    }
    expect(await layerErrors('src/charts/words.ts', "import { t } from '../i18n';\n")).toEqual([]);
  });

  it('allows imports that look down, within a folder, and of the open leaves', async () => {
    const code = [
      "import { a } from '../model/table';",
      "import { b } from '../state/state';",
      "import { c } from '../grid/grid';",
      "import { d } from './compareView';",
      "import { t } from '../i18n';",
      "import { e } from '../../seeds/x.csv?raw';",
      "import Papa from 'papaparse';",
    ].join('\n');
    expect(await layerErrors('src/views/down.ts', code)).toEqual([]);
  });

  it('keeps the open leaves below everything', async () => {
    const errors = await layerErrors('src/i18n/x.ts', "import { el } from '../views/el';\n");
    expect(errors).toEqual([expect.stringMatching(/src\/i18n may not import src\/views/)]);
  });

  it('asks for a rank for a folder the order does not know', async () => {
    const errors = await layerErrors('src/ui/x.ts', "import { n } from '../newfolder/n';\n");
    expect(errors).toEqual([expect.stringMatching(/src\/newfolder has no rank in LAYERS/)]);
  });
});
