// The import preview: nothing is written until the user presses 导入, and then all or nothing.
import type { Encoding } from '../io/decode';
import type { Delimiter } from '../io/csv';
import type { PrepareOptions, Prepared } from '../io/prepare';
import { prepareInWorker } from '../io/runImport';
import { applyImport, type ImportSummary } from '../state/importActions';
import { say, undo, type AppState } from '../state/state';
import type { Store } from '../state/store';
import { importForm, progressValue, showDetected } from './importForm';
import {
  checkedNames,
  problemReasons,
  renderPreview,
  renderProblems,
  renderUnknowns,
} from './importPreview';
import { t } from './strings';
import { shownText } from '../state/messages';
import { problemText } from '../i18n/problems';
import { restoreYear } from '../model/restore';

export { showSummary } from './importSummary';

export interface ImportDeps {
  store: Store<AppState>;
  /** Writes pending changes; rejects when IndexedDB refuses them. */
  persist(): Promise<boolean>;
  /** Runs just before the import is applied (an automatic snapshot). */
  beforeApply?(): Promise<unknown>;
}

export async function openImportDialog(
  file: File,
  deps: ImportDeps,
): Promise<ImportSummary | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const u = t.importUi;
  const f = importForm(file.name);
  const { dlg, enc, delim, layout, year, kind, progress, status, unknowns, preview, problems } = f;
  const { replace, cancel, ok } = f;
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
        progress.value = progressValue(phase, done, total);
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
    showDetected(f, p);
    status.dataset.kind = plan.rows.length ? '' : 'error';
    status.textContent = u.counts(
      plan.dataRows,
      plan.rows.length,
      plan.skipped.length,
      plan.warnings.length,
    );
    renderUnknowns(unknowns, plan);
    const reasons = problemReasons(plan, deps.store.getState().catalog);
    renderPreview(preview, p, reasons);
    renderProblems(problems, reasons);
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
      const checked = (attr: string) => checkedNames(unknowns, attr);
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
