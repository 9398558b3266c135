// The import dialog's controls: sheet, header row, encoding, delimiter, layout, the wide file's
// year and kind, the one indicator or district of a statistical table, the progress bar and the
// mode; filled in from what the reading found.
import type { Encoding } from '../io/decode';
import type { Delimiter } from '../io/csv';
import type { Prepared, Progress, ReadView } from '../io/prepare';
import { districtName } from '../i18n';
import type { ImportPlan, Layout } from '../model/importPlan';
import { el, option } from './el';
import { headerChoices, headerIndex, type HeaderChoice } from './importFacts';
import { t } from './strings';

const LAYOUTS: Layout[] = ['long', 'wide', 'regionsByYears', 'indicatorsByYears'];
/** The district select's entry that opens a text box for a district not known yet. */
export const NEW_DISTRICT = '\u0000new';

const ENC: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};
const delimiterName = (d: Delimiter) =>
  t.importUi.delimiters[d === ',' ? 'comma' : d === ';' ? 'semicolon' : 'tab'];
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

function field(label: string, control: HTMLElement) {
  return el('label', { class: 'field' }, `${label} `, control);
}

export type ImportForm = ReturnType<typeof importForm>;

/** The dialog with its controls, not yet shown. */
export function importForm(
  fileName: string,
  known: { indicators: readonly string[]; districts: readonly string[] },
) {
  const u = t.importUi;
  const dlg = el('dialog', { class: 'app-dialog import-dialog', 'aria-label': t.importCsv });
  const title = el('h2', {}, u.title(fileName));
  const sheet = el('select', { name: 'sheet', 'aria-label': u.sheet });
  const headerRow = el('select', { name: 'headerRow', 'aria-label': u.headerRow });
  const enc = el('select', { name: 'encoding', 'aria-label': u.encoding });
  const delim = el('select', { name: 'delimiter', 'aria-label': u.delimiter });
  const layout = el(
    'select',
    { name: 'layout', 'aria-label': u.layout },
    ...LAYOUTS.map((l) => option(l, u[l], l === 'long')),
  );
  const indicators = el(
    'datalist',
    { id: 'import-indicators' },
    ...known.indicators.map((i) => el('option', { value: i })),
  );
  const indicator = el('input', {
    name: 'indicator',
    'aria-label': u.indicatorName,
    list: 'import-indicators',
    size: '18',
  });
  const unit = el('input', { name: 'unit', 'aria-label': u.unit, size: '5' });
  const district = el(
    'select',
    { name: 'district', 'aria-label': u.district },
    option('', u.chooseDistrict, true),
    ...known.districts.map((d) => option(d, districtName(d), false)),
    option(NEW_DISTRICT, u.newDistrict, false),
  );
  const newDistrict = el('input', {
    name: 'newDistrict',
    'aria-label': u.newDistrictName,
    size: '8',
    hidden: '',
  });
  // Filled (and shown) from the first reading; empty selects say nothing before it.
  const sheetField = field(u.sheet, sheet);
  const encField = field(u.encoding, enc);
  const delimField = field(u.delimiter, delim);
  const headerField = field(u.headerRow, headerRow);
  for (const x of [sheetField, encField, delimField, headerField]) x.hidden = true;
  const indicatorOnly = el(
    'span',
    { class: 'shape-only', hidden: '' },
    field(u.indicatorName, indicator),
    indicators,
    field(u.unit, unit),
  );
  const districtOnly = el(
    'span',
    { class: 'shape-only', hidden: '' },
    field(u.district, district),
    newDistrict,
  );
  const year = el('input', {
    name: 'wideYear',
    'aria-label': u.wideYear,
    size: '5',
    value: String(new Date().getFullYear() - 1),
  });
  const kind = el(
    'select',
    { name: 'wideKind', 'aria-label': u.wideKind },
    option('actual', t.actual, true),
    option('target', t.target, false),
  );
  const yearField = field(t.year, year);
  const kindField = field(t.kind, kind);
  const wideOnly = el('span', { class: 'wide-only' }, yearField, kindField);
  const headerInfo = el('span', { class: 'muted' });
  const progress = el('progress', { max: '100', value: '0', 'aria-label': u.progress });
  const status = el('p', { class: 'import-status', role: 'status' });
  const facts = el('ul', { class: 'import-facts' });
  const unknowns = el('div', { class: 'unknowns', hidden: '' });
  const preview = el('div', { class: 'preview' });
  const problems = el('ol', { class: 'problems', 'aria-label': u.problems });
  const merge = el('input', { type: 'radio', name: 'mode', value: 'merge', checked: '' });
  const replace = el('input', { type: 'radio', name: 'mode', value: 'replace' });
  const modeNote = el('span', { class: 'mode-note muted' });
  const cancel = el('button', { type: 'button' }, t.cancel);
  const ok = el('button', { type: 'button', class: 'primary', disabled: '' }, u.ok);
  // The shape controls wait for a reading that found a table (or asks for its indicator).
  const shapeRow = el(
    'div',
    { class: 'import-controls', hidden: '' },
    field(u.layout, layout),
    indicatorOnly,
    districtOnly,
    wideOnly,
  );
  // Only the body scrolls, so the title, the controls and the buttons stay on a small screen.
  dlg.append(
    title,
    el(
      'div',
      { class: 'import-controls' },
      sheetField,
      encField,
      delimField,
      headerField,
      headerInfo,
    ),
    shapeRow,
    progress,
    status,
    el('div', { class: 'import-body' }, unknowns, facts, preview, problems),
    el(
      'fieldset',
      { class: 'mode' },
      el('legend', {}, u.mode),
      el('label', {}, merge, ` ${u.merge}`),
      el('label', {}, replace, ` ${u.replace}`),
      modeNote,
    ),
    el('div', { class: 'dialog-buttons' }, cancel, ok),
  );
  return {
    dlg,
    sheet,
    sheetField,
    headerRow,
    headerField,
    encField,
    delimField,
    indicator,
    unit,
    indicatorOnly,
    district,
    newDistrict,
    districtOnly,
    shapeRow,
    facts,
    modeNote,
    enc,
    delim,
    layout,
    year,
    kind,
    yearField,
    kindField,
    wideOnly,
    headerInfo,
    progress,
    status,
    unknowns,
    preview,
    problems,
    replace,
    cancel,
    ok,
  };
}

/** The progress bar's value (0–100) for a phase of the reading. */
export function progressValue(...[phase, done, total]: Parameters<Progress>): number {
  const base = { decode: 0, parse: 10, check: 40 }[phase];
  return base + (phase === 'check' && total ? (done / total) * 60 : 0);
}

/** Shows the encoding, delimiter, layout and header language the reading found. */
export function showDetected(f: ImportForm, p: Prepared): void {
  const u = t.importUi;
  const plan = p.plan;
  const at = headerIndex(p);
  showRead(f, p, at);
  const choices = headerChoices(p);
  if (!choices.some((c) => c.index === at)) {
    const line = p.previewLines[at] ?? at + 1;
    choices.push({ index: at, line, text: plan.header.filter((h) => h !== '').join(' | ') });
    showHeaderChoices(f, choices, at);
  }
  f.layout.value = plan.layout;
  f.shapeRow.hidden = false;
  showShape(f, plan.layout, plan);
  f.headerInfo.textContent = u.header(plan.headerLang, p.bom);
}

/**
 * Shows what was read, with or without a plan: the sheets, the encoding and delimiter of a text
 * file, and the rows to pick the header from (`at` selected), so a refused file can be fixed.
 */
export function showRead(f: ImportForm, p: ReadView, at: number): void {
  const u = t.importUi;
  f.enc.replaceChildren(
    ...(Object.keys(ENC) as Encoding[]).map((k) => option(k, ENC[k], k === p.encoding)),
  );
  f.delim.replaceChildren(...DELIMITERS.map((k) => option(k, delimiterName(k), k === p.delimiter)));
  // A web page saved as .xls is text: its encoding can be wrong, its delimiter is not a thing.
  const text = p.format === undefined || p.format === 'csv' || p.format === 'html';
  f.encField.hidden = !text;
  f.delimField.hidden = p.format !== undefined && p.format !== 'csv';
  const sheets = p.sheets ?? [];
  f.sheetField.hidden = sheets.length < 2;
  f.sheet.replaceChildren(
    ...sheets.map((s) => option(s.name, u.sheetOption(s.name, s.rows), s.name === p.sheet)),
  );
  showHeaderChoices(f, headerChoices(p), at);
  f.headerInfo.textContent = '';
}

function showHeaderChoices(f: ImportForm, choices: HeaderChoice[], at: number): void {
  const u = t.importUi;
  f.headerField.hidden = choices.length === 0;
  f.headerRow.replaceChildren(
    ...choices.map((c) => option(String(c.index), u.headerOption(c.line, c.text), c.index === at)),
  );
}

/** Shows the inputs a layout needs: year and kind, the one indicator, or the one district. */
export function showShape(f: ImportForm, layout: Layout, plan?: ImportPlan): void {
  f.wideOnly.hidden = layout === 'long';
  // Year columns give each value its year; a wide file that carries its years and kind (as 导出
  // writes it) needs neither chosen.
  f.yearField.hidden = layout !== 'wide' || plan?.yearsFromFile === true;
  f.kindField.hidden = plan?.kindFromFile === true;
  f.indicatorOnly.hidden = layout !== 'regionsByYears';
  f.districtOnly.hidden = layout !== 'indicatorsByYears';
  f.newDistrict.hidden = f.district.value !== NEW_DISTRICT;
}
