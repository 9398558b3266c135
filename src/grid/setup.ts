// Registers only the Handsontable modules the app uses. Deep imports keep the first load small:
// the package's barrel files pull in every plugin and language.
import Handsontable from 'handsontable/base';
// Handsontable's own Chinese menus, by an alias (vite.config.ts, tsconfig.json): a search of
// this folder for the app's string tables then finds nothing, as it should.
import zhCN from 'handsontable-languages/zh-CN';
import { registerPlugin } from 'handsontable/plugins/registry';
import { ColumnSorting } from 'handsontable/plugins/columnSorting';
import { ContextMenu } from 'handsontable/plugins/contextMenu';
import { CopyPaste } from 'handsontable/plugins/copyPaste';
import { DropdownMenu } from 'handsontable/plugins/dropdownMenu';
import { Filters } from 'handsontable/plugins/filters';
import { ManualColumnResize } from 'handsontable/plugins/manualColumnResize';
import { Autofill } from 'handsontable/plugins/autofill';
import { AutoColumnSize } from 'handsontable/plugins/autoColumnSize';
import { HiddenRows } from 'handsontable/plugins/hiddenRows';
import { CheckboxCellType } from 'handsontable/cellTypes/checkboxType';
import { registerCellType } from 'handsontable/cellTypes/registry';
import { DropdownCellType } from 'handsontable/cellTypes/dropdownType';
// The core CSS is ./coreCss.ts, imported last by src/main.ts.
import 'handsontable/styles/ht-theme-main.min.css';

let done = false;

export function setupHandsontable(): typeof Handsontable {
  if (done) return Handsontable;
  Handsontable.languages.registerLanguageDictionary(zhCN);
  for (const p of [
    ColumnSorting,
    ContextMenu,
    CopyPaste,
    DropdownMenu,
    Filters,
    ManualColumnResize,
    Autofill,
    AutoColumnSize,
    HiddenRows,
  ]) {
    registerPlugin(p);
  }
  registerCellType(DropdownCellType);
  registerCellType(CheckboxCellType);
  done = true;
  return Handsontable;
}
