// 读取新报告: paste or open a report, review the proposed figures, accept the right ones.
import { saveReport } from '../db/reports';
import { decodeBytes } from '../io/decode';
import { t } from '../i18n';
import { problemText } from '../i18n/problems';
import { extractCandidates, type Candidate } from '../model/extract';
import { readerRow } from '../model/readerRows';
import { addSourcedRows, type SourcedRow } from '../state/sourcedRows';
import { el, option } from './el';
import type { Services } from './services';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function openReportReader(sv: Services): void {
  const dlg = el('dialog', {
    class: 'app-dialog report-reader',
    'aria-label': t.trace.readerTitle,
  });
  const name = el('input', {
    'aria-label': t.trace.readerName,
    value: t.trace.defaultName(today()),
  });
  const text = el('textarea', { 'aria-label': t.trace.readerTitle, rows: '8' });
  const file = el('input', {
    type: 'file',
    accept: '.txt,text/plain',
    'aria-label': t.trace.readerFile,
  });
  const run = el('button', { type: 'button', class: 'primary' }, t.trace.readerRun);
  const status = el('p', { class: 'import-status', role: 'status' });
  const list = el('div', { class: 'candidates' });
  const all = el('input', { type: 'checkbox', 'aria-label': t.trace.readerAll });
  const go = el('button', { type: 'button', class: 'primary', disabled: '' }, t.trace.readerImport);
  const close = el('button', { type: 'button' }, t.cancel);
  dlg.append(
    el('h2', {}, t.trace.readerTitle),
    el('p', { class: 'muted' }, t.trace.readerHelp),
    el(
      'div',
      { class: 'import-controls' },
      el('label', { class: 'field' }, `${t.trace.readerName} `, name),
      el('label', { class: 'field' }, `${t.trace.readerFile} `, file),
    ),
    text,
    el('div', { class: 'inline-form' }, run),
    status,
    list,
    el(
      'div',
      { class: 'dialog-buttons' },
      el('label', { class: 'field' }, all, ` ${t.trace.readerAll}`),
      close,
      go,
    ),
  );
  document.body.append(dlg);
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  dlg.showModal();

  const readFile = async () => {
    const f = file.files?.[0];
    if (!f) return;
    const r = decodeBytes(new Uint8Array(await f.arrayBuffer()));
    if (!r.ok) {
      status.textContent = problemText(r.reason);
      return;
    }
    text.value = r.value.text;
    name.value = f.name;
  };
  file.addEventListener('change', () => void readFile());

  let rows: {
    c: Candidate;
    inputs: Record<
      'accept' | 'indicator' | 'district' | 'year' | 'kind' | 'value' | 'unit',
      HTMLInputElement | HTMLSelectElement
    >;
  }[] = [];
  run.onclick = () => {
    const s = sv.store.getState();
    const found = extractCandidates(text.value, s.catalog, s.districts);
    status.textContent = found.length ? t.trace.readerFound(found.length) : t.trace.readerNone;
    const c = t.trace.col;
    rows = found.map((cand) => {
      const kind = el(
        'select',
        { 'aria-label': c.kind },
        option('actual', t.kindName.actual, cand.kind === 'actual'),
        option('target', t.kindName.target, cand.kind === 'target'),
      );
      return {
        c: cand,
        inputs: {
          accept: el('input', { type: 'checkbox', 'aria-label': c.accept }),
          indicator: el('input', {
            'aria-label': c.indicator,
            value: cand.indicator,
            list: 'catalog-names',
            title: cand.matched ? '' : t.trace.readerNew,
          }),
          district: el('input', { 'aria-label': c.district, value: cand.district, size: '6' }),
          year: el('input', {
            'aria-label': c.year,
            value: cand.year === null ? '' : String(cand.year),
            size: '4',
          }),
          kind,
          value: el('input', {
            'aria-label': c.value,
            value: `${cand.qualifier}${cand.value}`,
            size: '7',
          }),
          unit: el('input', { 'aria-label': c.unit, value: cand.unit, size: '4' }),
        },
      };
    });
    const datalist = el(
      'datalist',
      { id: 'catalog-names' },
      ...[...s.catalog.keys()].map((k) => el('option', { value: k })),
    );
    list.replaceChildren(
      datalist,
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...[c.accept, c.indicator, c.district, c.year, c.kind, c.value, c.unit, c.quote].map(
              (h) => el('th', {}, h),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          ...rows.map(({ c: cand, inputs }) =>
            el(
              'tr',
              { class: cand.matched ? '' : 'new-indicator' },
              ...(
                ['accept', 'indicator', 'district', 'year', 'kind', 'value', 'unit'] as const
              ).map((k) => el('td', {}, inputs[k])),
              el('td', { class: 'quote-cell' }, cand.quote.replace(/\s+/g, ' ')),
            ),
          ),
        ),
      ),
    );
    go.disabled = rows.length === 0;
  };
  all.addEventListener('change', () =>
    rows.forEach((r) => ((r.inputs.accept as HTMLInputElement).checked = all.checked)),
  );

  go.onclick = async () => {
    const reportName = name.value.trim() || t.trace.defaultName(today());
    const chosen: Omit<SourcedRow, 'source'>[] = [];
    const refused: string[] = [];
    rows.forEach(({ c, inputs }, i) => {
      if (!(inputs.accept as HTMLInputElement).checked) return;
      const r = readerRow({
        indicator: inputs.indicator.value,
        district: inputs.district.value,
        year: inputs.year.value,
        kind: inputs.kind.value,
        value: inputs.value.value,
        unit: inputs.unit.value,
      });
      inputs.accept.closest('tr')?.classList.toggle('row-refused', !r.ok);
      if (!r.ok) return void refused.push(t.trace.readerRow(i + 1, problemText(r.reason)));
      chosen.push({ ...r.value, scope: '', quote: c.quote, note: '' });
    });
    // Nothing is added while any chosen row is refused: the planner fixes it and tries again.
    if (refused.length) {
      status.textContent = t.trace.readerRefused(refused.length, refused.join(t.sep.clause));
      return;
    }
    if (!chosen.length) {
      status.textContent = t.trace.readerNoneChosen;
      return;
    }
    // A name already holding another report's text gets a distinct one: never overwritten.
    let stored: string;
    try {
      stored = await saveReport({ name: reportName, text: text.value, added: Date.now() }, sv.db());
    } catch (e) {
      status.textContent = t.trace.readerSaveFailed(e instanceof Error ? e.message : String(e));
      return;
    }
    const added: SourcedRow[] = chosen.map((r) => ({ ...r, source: stored }));
    sv.store.update((s) => addSourcedRows(s, added, stored));
    dlg.close();
  };
}
