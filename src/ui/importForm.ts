// The import dialog's controls: encoding, delimiter, layout, the wide file's year and kind, the
// progress bar and the mode; filled in from what the reading found.
import type { Encoding } from '../io/decode';
import type { Delimiter } from '../io/csv';
import type { Prepared, Progress } from '../io/prepare';
import { el, option } from './el';
import { t } from './strings';

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
export function importForm(fileName: string) {
  const u = t.importUi;
  const dlg = el('dialog', { class: 'app-dialog import-dialog', 'aria-label': t.importCsv });
  const title = el('h2', {}, u.title(fileName));
  const enc = el('select', { name: 'encoding', 'aria-label': u.encoding });
  const delim = el('select', { name: 'delimiter', 'aria-label': u.delimiter });
  const layout = el(
    'select',
    { name: 'layout', 'aria-label': u.layout },
    option('long', u.long, true),
    option('wide', u.wide, false),
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
  const unknowns = el('div', { class: 'unknowns' });
  const preview = el('div', { class: 'preview' });
  const problems = el('ol', { class: 'problems', 'aria-label': u.problems });
  const merge = el('input', { type: 'radio', name: 'mode', value: 'merge', checked: '' });
  const replace = el('input', { type: 'radio', name: 'mode', value: 'replace' });
  const cancel = el('button', { type: 'button' }, t.cancel);
  const ok = el('button', { type: 'button', class: 'primary', disabled: '' }, u.ok);
  dlg.append(
    title,
    el(
      'div',
      { class: 'import-controls' },
      field(u.encoding, enc),
      field(u.delimiter, delim),
      field(u.layout, layout),
      wideOnly,
      headerInfo,
    ),
    progress,
    status,
    unknowns,
    preview,
    problems,
    el(
      'fieldset',
      { class: 'mode' },
      el('legend', {}, u.mode),
      el('label', {}, merge, ` ${u.merge}`),
      el('label', {}, replace, ` ${u.replace}`),
    ),
    el('div', { class: 'dialog-buttons' }, cancel, ok),
  );
  return {
    dlg,
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
  f.enc.replaceChildren(
    ...(Object.keys(ENC) as Encoding[]).map((k) => option(k, ENC[k], k === p.encoding)),
  );
  f.delim.replaceChildren(...DELIMITERS.map((k) => option(k, delimiterName(k), k === p.delimiter)));
  f.layout.value = plan.layout;
  f.wideOnly.hidden = plan.layout !== 'wide';
  // A wide file that carries its years and kind (as 导出 writes it) needs neither chosen.
  f.yearField.hidden = plan.yearsFromFile === true;
  f.kindField.hidden = plan.kindFromFile === true;
  f.headerInfo.textContent = u.header(plan.headerLang, p.bom);
}
