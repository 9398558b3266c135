// 排名 tab: the selected indicator's districts ranked, among all and within a peer group, with
// the group's median and best quartile, each group's spread, and the planner's own groups.
import { formatNumber, goalSetName, indicatorName, t, withUnitText } from '../i18n';
import { createSpreadChart } from '../charts/spreadChart';
import { peerGroupName, spreadSpec } from '../charts/spreadSpec';
import { offeredYear, proposedValue, proposeTarget } from '../state/proposeTarget';
import { peerRanksFor, type PeerRanks } from '../state/rankSelectors';
import { compareFor, selectYears } from '../state/selectors';
import { setUi, type AppState } from '../state/state';
import { pickDistrict } from '../state/pickDistrict';
import type { Store } from '../state/store';
import { promptDialog } from './dialog';
import { el, option } from './el';
import { indicatorOptions, yearOptions } from './pickerOptions';
import './ranks.css';
import { peerGroupEditor } from './peerGroupEditor';
import { RANK_COLUMNS, ranksTable, type RankColumn, type RankSort } from './ranksTable';
import '../i18n/features/peersView';

const SEP = '\u0001';

function field(label: string, name: string, opts: HTMLOptionElement[]) {
  return el(
    'label',
    { class: 'field' },
    `${label} `,
    el('select', { name, 'aria-label': label }, ...opts),
  );
}

export function mount(host: HTMLElement, store: Store<AppState>): { update(s: AppState): void } {
  host.classList.add('ranks-pane');
  const controls = el('div', { class: 'ranks-controls' });
  const heading = el('div', { class: 'ranks-heading' });
  const stats = el('div', { class: 'ranks-stats' });
  const tableHost = el('div', { class: 'ranks-scroll' });
  const notes = el('div', { class: 'ranks-notes muted' });
  const chart = createSpreadChart();
  const editor = peerGroupEditor(store);
  const main = el('div', { class: 'ranks-main' }, stats, tableHost, notes);
  const side = el('div', { class: 'ranks-side' }, chart.root, editor.root);
  host.replaceChildren(controls, heading, el('div', { class: 'ranks-body' }, main, side));

  // Sorting and showing every row are ways of looking, not data: kept here, like the scorecard's.
  let sort: RankSort = { column: null, order: 'asc' };
  let showAll = false;
  let last: unknown[] = [];
  let peers: PeerRanks | null = null;
  const up = (fn: (s: AppState) => AppState) => store.update(fn);
  const redraw = () => {
    last = [];
    view.update(store.getState());
  };

  controls.addEventListener('change', (e) => {
    const sel = e.target as HTMLSelectElement;
    const v = sel.value;
    if (sel.name === 'indicator') {
      const [indicator = '', scope = ''] = v.split(SEP);
      up((s) => setUi(s, { indicator, scope }));
    } else if (sel.name === 'year')
      up((s) => setUi(s, { year: v === 'latest' ? 'latest' : Number(v) }));
    else if (sel.name === 'kind')
      up((s) => setUi(s, { kind: v === 'target' ? 'target' : 'actual' }));
    else if (sel.name === 'peerGroup') up((s) => setUi(s, { peerGroup: v }));
  });
  const sortBy = (th: HTMLElement | null) => {
    const c = th?.dataset.sort as RankColumn | undefined;
    if (!c || !RANK_COLUMNS.includes(c)) return;
    sort = { column: c, order: sort.column === c && sort.order === 'asc' ? 'desc' : 'asc' };
    redraw();
    tableHost.querySelector<HTMLElement>(`th[data-sort="${c}"]`)?.focus();
  };
  tableHost.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const pick = target.closest<HTMLElement>('[data-district]');
    if (pick?.tagName === 'BUTTON') up((s) => pickDistrict(s, pick.dataset.district ?? null));
    else sortBy(target.closest<HTMLElement>('th[data-sort]'));
  });
  tableHost.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const th = (e.target as HTMLElement).closest<HTMLElement>('th[data-sort]');
    if (!th) return;
    e.preventDefault();
    sortBy(th);
  });
  stats.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-rk]')?.dataset.rk;
    if (action === 'all') {
      showAll = !showAll;
      redraw();
    } else if (action === 'rank-order') {
      sort = { column: null, order: 'asc' };
      redraw();
    } else if (action === 'propose') void propose();
  });

  async function propose() {
    const s = store.getState();
    const p = peers;
    const value = p?.stats.bestQuartile;
    if (!p || value === null || value === undefined) return;
    const indicator = p.ranks.indicator;
    const set = s.goalSets.find((g) => g.id === s.ui.goalSource) ?? null;
    let where: { setId: string } | { name: string };
    let setName: string;
    if (set) {
      where = { setId: set.id };
      setName = goalSetName(set.name);
    } else {
      const name = await promptDialog(t.peersView.proposeChoose, s.goalSets[0]?.name ?? '');
      if (name === null || name.trim() === '') return;
      const known = s.goalSets.find(
        (g) => g.name === name.trim() || goalSetName(g.name) === name.trim(),
      );
      where = known ? { setId: known.id } : { name: name.trim() };
      setName = known ? goalSetName(known.name) : name.trim();
    }
    const shown = formatNumber(proposedValue(value));
    const year = await promptDialog(
      t.peersView.proposeYear(indicatorName(s.catalog, indicator), shown, setName),
      String(offeredYear(s, 'setId' in where ? where.setId : null, indicator)),
    );
    if (year === null) return;
    up((st) => proposeTarget(st, where, indicator, value, year));
  }

  const view = {
    update(s: AppState) {
      const pick = { ...s.ui, category: '' };
      const p = peerRanksFor(s, pick, s.ui.peerGroup);
      const inputs = [p, s.ui, s.goalSets, s.catalog, selectYears(s.table)];
      editor.update(s);
      if (inputs.every((x, i) => x === last[i])) return;
      last = inputs;
      peers = p;
      paintControls(s, p);
      if (!p) {
        heading.replaceChildren(el('p', { class: 'muted' }, t.peersView.noIndicator));
        stats.replaceChildren();
        tableHost.replaceChildren();
        notes.replaceChildren();
        return;
      }
      const r = p.ranks;
      const name = indicatorName(s.catalog, r.indicator);
      heading.replaceChildren(
        el('h2', {}, t.peersView.title(name)),
        el('span', { class: 'muted' }, t.peersView.direction[r.direction]),
      );
      const groupLabel = p.group ? peerGroupName(p.group) : t.peersView.allDistricts;
      const num = (v: number | null) => (v === null ? '—' : withUnitText(formatNumber(v), r.unit));
      const many = p.rows.length > 15;
      stats.replaceChildren(
        el(
          'p',
          { class: 'rk-summary' },
          el('strong', {}, t.peersView.stats(groupLabel, p.stats.count)),
          ` ${t.peersView.median} `,
          el('span', { 'data-stat': 'median' }, num(p.stats.median)),
          ` · ${t.peersView.bestQuartile} `,
          el('span', { 'data-stat': 'bestQuartile' }, num(p.stats.bestQuartile)),
        ),
        el(
          'div',
          { class: 'rk-actions' },
          el(
            'button',
            {
              type: 'button',
              'data-rk': 'propose',
              ...(p.stats.bestQuartile === null
                ? { disabled: '', title: t.peersView.proposeNoValue }
                : {}),
            },
            t.peersView.propose,
          ),
          ...(many && !sort.column
            ? [
                el(
                  'button',
                  { type: 'button', 'data-rk': 'all', 'aria-pressed': String(showAll) },
                  showAll ? t.peersView.showTop : t.peersView.showAll(p.rows.length),
                ),
              ]
            : []),
          ...(sort.column
            ? [el('button', { type: 'button', 'data-rk': 'rank-order' }, t.peersView.rankOrder)]
            : []),
        ),
      );
      const yearText = s.ui.year === 'latest' ? t.peersView.yearLatest : String(s.ui.year);
      tableHost.replaceChildren(ranksTable(p, sort, s.ui.district, !showAll, yearText));
      notes.replaceChildren(
        el(
          'p',
          {},
          r.baselineYear === null
            ? t.peersView.noBaseline
            : t.peersView.baselineNote(String(r.baselineYear)),
        ),
        // No better direction: the order is by size, so nothing is called best.
        ...(r.direction === 'neutral' ? [el('p', {}, t.peersView.neutralNote)] : []),
        el(
          'p',
          {},
          r.direction === 'neutral'
            ? t.peersView.percentileNoteNeutral
            : t.peersView.percentileNote,
        ),
        el('p', {}, t.peersView.bestQuartileNote[r.direction]),
      );
      chart.update(spreadSpec(p, s.catalog, s.ui.district));
    },
  };

  function paintControls(s: AppState, p: PeerRanks | null) {
    const rows = compareFor(s, { year: s.ui.year, kind: s.ui.kind, category: '' }).rows;
    const groups = p?.groups ?? [];
    controls.replaceChildren(
      field(
        t.peersView.indicator,
        'indicator',
        indicatorOptions(rows, s.catalog, p?.ranks ?? null, (i, sc) => `${i}${SEP}${sc}`),
      ),
      field(t.year, 'year', yearOptions(s.table, s.ui.kind, s.ui.year)),
      field(t.kind, 'kind', [
        option('actual', t.actual, s.ui.kind === 'actual'),
        option('target', t.target, s.ui.kind === 'target'),
      ]),
      field(t.peersView.group, 'peerGroup', [
        option('', t.peersView.allDistricts, !p?.group),
        ...groups.map((g) => option(g.id, peerGroupName(g), g.id === p?.group?.id)),
      ]),
    );
  }

  return view;
}
