// The state's codes worded in each language; text stored by older versions shown as it is.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testCatalog } from '../model/testRows';
import { copyName, districtSetName, NEW_SET_NAME } from '../model/goalSets';
import type { Catalog, Observation } from '../model/types';
import { labelFromText, labelToText, type Change } from '../state/messages';
import { goalSetName, loadLang, setLang } from './index';
import { changeText, messageText, snapshotName } from './messages';

const catalog: Catalog = testCatalog();
const row = { district: '江津区', indicator: '素养', year: 2023 } as Observation;

describe('messages and change names', () => {
  beforeAll(() => loadLang('en'));
  afterEach(() => setLang('zh'));

  it('name the cells another tab changed, in either language', () => {
    const m = { code: 'changedElsewhere', cells: [{ row, field: 'value' }], count: 1 } as const;
    expect(messageText(m, catalog)).toContain('江津区 · 素养 2023（数值）');
    expect(messageText(m, catalog)).toContain('其他标签页');
    setLang('en');
    expect(messageText(m, catalog)).toContain('Jiangjin · Literacy 2023');
  });

  it('word a refused value with the model’s reason and the field', () => {
    const m = {
      code: 'fieldProblems',
      problems: [
        { code: 'keptOld', reason: { code: 'notANumber', text: '很多' } },
        { code: 'required', field: 'district' },
      ],
    } as const;
    expect(messageText(m, catalog)).toBe('“很多”不是数字，已保留原值；区县不能为空，已保留原值');
  });

  it('say an unknown indicator as such, not as a value out of range', () => {
    expect(
      messageText(
        { code: 'outOfRange', warnings: [{ code: 'unknownIndicator', name: '火星指标' }] },
        catalog,
      ),
    ).toBe('“火星指标”不在指标目录中');
  });

  it('name changes by code, and show a label an older version stored as it is', () => {
    const c: Change = { code: 'setTarget', indicator: '素养' };
    expect(changeText(c, catalog)).toBe('修改目标“素养”');
    expect(changeText('Edit values', catalog)).toBe('Edit values');
    setLang('en');
    expect(changeText(c, catalog)).toBe('Edit target “Literacy”');
    expect(messageText({ code: 'undone', change: { code: 'deleteRows', count: 2 } }, catalog)).toBe(
      'Undone: Delete 2 row(s)',
    );
  });

  it('keep a change code through the backup’s text, and older text as text', () => {
    const c: Change = { code: 'import', mode: 'merge' };
    expect(labelFromText(labelToText(c))).toEqual(c);
    expect(labelFromText('导入（合并）')).toBe('导入（合并）');
    expect(labelFromText('{"code":"notACode"}')).toBe('{"code":"notACode"}');
  });

  it('word the app’s goal-set and snapshot names in the active language', () => {
    const own = districtSetName('荣昌区', 2025);
    expect(own).toBe('荣昌区 2025 目标');
    const copy = copyName(own, [copyName(own, [])]);
    expect(goalSetName(copy)).toBe('荣昌区 2025 目标（副本 2）');
    expect(snapshotName({ code: 'beforeImport', file: 'a.csv' })).toBe('导入“a.csv”之前');
    setLang('en');
    expect(goalSetName(own)).toBe('Rongchang 2025 targets');
    expect(goalSetName(copy)).toBe('Rongchang 2025 targets (copy 2)');
    expect(goalSetName('九龙坡 2027')).toBe('九龙坡 2027');
    expect(snapshotName('会前版本')).toBe('会前版本');
    expect(goalSetName(copyName(NEW_SET_NAME, []))).toBe('New goal set (copy)');
  });
});
