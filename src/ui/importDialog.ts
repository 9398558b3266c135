// The import preview: nothing is written until the user presses 导入, and then all or nothing.
import type { Encoding } from '../io/decode';
import type { Delimiter } from '../io/csv';
import type { PrepareOptions, Prepared } from '../io/prepare';
import { prepareInWorker } from '../io/runImport';
import { applyImport, type ImportSummary } from '../state/importActions';
import { say, undo, type AppState } from '../state/state';
import type { Store } from '../state/store';
import { el, option } from './el';
import { t } from './strings';
import { problemText } from '../i18n/problems';
import { restoreYear } from '../model/restore';

const ENC: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};
const delimiterName = (d: Delimiter) =>
  t.importUi.delimiters[d === ',' ? 'comma' : d === ';' ? 'semicolon' : 'tab'];
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

export interface ImportDeps {
  store: Store<AppState>;
  /** Writes pending changes; rejects when IndexedDB refuses them. */
  persist(): Promise<boolean>;
  /** Runs just before the import is applied (an automatic snapshot). */
  beforeApply?(): Promise<unknown>;
}

function field(label: string, control: HTMLElement) {
  return el('label', { class: 'field' }, `${label} `, control);
}

export async function openImportDialog(
  file: File,
  deps: ImportDeps,
): Promise<ImportSummary | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const u = t.importUi;
  const dlg = el('dialog', { class: 'app-dialog import-dialog', 'aria-label': t.importCsv });
  const title = el('h2', {}, u.title(file.name));
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
  document.body.append(dlg);
  dlg.showModal();

  let prepared: Prepared | null = null;
  let run = 0;
  let analysing: Promise<void> = Promise.resolve();
  const opts = (): PrepareOptions => ({
    layout: prepared ? (layout.value as 'long' | 'wide') : 'auto',
    wideYear: Number(year.value),
    wideKind: kind.value === 'target' ? 'target' : 'actual',
    encoding: prepared ? (enc.value as Encoding) : undefined,
    delimiter: prepared ? (delim.value as Delimiter) : undefined,
  });

  function analyse() {
    analysing = analyseNow();
  }

  async function analyseNow() {
    const mine = ++run;
    yearDirty = false;
    status.textContent = u.reading;
    progress.hidden = false;
    const s = deps.store.getState();
    // The year chosen for a wide file is read like any year in the file.
    if (!restoreYear(year.value).ok) {
      status.textContent = u.badWideYear;
      return;
    }
    const r = await prepareInWorker(
      bytes,
      opts(),
      { catalog: s.catalog, districts: s.districts },
      (phase, done, total) => {
        const base = { decode: 0, parse: 10, check: 40 }[phase];
        progress.value = base + (phase === 'check' && total ? (done / total) * 60 : 0);
      },
    );
    if (mine !== run) return;
    progress.hidden = true;
    if (!r.ok) {
      prepared = null;
      status.textContent = u.failed(problemText(r.reason));
      status.dataset.kind = 'error';
      unknowns.replaceChildren();
      preview.replaceChildren();
      problems.replaceChildren();
      return;
    }
    prepared = r.value;
    render(r.value);
  }

  function render(p: Prepared) {
    const plan = p.plan;
    enc.replaceChildren(
      ...(Object.keys(ENC) as Encoding[]).map((k) => option(k, ENC[k], k === p.encoding)),
    );
    delim.replaceChildren(...DELIMITERS.map((k) => option(k, delimiterName(k), k === p.delimiter)));
    layout.value = plan.layout;
    wideOnly.hidden = plan.layout !== 'wide';
    // A wide file that carries its years and kind (as 导出 writes it) needs neither chosen.
    yearField.hidden = plan.yearsFromFile === true;
    kindField.hidden = plan.kindFromFile === true;
    headerInfo.textContent = u.header(plan.headerLang, p.bom);
    status.dataset.kind = plan.rows.length ? '' : 'error';
    status.textContent = u.counts(
      plan.dataRows,
      plan.rows.length,
      plan.skipped.length,
      plan.warnings.length,
    );
    const all = el('input', { type: 'checkbox', 'data-all': '' });
    all.addEventListener('change', () =>
      unknowns
        .querySelectorAll<HTMLInputElement>('input[data-district], input[data-indicator]')
        .forEach((i) => (i.checked = all.checked)),
    );
    const many = plan.unknownDistricts.length + plan.unknownIndicators.length;
    unknowns.replaceChildren(
      ...(many > 1 ? [el('label', { class: 'unknown all' }, all, ` ${u.addAll(many)}`)] : []),
      ...plan.unknownDistricts.map((d) =>
        el(
          'label',
          { class: 'unknown' },
          el('input', { type: 'checkbox', 'data-district': d.name }),
          ` ${u.addDistrict(d.name, d.count)}`,
        ),
      ),
      ...plan.unknownIndicators.map((i) =>
        el(
          'label',
          { class: 'unknown' },
          el('input', { type: 'checkbox', 'data-indicator': i.name }),
          ` ${u.addIndicator(i.name, i.unit, i.count)}`,
        ),
      ),
    );
    const reasons = new Map<number, string[]>();
    for (const x of [
      ...plan.skipped.map((q) => ({
        line: q.line,
        reason: u.skipped(problemText(q, deps.store.getState().catalog)),
      })),
      ...plan.warnings.map((q) => ({
        line: q.line,
        reason: u.warning(problemText(q, deps.store.getState().catalog)),
      })),
    ]) {
      reasons.set(x.line, [...(reasons.get(x.line) ?? []), x.reason]);
    }
    const head = p.preview[0] ?? [];
    preview.replaceChildren(
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', {}, u.line),
            ...head.map((h) => el('th', {}, h)),
            el('th', {}, u.problem),
          ),
        ),
        el(
          'tbody',
          {},
          ...p.preview.slice(1).map((r, i) => {
            const line = p.previewLines[i + 1] ?? i + 2;
            return el(
              'tr',
              { class: reasons.has(line) ? 'has-problem' : '' },
              el('td', {}, String(line)),
              ...r.map((c) => el('td', {}, c)),
              el('td', {}, (reasons.get(line) ?? []).join(t.sep.clause)),
            );
          }),
        ),
      ),
    );
    const list = [...reasons].sort((a, b) => a[0] - b[0]);
    problems.replaceChildren(
      ...list
        .slice(0, 200)
        .map(([line, rs]) => el('li', {}, t.atLine(line, rs.join(t.sep.clause)))),
    );
    if (list.length > 200) problems.append(el('li', {}, u.moreRows(list.length - 200)));
    ok.disabled = plan.rows.length === 0;
  }

  for (const c of [enc, delim, layout, kind]) c.addEventListener('change', analyse);
  let yearTimer: ReturnType<typeof setTimeout> | undefined;
  let yearDirty = false;
  year.addEventListener('input', () => {
    yearDirty = true;
    clearTimeout(yearTimer);
    yearTimer = setTimeout(analyse, 250);
  });
  analyse();

  return new Promise((resolve) => {
    cancel.onclick = () => dlg.close();
    dlg.addEventListener('close', () => {
      dlg.remove();
      resolve(null);
    });
    ok.onclick = async () => {
      // A year typed just before pressing 导入 is still being checked: wait for that result.
      clearTimeout(yearTimer);
      if (yearDirty) analyse();
      await analysing;
      if (!prepared || prepared.plan.rows.length === 0) return;
      ok.disabled = true;
      status.textContent = u.importing;
      const checked = (attr: string) =>
        new Set(
          [...unknowns.querySelectorAll<HTMLInputElement>(`input[${attr}]`)]
            .filter((i) => i.checked)
            .map((i) => i.getAttribute(attr) ?? ''),
        );
      await deps.beforeApply?.();
      let summary: ImportSummary | null = null;
      const plan = prepared.plan;
      deps.store.update((s) => {
        const r = applyImport(s, plan, {
          mode: replace.checked ? 'replace' : 'merge',
          addDistricts: checked('data-district'),
          addIndicators: checked('data-indicator'),
        });
        summary = r.summary;
        return r.state;
      });
      if (!(await deps.persist())) {
        // All or nothing: the write failed, so the import is taken back in memory as well.
        deps.store.update((s) => say(undo(s), 'error', u.notSavedToast));
        status.textContent = u.notSaved;
        ok.disabled = false;
        return;
      }
      dlg.remove();
      resolve(summary);
    };
  });
}

export function showSummary(s: ImportSummary): void {
  const u = t.importUi;
  const dlg = el('dialog', { class: 'app-dialog import-summary', 'aria-label': u.result });
  const close = el('button', { type: 'button', class: 'primary' }, t.close);
  const lines = [
    ...s.skipped.map((x) => u.lineNote(x.line, u.skipped(problemText(x)))),
    ...s.warnings.map((x) => u.lineNote(x.line, u.warning(problemText(x)))),
  ];
  dlg.append(
    el('h2', {}, u.done),
    el(
      'p',
      { class: 'summary-counts' },
      u.summary(s.added, s.updated, s.unchanged, s.removed, s.skipped.length),
    ),
    el('ol', { class: 'problems' }, ...lines.slice(0, 300).map((l) => el('li', {}, l))),
    el('div', { class: 'dialog-buttons' }, close),
  );
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  document.body.append(dlg);
  dlg.showModal();
}
