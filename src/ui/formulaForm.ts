// The formula editor's form: the terms of one formula indicator, the formula checked as typed
// (also through a Chinese IME), the result unit, divisor zeros and a live preview per district.
import { parseFormula } from '../io/formula';
import { categories } from '../model/catalog';
import { OTHER_CATEGORY } from '../model/categories';
import { formulaText, resultUnit } from '../model/formula';
import { formulaProblem, type FormulaEntry } from '../model/formulaCheck';
import { formulaPreview, zeroDivisors } from '../model/formulaPreview';
import type { Problem } from '../model/problems';
import type { Catalog, Direction } from '../model/types';
import { addFormula, draftNameProblem, draftProblem, editFormula } from '../state/formulaActions';
import type { Msg } from '../state/messages';
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import { categoryName, districtName, formatNumber, indicatorName } from '../i18n';
import { messageText } from '../i18n/messages';
import { problemText } from '../i18n/problems';
import { checkTimer } from './checkTimer';
import { el, option } from './el';
import { t } from './strings';

export interface FormulaFormDeps {
  store: Store<AppState>;
  builtIn: ReadonlySet<string>;
  /** Called with the name after a save went through. */
  saved(name: string): void;
}

/** Until this many ms after the last keystroke, the check waits (typing stays smooth). */
const CHECK_DELAY_MS = 150;
const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'neutral'];

/** A name as typed into a formula: bare if the parser reads it as one name, else in 【】. */
export function nameToken(name: string, known: readonly string[]): string {
  const r = parseFormula(name, known);
  return r.ok && r.value.k === 'ref' && r.value.name === name ? name : `【${name}】`;
}

export function formulaForm(
  deps: FormulaFormDeps,
  editing: string | null,
  start: FormulaEntry | null,
): { root: HTMLElement; focus(): void } {
  const f = t.formulas;
  const field = <E extends HTMLElement>(label: string, input: E, cls = '') =>
    el('label', { class: `field ${cls}` }, el('span', {}, label), input);
  const name = el('input', { name: 'name', autocomplete: 'off' });
  const nameEn = el('input', { name: 'nameEn', autocomplete: 'off', lang: 'en' });
  const unit = el('input', { name: 'unit', autocomplete: 'off' });
  const direction = el('select', { name: 'direction' });
  direction.append(
    ...DIRECTIONS.map((d) => option(d, t.direction[d], (start?.direction ?? 'higher') === d)),
  );
  const category = el('input', {
    name: 'category',
    autocomplete: 'off',
    list: 'formula-categories',
  });
  const categoryList = el(
    'datalist',
    { id: 'formula-categories' },
    ...categories(deps.store.getState().catalog).map((c) => el('option', { value: c })),
  );
  const formula = el('input', {
    name: 'formula',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'formula-check',
  });
  const earlier = el('input', { type: 'checkbox', name: 'earlier' });
  const definition = el('textarea', { name: 'definition', rows: '2' });
  const standard = el('input', { name: 'standard', autocomplete: 'off' });
  const insert = el('select', { name: 'insert', 'aria-label': f.insert });
  const check = el('div', { id: 'formula-check', class: 'formula-check', 'aria-live': 'polite' });
  const preview = el('tbody');
  const save = el('button', { type: 'button', class: 'primary' }, f.save);

  name.value = start?.indicator ?? '';
  nameEn.value = start?.nameEn ?? '';
  unit.value = start?.unit ?? '';
  category.value = start?.category ?? '';
  category.placeholder = categoryName(OTHER_CATEGORY);
  formula.value = start ? textOf(start) : '';
  earlier.checked = start?.formula.earlierDenominator ?? true;
  definition.value = start?.formula.definition ?? '';
  standard.value = start?.formula.standard ?? '';

  /** The catalog the draft joins: without the entry being edited. */
  const baseCatalog = (): Catalog => {
    const c = deps.store.getState().catalog;
    return editing === null ? c : new Map([...c].filter(([k]) => k !== editing));
  };
  const fillInsert = () => {
    const s = deps.store.getState();
    insert.replaceChildren(
      option('', f.insertPick, true),
      ...[...baseCatalog().keys()].map((k) => option(k, indicatorName(s.catalog, k), false)),
    );
  };
  fillInsert();

  /** The draft entry, the first problem that stops it, and whether it can be computed. */
  const draft = (): {
    entry: FormulaEntry | null;
    problem: Problem | Msg | null;
    computable: boolean;
  } => {
    const base = baseCatalog();
    const n = name.value.trim();
    // The name first: a taken one (床位数) would read as a circle in its own formula.
    const named = draftNameProblem(deps.store.getState().catalog, editing, n);
    if (named) return { entry: null, problem: named, computable: false };
    const parsed = parseFormula(formula.value, [...base.keys(), ...(n ? [n] : [])]);
    if (!parsed.ok) return { entry: null, problem: parsed.reason, computable: false };
    const entry: FormulaEntry = {
      indicator: n,
      nameEn: nameEn.value.trim(),
      unit: unit.value.trim(),
      direction: direction.value as Direction,
      min: start?.min ?? null,
      max: start?.max ?? null,
      category: category.value.trim() || OTHER_CATEGORY,
      formula: {
        ast: parsed.value,
        earlierDenominator: earlier.checked,
        definition: definition.value.trim(),
        standard: standard.value.trim(),
      },
    };
    const self = n || '\u0000';
    const problem = formulaProblem(parsed.value, new Map([...base, [self, entry]]), self);
    if (problem) return { entry, problem, computable: false };
    const catalog = deps.store.getState().catalog;
    return { entry, problem: draftProblem(catalog, editing, entry), computable: true };
  };

  const words = (p: Problem | Msg, catalog: Catalog) =>
    isMsg(p) ? messageText(p, catalog) : problemText(p, catalog);

  const run = () => {
    const s = deps.store.getState();
    const { entry, problem, computable } = draft();
    save.disabled = problem !== null;
    const lines: HTMLElement[] = [];
    if (problem)
      lines.push(el('p', { class: 'problem', role: 'alert' }, words(problem, s.catalog)));
    if (entry) {
      const unitOf = (k: string) => (k === entry.indicator ? entry.unit : s.catalog.get(k)?.unit);
      const u = resultUnit(entry.formula.ast, unitOf);
      if (u.ok) lines.push(el('p', { class: 'muted' }, f.resultUnit(u.value.unit)));
      unit.placeholder = u.ok ? u.value.suggest : '';
      const zeros = zeroDivisors(s.table, entry.formula.ast);
      if (zeros.length)
        lines.push(
          el(
            'p',
            { class: 'warning' },
            f.zero(
              zeros
                .slice(0, 3)
                .map((z) =>
                  f.zeroItem(
                    districtName(z.district),
                    indicatorName(s.catalog, z.indicator),
                    z.year,
                  ),
                )
                .join(t.sep.list) + (zeros.length > 3 ? t.msg.moreErrors(zeros.length) : ''),
            ),
          ),
        );
    }
    check.replaceChildren(...lines);
    renderPreview(s, entry, computable);
  };

  const renderPreview = (s: AppState, entry: FormulaEntry | null, computable: boolean) => {
    if (!entry || !computable) return preview.replaceChildren();
    const key = entry.indicator || '\u0000';
    const catalog = new Map([...baseCatalog(), [key, { ...entry, indicator: key }]]);
    const rows = formulaPreview(s.table, catalog, key, s.districts);
    preview.replaceChildren(
      ...rows.map((r) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, districtName(r.district)),
          el('td', {}, r.year === null ? '' : String(r.year)),
          el(
            'td',
            { class: r.value === null ? 'muted' : 'num' },
            r.value !== null
              ? formatNumber(r.value)
              : r.reason
                ? problemText(r.reason, s.catalog)
                : f.noData,
          ),
        ),
      ),
    );
  };

  // Checked as typed: debounced; never on a half-composed IME word, at once when it ends.
  const timer = checkTimer(() => run(), CHECK_DELAY_MS);
  for (const input of [name, nameEn, unit, formula, definition, standard, category]) {
    input.addEventListener('input', (e) => timer.typed((e as InputEvent).isComposing));
    input.addEventListener('compositionstart', () => timer.compositionStart());
    input.addEventListener('compositionend', () => timer.compositionEnd());
  }
  direction.addEventListener('change', run);
  earlier.addEventListener('change', run);
  formula.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return;
    // Enter checks at once; it never saves a half-typed formula.
    e.preventDefault();
    timer.now();
  });

  // 插入指标: at the cursor, in 【】 when the parser could not read the name bare.
  let caret: [number, number] = [formula.value.length, formula.value.length];
  const keepCaret = () => {
    caret = [formula.selectionStart ?? caret[0], formula.selectionEnd ?? caret[1]];
  };
  formula.addEventListener('keyup', keepCaret);
  formula.addEventListener('click', keepCaret);
  formula.addEventListener('blur', keepCaret);
  insert.addEventListener('change', () => {
    const picked = insert.value;
    if (!picked) return;
    const token = nameToken(picked, [...baseCatalog().keys()]);
    const [a, b] = caret;
    formula.value = formula.value.slice(0, a) + token + formula.value.slice(b);
    caret = [a + token.length, a + token.length];
    insert.value = '';
    formula.focus();
    formula.setSelectionRange(caret[0], caret[1]);
    timer.now();
  });

  save.addEventListener('click', () => {
    const { entry, problem } = draft();
    if (!entry || problem) return timer.now();
    const before = deps.store.getState();
    deps.store.update((s) =>
      editing === null ? addFormula(s, entry) : editFormula(s, editing, entry, deps.builtIn),
    );
    const after = deps.store.getState();
    // Saved, or nothing to save (the same definition): either way the form shows it as saved.
    if (after.catalog !== before.catalog || after === before) return deps.saved(entry.indicator);
    if (after.message && after.message !== before.message)
      check.replaceChildren(
        el('p', { class: 'problem', role: 'alert' }, messageText(after.message.msg, after.catalog)),
      );
  });

  const root = el(
    'section',
    { class: 'formula-form', 'aria-label': editing ? f.editing(editing) : f.adding },
    el('h3', {}, editing ? f.editing(editing) : f.adding),
    el(
      'div',
      { class: 'formula-fields' },
      field(f.name, name),
      field(f.nameEn, nameEn),
      field(f.unit, unit),
      field(f.direction, direction),
      field(f.category, category),
      categoryList,
    ),
    field(f.formula, formula, 'formula-text'),
    el('div', { class: 'formula-tools' }, insert, el('span', { class: 'muted' }, f.formulaHint)),
    check,
    el('label', { class: 'check' }, earlier, el('span', {}, f.earlier)),
    field(f.definition, definition, 'wide'),
    field(f.standard, standard, 'wide'),
    el(
      'table',
      { class: 'formula-preview', 'aria-label': f.preview },
      el('caption', {}, f.preview),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, f.district),
          el('th', { scope: 'col' }, f.year),
          el('th', { scope: 'col' }, f.value),
        ),
      ),
      preview,
    ),
    el('div', { class: 'dialog-buttons' }, save),
  );
  run();
  return { root, focus: () => (editing || start ? formula : name).focus() };
}

const isMsg = (p: Problem | Msg): p is Msg =>
  p.code === 'formulaNameEmpty' ||
  p.code === 'formulaNameTaken' ||
  p.code === 'formulaInUse' ||
  p.code === 'formulaBuiltIn';

/** The formula as the planner reads it (the parser reads the catalog's names back). */
const textOf = (e: FormulaEntry) => formulaText(e.formula.ast);
