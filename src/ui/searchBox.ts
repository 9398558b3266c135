// Ctrl+K: find an indicator, a district or a goal set by Chinese text, pinyin or initials, and
// select it in the current view. Loaded on demand with its pinyin keys and dictionary.
import keys from 'virtual:search-keys';
import { rowKey } from '../model/compare';
import { OBSERVATION_COLUMNS } from '../model/types';
import {
  groupHits,
  readingsFromKey,
  searchItems,
  type Readings,
  type SearchHit,
  type SearchItem,
} from '../model/search';
import { readingsAtRunTime } from '../io/pinyinReadings';
import { districtEntries } from '../model/searchDistricts';
import { shownText } from '../state/messages';
import { landFound, type Found, type SearchNote } from '../state/searchActions';
import { selectCompare, selectGoalRows } from '../state/selectors';
import { say, type AppState, type ViewName } from '../state/state';
import { districtName, getLang, goalSetName, indicatorName } from '../i18n';
import { el } from './el';
import type { ViewHandle } from './render';
import type { Services } from './services';
import { searchBoxEn } from '../i18n/features/searchBox.en';
import { searchBoxZh } from '../i18n/features/searchBox.zh';
import './search.css';

const PER_KIND = 8;
/** The box's words in the interface language (they come with the box, not in the first load). */
const words = () => (getLang() === 'en' ? searchBoxEn : searchBoxZh);
const KEYS = new Map(Object.entries(keys));
const readingCache = new Map<string, Readings>();

/** Build-time keys for the bundled names, the run-time dictionary for the rest. */
function readingsOf(name: string): Readings {
  let r = readingCache.get(name);
  if (!r) {
    const key = KEYS.get(name);
    r = key === undefined ? readingsAtRunTime(name) : readingsFromKey(key);
    readingCache.set(name, r);
  }
  return r;
}

/** The items, and the districts among them the workbook has no data for. */
function itemsOf(s: AppState): { items: SearchItem[]; noData: Set<string> } {
  const en = getLang() === 'en';
  // In English the Chinese name is matched too (text, pinyin); a goal set by its name shown.
  const item = (kind: SearchItem['kind'], id: string, name: string, zh?: string): SearchItem => ({
    kind,
    id,
    name,
    zh: en ? zh : undefined,
    readings: readingsOf(en && zh !== undefined ? zh : name),
  });
  // All 38 divisions, as the 地图 draws them, found by code and full romanised name too.
  const districts = districtEntries(s.districts);
  const items = [
    ...[...s.catalog.keys()].map((i) => item('indicator', i, indicatorName(s.catalog, i), i)),
    ...districts.map((d) => ({
      ...item('district', d.name, districtName(d.name), d.name),
      also: d.also,
    })),
    ...s.goalSets.map((g) => item('goalSet', g.id, goalSetName(g.name))),
  ];
  return { items, noData: new Set(districts.filter((d) => !d.inWorkbook).map((d) => d.name)) };
}

/** The name with the matched characters marked (in the other name beside it, if that matched). */
function marked(hit: SearchHit): (Node | string)[] {
  const text = Array.from(hit.text);
  const parts = [
    text.slice(0, hit.from).join(''),
    el('mark', {}, text.slice(hit.from, hit.to).join('')),
    text.slice(hit.to).join(''),
  ];
  if (hit.field === 'name') return parts;
  return [hit.item.name, ' ', el('span', { class: 'search-zh' }, ...parts)];
}

/** A note on a choice, in the interface language. */
function noteText(s: AppState, n: SearchNote): string {
  const goals = s.ui.view === 'goals';
  const ind = (i: string) => indicatorName(s.catalog, i);
  switch (n.code) {
    case 'noData':
      return words().notes.noData(districtName(n.district));
    case 'noRows':
      return words().notes.noRows(ind(n.indicator), goals);
    case 'districtNotShown':
      return words().notes.districtNotShown(districtName(n.district), goals);
    case 'notTogether':
      return words().notes.notTogether(
        districtName(n.district),
        ind(n.indicator),
        n.landed === 'district' ? districtName(n.district) : ind(n.indicator),
        goals,
      );
    case 'notInSet':
      return words().notes.notInSet(ind(n.indicator), goalSetName(n.set));
  }
}

let open: HTMLDialogElement | null = null;

export function openSearch(sv: Services, grids: Record<ViewName, ViewHandle>): void {
  if (open) {
    open.querySelector('input')?.focus();
    return;
  }
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const { items, noData } = itemsOf(sv.store.getState());
  const input = el('input', {
    type: 'search',
    role: 'combobox',
    'aria-label': words().label,
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-autocomplete': 'list',
    placeholder: words().placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = el('div', { id: 'search-results', role: 'listbox', 'aria-label': words().label });
  const dlg = el(
    'dialog',
    { class: 'app-dialog search-dialog', 'aria-label': words().label },
    input,
    list,
    el('p', { class: 'search-hint muted' }, words().hint),
  );
  let shown: SearchHit[] = [];
  let active = -1;
  let composing = false;
  let chosen: Found | null = null;

  const setActive = (i: number) => {
    active = shown.length ? (i + shown.length) % shown.length : -1;
    list.querySelectorAll<HTMLElement>('[role=option]').forEach((o, k) => {
      o.setAttribute('aria-selected', String(k === active));
      if (k === active) {
        input.setAttribute('aria-activedescendant', o.id);
        o.scrollIntoView({ block: 'nearest' });
      }
    });
    if (active < 0) input.removeAttribute('aria-activedescendant');
  };
  const render = () => {
    const groups = groupHits(searchItems(items, input.value), PER_KIND);
    shown = groups.flatMap((g) => g.hits);
    let n = 0;
    list.replaceChildren(
      ...groups.map((g) => {
        const head = el(
          'div',
          { class: 'search-group-head', id: `search-g-${g.kind}` },
          words().kinds[g.kind],
        );
        const options = g.hits.map((hit) => {
          const i = n++;
          const o = el(
            'div',
            {
              role: 'option',
              id: `search-o-${i}`,
              'data-kind': hit.item.kind,
              'aria-selected': 'false',
            },
            ...marked(hit),
            ...(noData.has(hit.item.id) && hit.item.kind === 'district'
              ? [' ', el('span', { class: 'search-nodata' }, words().noDataTag)]
              : []),
          );
          o.addEventListener('mousedown', (e) => e.preventDefault());
          o.addEventListener('click', () => choose(i));
          o.addEventListener('mousemove', () => active !== i && setActive(i));
          return o;
        });
        return el('div', { role: 'group', 'aria-labelledby': head.id }, head, ...options);
      }),
    );
    if (input.value.trim() && !shown.length)
      list.append(el('p', { class: 'search-none muted' }, words().none));
    input.setAttribute('aria-expanded', String(shown.length > 0));
    setActive(0);
  };
  const choose = (i: number) => {
    const hit = shown[i];
    if (!hit) return;
    chosen = { kind: hit.item.kind, id: hit.item.id };
    dlg.close();
  };

  input.addEventListener('input', render);
  // With an IME, keys belong to the composition until it ends (Enter there commits pinyin).
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => (composing = false));
  dlg.addEventListener('keydown', (e) => {
    if (composing || e.isComposing || e.keyCode === 229) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      dlg.close();
    } else if (e.key === 'Tab') {
      // One field: focus stays in the box until it closes.
      e.preventDefault();
      input.focus();
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      input.select();
    }
  });
  // Esc the browser turns into a cancel (not while composing: that Esc ends the composition).
  dlg.addEventListener('cancel', (e) => {
    if (composing) e.preventDefault();
  });
  // A click on the backdrop (outside the box, not on its padding) closes it.
  dlg.addEventListener('click', (e) => {
    const r = dlg.getBoundingClientRect();
    const inside =
      e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
    if (e.target === dlg && !inside) dlg.close();
  });
  dlg.addEventListener('close', () => {
    dlg.remove();
    open = null;
    if (chosen)
      sv.store.update((s) => {
        const { state, note } = landFound(s, chosen as Found);
        return note ? say(state, 'info', shownText(noteText(s, note))) : state;
      });
    reveal(sv, grids, chosen, back);
  });
  document.body.append(dlg);
  open = dlg;
  dlg.showModal();
  input.focus();
}

/**
 * Gives the focus back: to the grid the search was opened from, on the chosen result (or, after
 * Esc, the cell that was selected, which also makes Handsontable listen to keys again); else to
 * what had it. After the paint the choice causes.
 */
function reveal(
  sv: Services,
  grids: Record<ViewName, ViewHandle>,
  found: Found | null,
  back: HTMLElement | null,
): void {
  const s = sv.store.getState();
  const { view, indicator, scope, district } = s.ui;
  const fromGrid = back?.closest('[data-pane]')?.getAttribute('data-pane') === view;
  const target = ((): [string, string] | null => {
    if (found?.kind === 'goalSet' || (!found && !fromGrid)) return null;
    if (view === 'compare') {
      // A district chosen with no indicator selected: its cell on the first row.
      const row = indicator === null ? selectCompare(s).rows[0]?.key : rowKey(indicator, scope);
      return row === undefined ? null : [row, district === null ? 'indicator' : `d:${district}`];
    }
    if (view === 'goals' && indicator !== null) {
      const rows = selectGoalRows(s).rows.filter(
        (r) => r.indicator === indicator && r.scope === scope,
      );
      const row = rows.find((r) => r.district === district) ?? rows[0];
      return row ? [row.key, 'indicator'] : null;
    }
    if (view === 'data' && s.ui.obsId) return [s.ui.obsId, OBSERVATION_COLUMNS[0]];
    return null;
  })();
  const grid = grids[view].grid;
  const land = () => {
    if (target && grid) void grid.selectCell(target[0], target[1]);
    else if (back?.isConnected) back.focus();
    // Tabs without a grid mark the choice themselves (记分卡, 排名): bring it into sight.
    if (found && !grid)
      document
        .querySelectorAll(
          `[data-pane="${view}"] .sc-current, [data-pane="${view}"] [aria-current="true"]`,
        )
        .forEach((e) => e.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  };
  // Esc changes nothing: the grid listens again at once (a key right after Esc was lost under
  // load). A choice lands after the paint it causes.
  if (found) requestAnimationFrame(land);
  else land();
}
