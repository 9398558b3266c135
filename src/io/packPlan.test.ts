// The plan's rows as columns and back (the worker's trip to the page) give the same plan.
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import type { ImportPlan } from '../model/importPlan';
import { DISTRICTS } from '../model/types';
import {
  packPlan,
  packedWith,
  rowPacker,
  transferables,
  unpackPlan,
  type RowPacker,
} from './packPlan';
import { prepareImport } from './prepare';
import * as fx from './testing/fixtures';

const ctx = { catalog: loadSeedCatalog(), districts: DISTRICTS };
const utf8 = (s: string) => new TextEncoder().encode(s);

async function planOf(bytes: Uint8Array): Promise<ImportPlan> {
  const r = await prepareImport(bytes, { layout: 'auto', wideYear: 2024, wideKind: 'target' }, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value.plan;
}

/** Through a structured clone with the arrays transferred, as postMessage does. */
const trip = (plan: ImportPlan) => {
  const packed = packPlan(plan);
  return unpackPlan(structuredClone(packed, { transfer: transferables(packed) }));
};

describe('packPlan / unpackPlan', () => {
  const files: [string, () => Uint8Array][] = [
    ['GB18030 wide', fx.gb18030Wide],
    ['UTF-8 long with qualifiers and units', fx.utf8BomLong],
    ['semicolons', fx.semicolonLong],
    ['tabs, English headers', fx.tabLong],
    ['quoted fields', fx.quotedFields],
    ['problems and warnings', fx.problems],
    ['formula-like text and HTML', fx.payloads],
    ['many rows', () => fx.bigLong(2000)],
  ];
  it.each(files)('%s: the same rows, fields and key order', async (_name, bytes) => {
    const plan = await planOf(bytes());
    const back = trip(plan);
    expect(back).toEqual(plan);
    expect(JSON.stringify(back.rows)).toBe(JSON.stringify(plan.rows));
  });

  it('keeps blank values, −0 read as 0, originals, the chosen source and each row’s warnings', async () => {
    const plan = await planOf(
      utf8(
        [
          '区县,指标,单位,年份,类型,数值,限定,报告原值,采用',
          '江津,人均预期寿命,岁,2023,实际,,,,',
          '江津区,人均预期寿命,岁,2022,实际,-0,,80.5,是',
          '梁平县,人均预期寿命,岁,2015,目标,≥78,,,否',
          '江津区,居民健康素养水平,%,2023,实际,3522,,,',
        ].join('\n'),
      ),
    );
    expect(plan.rows.some((r) => r.obs.value === null)).toBe(true);
    expect(plan.rows.some((r) => r.obs.original)).toBe(true);
    expect(plan.rows.some((r) => r.obs.preferred)).toBe(true);
    expect(plan.rows.some((r) => r.warnings?.length)).toBe(true);
    const back = trip(plan);
    expect(JSON.stringify(back.rows)).toBe(JSON.stringify(plan.rows));
    expect(back).toEqual(plan);
  });

  // The worker's way: the check writes each accepted row straight into columns (no row objects).
  const statTable = () =>
    utf8(
      [
        '表1 各区县年末常住人口',
        '单位：万人',
        '地区,2021年,2022年,2023年',
        '江津区,136.2,136.8,—',
        '梁平县,64.1,x,64.5',
        '合计,200.3,200.9,201',
        '注：2023年为快报数。',
      ].join('\n'),
    );
  it.each([
    ...files,
    ['statistics-bureau table with title and note lines', statTable] as const,
    ['more rows than the columns first hold', () => fx.bigLong(3000)] as const,
  ])('%s: rows packed as checked give the plan packed after', async (_name, bytes) => {
    const opt = {
      layout: 'auto',
      wideYear: 2024,
      wideKind: 'target',
      indicator: '常住人口',
    } as const;
    const whole = await prepareImport(bytes(), opt, ctx);
    let packer: RowPacker | undefined;
    const direct = await prepareImport(bytes(), opt, ctx, undefined, () => (packer = rowPacker(4)));
    if (!whole.ok || !direct.ok || !packer) throw new Error('not read');
    expect(direct.value.plan.rows).toEqual([]);
    const { plan: _w, ...wholeRead } = whole.value;
    const { plan: _d, ...directRead } = direct.value;
    expect(directRead).toEqual(wholeRead);
    const back = unpackPlan(packedWith(direct.value.plan, packer));
    expect(back).toEqual(whole.value.plan);
    expect(JSON.stringify(back.rows)).toBe(JSON.stringify(whole.value.plan.rows));
  });
});
