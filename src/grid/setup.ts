// Registers only the Handsontable modules the app uses (keeps the first load small).
import Handsontable from 'handsontable/base';
import { registerLanguageDictionary, zhCN } from 'handsontable/i18n';
import {
  registerPlugin,
  ColumnSorting,
  ContextMenu,
  CopyPaste,
  DropdownMenu,
  Filters,
  ManualColumnResize,
  Autofill,
} from 'handsontable/plugins';
import { registerCellType, TextCellType, DropdownCellType } from 'handsontable/cellTypes';
import 'handsontable/styles/handsontable.min.css';
import 'handsontable/styles/ht-theme-main.min.css';

let done = false;

export function setupHandsontable(): typeof Handsontable {
  if (done) return Handsontable;
  registerLanguageDictionary(zhCN);
  for (const p of [ColumnSorting, ContextMenu, CopyPaste, DropdownMenu, Filters, ManualColumnResize, Autofill]) {
    registerPlugin(p);
  }
  registerCellType(TextCellType);
  registerCellType(DropdownCellType);
  done = true;
  return Handsontable;
}
