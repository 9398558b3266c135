// 导入指标目录 CSV of a file that repeats the built-in formulas (fewer columns than an export):
// nothing changes and nothing is said to be kept; only a built-in the file would change is named.
import { expect, test, type Page } from '@playwright/test';
import { formulaText } from '../src/model/formula';
import { openApp, toast, workbook } from './app';

async function importCsv(page: Page, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await workbook(page).openMore('导入指标目录 CSV');
  await (
    await chooser
  ).setFiles({ name: '目录.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('a catalog file repeating the built-ins unchanged changes nothing and names none as kept', async ({
  page,
}) => {
  await openApp(page);
  const builtIns = await workbook(page).app((a) =>
    [...a.state().catalog.values()].filter((e) => e.formula),
  );
  expect(builtIns.length).toBeGreaterThan(1);
  const csv = (unitOfFirst: string) =>
    [
      'indicator,unit,direction,formula',
      ...builtIns.map((e, i) =>
        [
          e.indicator,
          i === 0 ? unitOfFirst : e.unit,
          e.direction,
          e.formula ? formulaText(e.formula.ast) : '',
        ].join(','),
      ),
    ].join('\n');
  const [first, second] = builtIns;
  if (!first || !second) throw new Error('fewer than two built-in formulas');

  await importCsv(page, csv(first.unit));
  await expect(toast(page)).toContainText('未做修改');
  await expect(toast(page)).not.toContainText('保留');

  // One built-in changed in the file: only that one is named as kept.
  await importCsv(page, csv(`${first.unit}x`));
  await expect(toast(page)).toContainText(`保留本应用中的定义：${first.indicator}`);
  await expect(toast(page)).not.toContainText(second.indicator);
  expect(await workbook(page).app((a, n) => a.state().catalog.get(n)?.unit, first.indicator)).toBe(
    first.unit,
  );
});
