// The import preview: nothing is written until the user presses 导入, and then all or nothing.
import type { Encoding } from '../io/decode';
import type { Delimiter } from '../io/csv';
import type { PrepareOptions, Prepared, ReadView } from '../io/prepare';
import { prepareInWorker, warmImportWorker } from '../io/runImport';
import { applyImport } from '../state/importActions';
import { say, undo, type AppState } from '../state/state';
import type { Store } from '../state/store';
import type { Layout } from '../model/importPlan';
import {
  importForm,
  NEW_DISTRICT,
  progressValue,
  showDetected,
  showRead,
  showShape,
} from './importForm';
import {
  askedUnit,
  countsText,
  headerChoices,
  importable,
  refusedRoles,
  type Ticked,
} from './importFacts';
import {
  checkedNames,
  problemReasons,
  renderFacts,
  renderPreview,
  renderProblems,
  renderUnknowns,
} from './importPreview';
import type { ImportResult } from './importSummary';
import { t } from './strings';
import { shownText } from '../state/messages';
import { importAliases } from '../i18n/importAliases';
import { problemText } from '../i18n/problems';
import { restoreYear } from '../model/restore';
import { timed } from '../io/timing';

export { showSummary } from './importSummary';
export { warmImportWorker } from '../io/runImport';

export interface ImportDeps {
  store: Store<AppState>;
  /** Writes pending changes; rejects when IndexedDB refuses them. */
  persist(): Promise<boolean>;
  /** Runs just before the import is applied (an automatic snapshot). */
  beforeApply?(): Promise<unknown>;
}

export async function openImportDialog(file: File, deps: ImportDeps): Promise<ImportResult | null> {
  const opened = performance.now();
  // The worker's script loads while the file is read and the dialog is built.
  warmImportWorker();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const u = t.importUi;
  const s0 = deps.store.getState();
  const f = importForm(file.name, { indicators: [...s0.catalog.keys()], districts: s0.districts });
  const { dlg, enc, delim, layout, year, kind, progress, status, unknowns, preview, problems } = f;
  const { sheet, headerRow, indicator, unit, district, newDistrict } = f;
  const { replace, cancel, ok } = f;
  document.body.append(dlg);
  dlg.showModal();

  let prepared: Prepared | null = null;
  /** The last reading shown (a plan's, or a refusal's): its encoding and delimiter stand. */
  let shown: ReadView | null = null;
  let run = 0;
  let analysing: Promise<void> = Promise.resolve();
  /** Controls the planner has set: only these override what the reading detects. */
  const touched = new Set<string>();
  const given = (c: { name: string; value: string }) =>
    touched.has(c.name) && c.value.trim() !== '' ? c.value.trim() : undefined;
  const districtChosen = () =>
    district.value === NEW_DISTRICT ? newDistrict.value.trim() || undefined : given(district);
  const opts = (): PrepareOptions => ({
    // Another sheet, encoding or header is read afresh unless the planner chose the layout.
    layout: touched.has('layout') ? (layout.value as Layout) : 'auto',
    wideYear: Number(year.value),
    wideKind: kind.value === 'target' ? 'target' : 'actual',
    encoding: shown ? (enc.value as Encoding) : undefined,
    delimiter: shown ? (delim.value as Delimiter) : undefined,
    // The sheet shown stays while other options change (the default is tried for anew only once).
    sheet: given(sheet) ?? shown?.sheet,
    headerRow: touched.has('headerRow') ? Number(headerRow.value) : undefined,
    indicator: given(indicator),
    unit: given(unit),
    district: districtChosen(),
  });

  function analyse() {
    analysing = analyseNow();
  }

  async function analyseNow() {
    const mine = ++run;
    typed = false;
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
      { catalog: s.catalog, districts: s.districts, ...importAliases(s.catalog) },
      (phase, done, total) => {
        progress.value = progressValue(phase, done, total);
      },
    );
    if (mine !== run) return;
    progress.hidden = true;
    if (!r.ok) {
      prepared = null;
      // A statistical table that names no indicator (or district): ask for it, dialog open.
      const code: string = r.reason.code;
      const need = code === 'needIndicator' || code === 'needDistrict';
      if (need) {
        layout.value = code === 'needIndicator' ? 'regionsByYears' : 'indicatorsByYears';
        showShape(f, layout.value as Layout);
      }
      // The layout stays while it is asked for or was chosen; an unreadable file has no shape.
      f.shapeRow.hidden = !need && !touched.has('layout');
      status.textContent = !need
        ? u.failed(problemText(r.reason))
        : code === 'needIndicator'
          ? u.needIndicator
          : u.needDistrict;
      status.dataset.kind = need ? 'need' : 'error';
      const asked = askedUnit(r.reason);
      if (asked && !touched.has('unit')) unit.value = asked;
      ok.disabled = true;
      f.facts.replaceChildren();
      f.facts.hidden = true;
      unknowns.replaceChildren();
      unknowns.hidden = true;
      problems.replaceChildren();
      // What was read stays on screen, so another sheet or header line can be picked.
      if (r.read) {
        shown = r.read;
        const header = refusedHeader(r.read, r.reason);
        showRead(f, r.read, header);
        // A table that only asks found its header: mark it and the title lines above it.
        renderPreview(preview, r.read, new Map(), need ? refusedRoles(r.read, header) : undefined);
      } else preview.replaceChildren();
      return;
    }
    prepared = r.value;
    shown = r.value;
    timed('preview', () => render(r.value));
  }

  /** The header line a refusal is about: the one picked, the one it names, or the first. */
  function refusedHeader(read: ReadView, reason: { line?: unknown }): number {
    if (touched.has('headerRow')) return Number(headerRow.value);
    const at = read.previewLines.indexOf(typeof reason.line === 'number' ? reason.line : -1);
    return at >= 0 ? at : (headerChoices(read)[0]?.index ?? 0);
  }

  const ticked = (): Ticked => ({
    districts: checkedNames(unknowns, 'data-district'),
    indicators: checkedNames(unknowns, 'data-indicator'),
  });

  /** The status, 导入 and the replace note count only what the ticked boxes let in. */
  function showCounts() {
    if (!prepared) return;
    const plan = prepared.plan;
    const n = importable(plan, ticked());
    status.textContent = countsText(plan, ticked());
    status.dataset.kind = n.cells ? '' : n.pending ? 'need' : 'error';
    ok.disabled = n.cells === 0;
    showMode();
  }
  unknowns.addEventListener('change', showCounts);

  function render(p: Prepared) {
    const plan = p.plan;
    showDetected(f, p);
    // What the file names for itself fills the inputs the planner has not typed into.
    if (plan.fileIndicator && !touched.has('indicator')) indicator.value = plan.fileIndicator.name;
    if (plan.fileIndicator && !touched.has('unit')) unit.value = plan.fileIndicator.unit;
    const one = plan.layout === 'indicatorsByYears' ? plan.rows[0]?.obs.district : undefined;
    if (one && !touched.has('district') && s0.districts.includes(one)) district.value = one;
    showMode();
    renderFacts(f.facts, p);
    renderUnknowns(unknowns, plan);
    const reasons = problemReasons(plan, deps.store.getState().catalog);
    renderPreview(preview, p, reasons);
    renderProblems(problems, reasons);
    showCounts();
  }

  /** Replace deletes every stored value: say how many, against what the file brings. */
  function showMode() {
    const n = deps.store.getState().table.size;
    f.modeNote.textContent =
      replace.checked && prepared
        ? u.replaceNote(n, importable(prepared.plan, ticked()).cells)
        : '';
  }
  for (const r of dlg.querySelectorAll('input[name="mode"]'))
    r.addEventListener('change', showMode);

  for (const c of [enc, delim, layout, kind, sheet, headerRow, district]) {
    c.addEventListener('change', () => {
      touched.add(c.name);
      // Another sheet has its own header and shape: detect them anew.
      if (c === sheet) {
        touched.delete('headerRow');
        touched.delete('layout');
      }
      if (c === layout || c === district) showShape(f, layout.value as Layout, prepared?.plan);
      if (c === district && district.value === NEW_DISTRICT && !newDistrict.value.trim()) {
        newDistrict.focus();
        return;
      }
      analyse();
    });
  }
  // Typed inputs are read again once the typing pauses.
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let typed = false;
  for (const c of [year, indicator, unit, newDistrict]) {
    c.addEventListener('input', () => {
      touched.add(c.name);
      typed = true;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(analyse, 250);
    });
  }
  performance.measure('import:open', { start: opened, end: performance.now() });
  analyse();

  return new Promise((resolve) => {
    cancel.onclick = () => dlg.close();
    dlg.addEventListener('close', () => {
      dlg.remove();
      resolve(null);
    });
    ok.onclick = async () => {
      // A year typed just before pressing 导入 is still being checked: wait for that result.
      clearTimeout(typingTimer);
      if (typed) analyse();
      await analysing;
      if (!prepared || importable(prepared.plan, ticked()).cells === 0) return;
      ok.disabled = true;
      status.textContent = u.importing;
      const checked = (attr: string) => checkedNames(unknowns, attr);
      const t0 = performance.now();
      await deps.beforeApply?.();
      performance.measure('import:snapshot', { start: t0, end: performance.now() });
      let summary: ImportResult | null = null;
      const plan = prepared.plan;
      const fileName = sourceName(file.name, prepared);
      timed('apply', () =>
        deps.store.update((s) => {
          const r = timed('apply:changes', () =>
            applyImport(s, plan, {
              mode: replace.checked ? 'replace' : 'merge',
              addDistricts: checked('data-district'),
              addIndicators: checked('data-indicator'),
              fileName,
            }),
          );
          summary = { ...r.summary, plan };
          return r.state;
        }),
      );
      const t1 = performance.now();
      const saved = await deps.persist();
      performance.measure('import:persist', { start: t1, end: performance.now() });
      if (!saved) {
        // All or nothing: the write failed, so the import is taken back in memory as well.
        deps.store.update((s) => say(undo(s), 'error', shownText(u.notSavedToast)));
        status.textContent = u.notSaved;
        ok.disabled = false;
        return;
      }
      dlg.remove();
      resolve(summary);
    };
  });
}

/** A new value's source: the file, and the sheet when the workbook has several. */
function sourceName(fileName: string, p: Prepared): string {
  return (p.sheets?.length ?? 0) > 1 && p.sheet ? `${fileName} · ${p.sheet}` : fileName;
}
