// The per-view controls. Rebuilt only when the state they show changes.
import { categories } from '../model/catalog';
import { NEW_SET_NAME } from '../model/goalSets';
import {
  copyGoalSet,
  createGoalSet,
  deleteGoalSet,
  addGoalTarget,
  renameGoalSet,
} from '../state/goalSetActions';
import { scorecardSetFor, selectActiveGoalSet, selectYears } from '../state/selectors';
import { setUi, type AppState } from '../state/state';
import type { Store } from '../state/store';
import { addBlankObservation } from '../state/actions';
import { confirmDialog, promptDialog } from './dialog';
import { el, option } from './el';
import { categoryName, goalSetName, indicatorName } from '../i18n';
import { t } from './strings';

function select(
  label: string,
  name: string,
  opts: HTMLOptionElement[],
  onChange: (v: string) => void,
) {
  const sel = el('select', { name, 'aria-label': label }, ...opts);
  sel.addEventListener('change', () => onChange(sel.value));
  return el('label', { class: 'field' }, `${label} `, sel);
}

function button(text: string, action: string, onClick: () => void) {
  const b = el('button', { 'data-action': action }, text);
  b.addEventListener('click', onClick);
  return b;
}

export function renderToolbar(
  host: HTMLElement,
  store: Store<AppState>,
  actions: { deleteRows(): void },
) {
  let last: unknown[] = [];
  return (s: AppState) => {
    const inputs = [s.ui, s.goalSets, selectYears(s.table), s.catalog];
    if (inputs.every((x, i) => x === last[i])) return;
    last = inputs;
    const up = (fn: (st: AppState) => AppState) => store.update(fn);
    const parts: HTMLElement[] = [];
    if (s.ui.view === 'compare') {
      parts.push(
        select(
          t.year,
          'year',
          [
            option('latest', t.latest, s.ui.year === 'latest'),
            ...selectYears(s.table).map((y) => option(String(y), t.yearOption(y), s.ui.year === y)),
          ],
          (v) => up((st) => setUi(st, { year: v === 'latest' ? 'latest' : Number(v) })),
        ),
        select(
          t.kind,
          'kind',
          [
            option('actual', t.actual, s.ui.kind === 'actual'),
            option('target', t.target, s.ui.kind === 'target'),
          ],
          (v) => up((st) => setUi(st, { kind: v === 'target' ? 'target' : 'actual' })),
        ),
        select(
          t.category,
          'category',
          [
            option('', t.allCategories, s.ui.category === ''),
            ...categories(s.catalog).map((c) => option(c, categoryName(c), s.ui.category === c)),
          ],
          (v) => up((st) => setUi(st, { category: v })),
        ),
      );
    } else if (s.ui.view === 'scorecard') {
      parts.push(
        select(
          t.goalSource,
          'goalSource',
          s.goalSets.map((g) =>
            option(g.id, goalSetName(g.name), g === scorecardSetFor(s.goalSets, s.ui.goalSource)),
          ),
          (v) => up((st) => setUi(st, { goalSource: v })),
        ),
      );
    } else if (s.ui.view === 'goals') {
      const set = selectActiveGoalSet(s);
      parts.push(
        select(
          t.goalSource,
          'goalSource',
          [
            option('own', t.ownTargets, !set),
            ...s.goalSets.map((g) => option(g.id, goalSetName(g.name), g.id === set?.id)),
          ],
          (v) => up((st) => setUi(st, { goalSource: v })),
        ),
        button(
          t.newSet,
          'new-set',
          () =>
            void promptDialog(t.setName, t.goals.newSetName).then(
              // The offered name, kept as offered, is stored in its language-free form.
              (name) =>
                name !== null &&
                up((st) =>
                  createGoalSet(st, name.trim() === t.goals.newSetName ? NEW_SET_NAME : name),
                ),
            ),
        ),
      );
      if (set) {
        // The toolbar paints when the page is idle: a click acts on the set active now, not the
        // one shown when the buttons were drawn (复制 then 重命名 renamed the original).
        const now = () => selectActiveGoalSet(store.getState()) ?? set;
        parts.push(
          button(t.copySet, 'copy-set', () => up((st) => copyGoalSet(st, now().id))),
          button(t.renameSet, 'rename-set', () => {
            const set = now();
            void promptDialog(t.setName, goalSetName(set.name)).then(
              // The app's name left as shown keeps its stored (language-free) form.
              (name) =>
                name !== null &&
                name.trim() !== goalSetName(set.name) &&
                up((st) => renameGoalSet(st, set.id, name)),
            );
          }),
          button(t.deleteSet, 'delete-set', () => {
            const set = now();
            void confirmDialog(t.deleteSetConfirm(goalSetName(set.name))).then(
              (ok) => ok && up((st) => deleteGoalSet(st, set.id)),
            );
          }),
          addTargetForm(s, set.id, up),
        );
      }
    } else if (s.ui.view === 'data') {
      parts.push(
        button(t.addRow, 'add-row', () => up((st) => addBlankObservation(st, {}))),
        button(t.deleteRows, 'delete-rows', () => actions.deleteRows()),
      );
    }
    // 排名 and 地图 carry their own controls in the tab.
    host.replaceChildren(...parts);
    host.hidden = parts.length === 0;
  };
}

function addTargetForm(
  s: AppState,
  setId: string,
  up: (fn: (st: AppState) => AppState) => void,
): HTMLElement {
  const indicator = el(
    'select',
    { 'aria-label': t.col.indicator },
    ...[...s.catalog.keys()].map((k) =>
      option(k, indicatorName(s.catalog, k), k === s.ui.indicator),
    ),
  );
  const value = el('input', { 'aria-label': t.target, placeholder: t.target, size: '6' });
  // The set's own target year, not a year written into the code.
  const due = s.goalSets.find((g) => g.id === setId)?.targets.at(-1)?.year ?? 2025;
  const year = el('input', { 'aria-label': t.goals.col.targetYear, value: String(due), size: '5' });
  const form = el(
    'form',
    { class: 'inline-form' },
    indicator,
    value,
    year,
    el('button', { type: 'submit' }, t.addTarget),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    up((st) =>
      addGoalTarget(
        st,
        selectActiveGoalSet(st)?.id ?? setId,
        indicator.value,
        value.value,
        year.value,
      ),
    );
  });
  return form;
}
