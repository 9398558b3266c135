// 公式指标: the list of formula indicators (built-ins marked and read-only, copied as new) and
// the form to add or edit one. Every change is an action on the store, one undo step each.
import './formula.css';
import { loadSeedCatalog } from '../data/seed';
import type { FormulaEntry } from '../model/formulaCheck';
import { removalCost, removalRefusal, removeFormula } from '../state/formulaActions';
import { shownText } from '../state/messages';
import { say } from '../state/state';
import { indicatorName } from '../i18n';
import { messageText } from '../i18n/messages';
import { confirmDialog } from './dialog';
import { el } from './el';
import { formulaForm } from './formulaForm';
import type { Services } from './services';
import { t } from './strings';

let builtInNames: ReadonlySet<string> | null = null;
/** The seed catalog's names: entries the planner may copy but not change. */
export const builtIns = (): ReadonlySet<string> =>
  (builtInNames ??= new Set(loadSeedCatalog().keys()));

export function openFormulaDialog(sv: Services): void {
  const f = t.formulas;
  const { store } = sv;
  const builtIn = builtIns();
  const dlg = el('dialog', { class: 'app-dialog formula-dialog', 'aria-label': f.title });
  const list = el('ul', { class: 'formula-list', 'aria-label': f.title });
  const add = el('button', { type: 'button' }, f.add);
  const pane = el('div', { class: 'formula-pane' });
  const close = el('button', { type: 'button' }, t.close);
  dlg.append(
    el('h2', {}, f.title),
    el('div', { class: 'formula-body' }, el('div', { class: 'formula-side' }, add, list), pane),
    el('div', { class: 'dialog-buttons' }, close),
  );
  document.body.append(dlg);

  let current: string | null = null;
  const show = (editing: string | null, start: FormulaEntry | null) => {
    current = editing;
    const form = formulaForm({ store, builtIn, saved: (name) => savedAs(name) }, editing, start);
    pane.replaceChildren(form.root);
    form.focus();
  };
  const savedAs = (name: string) => {
    store.update((s) => say(s, 'info', shownText(f.saved(name))));
    const e = store.getState().catalog.get(name);
    renderList();
    if (e?.formula) show(name, e as FormulaEntry);
  };
  const copyOf = (e: FormulaEntry): FormulaEntry => {
    const names = store.getState().catalog;
    let n = f.copyName(e.indicator);
    for (let i = 2; names.has(n); i++) n = `${f.copyName(e.indicator)}${i}`;
    return { ...e, indicator: n };
  };
  const refuse = (text: string) => pane.prepend(el('p', { class: 'problem', role: 'alert' }, text));
  const remove = async (name: string) => {
    // Said at once, without a confirm that could only end in a refusal.
    const refusal = removalRefusal(store.getState(), name, builtIn);
    if (refusal) return refuse(messageText(refusal, store.getState().catalog));
    const cost = removalCost(store.getState(), name);
    if (!(await confirmDialog(f.removeConfirm(name, cost.rows, cost.goalTargets, cost.slides))))
      return;
    const before = store.getState();
    store.update((s) => removeFormula(s, name, builtIn));
    const after = store.getState();
    if (after.catalog === before.catalog && after.message)
      refuse(messageText(after.message.msg, after.catalog));
    else if (current === name) show(null, null);
  };

  const renderList = () => {
    const catalog = store.getState().catalog;
    const entries = [...catalog.values()].filter((e): e is FormulaEntry => e.formula !== undefined);
    list.replaceChildren(
      ...(entries.length
        ? entries.map((e) => {
            const own = !builtIn.has(e.indicator);
            const button = (label: string, fn: () => void) => {
              const b = el(
                'button',
                { type: 'button', 'aria-label': `${label} ${indicatorName(catalog, e.indicator)}` },
                label,
              );
              b.onclick = fn;
              return b;
            };
            return el(
              'li',
              { class: 'formula-item', 'data-indicator': e.indicator },
              el('span', { class: 'formula-name' }, indicatorName(catalog, e.indicator)),
              ...(own ? [] : [el('span', { class: 'tag tag-auto' }, f.builtIn)]),
              el(
                'span',
                { class: 'formula-buttons' },
                ...(own
                  ? [
                      button(f.edit, () => show(e.indicator, e)),
                      button(f.remove, () => void remove(e.indicator)),
                    ]
                  : []),
                button(f.copy, () => show(null, copyOf(e))),
              ),
            );
          })
        : [el('li', { class: 'muted' }, f.none)]),
    );
  };

  // Another tab (or an undo) may change the catalog while the dialog is open.
  const stop = store.subscribe((s, prev) => {
    if (s.catalog !== prev.catalog) renderList();
  });
  add.onclick = () => show(null, null);
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => {
    stop();
    dlg.remove();
  });
  renderList();
  dlg.showModal();
  show(null, null);
}
