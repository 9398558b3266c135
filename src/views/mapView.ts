// 地图 tab: the districts as a tile map coloured by the selected indicator or goal status, a
// ranking beside it (also the map's data table), and the districts that have no tile.
// update() runs in the urgent paint: it diffs, so an edit repaints only the tiles and rows it
// changed, in the same frame as the grid.
import { getLang, goalSetName, t } from '../i18n';
import { compareFor } from '../state/selectors';
import { say, setUi, type AppState } from '../state/state';
import { pickDistrict } from '../state/pickDistrict';
import type { Store } from '../state/store';
import { shownText } from '../state/messages';
import { downloadBlob } from './download';
import { el, option } from './el';
import { buildMapModel, type MapModel, type RankingRow } from './mapModel';
import { mapBreaksOf, mapPickOf } from './mapPick';
import { mapPngBlob, mapPngName } from './mapPng';
import { indicatorOptions, yearOptions } from './pickerOptions';
import { createTileMapSvg } from './tileMapSvg';
import './mapView.css';
import '../i18n/features/tileMapView';

function field(label: string, name: string, opts: HTMLOptionElement[], on: (v: string) => void) {
  const sel = el('select', { name, 'aria-label': label }, ...opts);
  sel.addEventListener('change', () => on(sel.value));
  return el('label', { class: 'field' }, `${label} `, sel);
}

export function mount(host: HTMLElement, store: Store<AppState>): { update(s: AppState): void } {
  host.classList.add('map-pane');
  const select = (district: string) => store.update((st) => pickDistrict(st, district));
  const map = createTileMapSvg({ onSelect: select });
  const controls = el('div', { class: 'map-controls' });
  const exportBtn = el(
    'button',
    { type: 'button', 'data-action': 'map-png' },
    t.tileMapView.exportPng,
  );
  const caption = el('caption');
  const tbody = el('tbody');
  const table = el(
    'table',
    { class: 'map-ranking' },
    caption,
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...[
          t.tileMapView.col.rank,
          t.tileMapView.col.district,
          t.tileMapView.col.value,
          t.tileMapView.col.year,
        ].map((h) => el('th', { scope: 'col' }, h)),
      ),
    ),
    tbody,
  );
  const offList = el('ul');
  const offMap = el(
    'section',
    { class: 'map-offmap', hidden: '' },
    el('h3', {}, t.tileMapView.offMap),
    el('p', {}, t.tileMapView.offMapNote),
    offList,
  );
  const empty = el('p', { class: 'map-empty', hidden: '' }, t.tileMapView.noIndicator);
  const figure = el('div', { class: 'map-figure' }, map.svg);
  const hint = el('p', { class: 'map-hint' }, t.tileMapView.keysHint);
  host.replaceChildren(
    controls,
    empty,
    el(
      'div',
      { class: 'map-main' },
      el('div', { class: 'map-left' }, figure, hint, offMap),
      el('div', { class: 'map-side' }, table),
    ),
  );
  tbody.addEventListener('click', (e) => {
    const d = (e.target as Element).closest('tr')?.getAttribute('data-district');
    if (d) select(d);
  });

  let model: MapModel | null = null;
  exportBtn.addEventListener('click', () => {
    const m = model;
    if (!m) return;
    mapPngBlob(map.svg, m).then(
      (blob) => downloadBlob(mapPngName(m.label), blob),
      (e: unknown) =>
        store.update((st) =>
          say(
            st,
            'error',
            shownText(t.tileMapView.exportFailed(e instanceof Error ? e.message : String(e))),
          ),
        ),
    );
  });

  // ── controls: rebuilt only when what they offer or show changes ──
  let controlsLast: unknown[] = [];
  let optionKeys = '';
  let optionRows: unknown = null;
  function paintControls(s: AppState, m: MapModel | null) {
    const view = compareFor(s, { year: s.ui.year, kind: s.ui.kind, category: '' });
    if (view.rows !== optionRows) {
      optionRows = view.rows;
      optionKeys = view.rows.map((r) => r.key).join('\n');
    }
    const breaks = mapBreaksOf(s.ui);
    const current = m ? `${m.indicator}\n${m.scope}` : '';
    const inputs = [
      optionKeys,
      s.catalog,
      s.goalSets,
      s.table,
      s.ui.year,
      s.ui.kind,
      s.ui.goalSource,
      breaks,
      current,
    ];
    if (inputs.every((x, i) => x === controlsLast[i])) return;
    controlsLast = inputs;
    const up = (patch: Partial<AppState['ui']>) => store.update((st) => setUi(st, patch));
    const rowsOpts = indicatorOptions(view.rows, s.catalog, m);
    controls.replaceChildren(
      el('h2', {}, t.tileMapView.heading),
      field(t.tileMapView.indicator, 'indicator', rowsOpts, (v) => {
        const r = view.rows.find((x) => x.key === v);
        if (r) up({ indicator: r.indicator, scope: r.scope });
      }),
      field(t.year, 'year', yearOptions(s.table, s.ui.kind, s.ui.year), (v) =>
        up({ year: v === 'latest' ? 'latest' : Number(v) }),
      ),
      field(
        t.kind,
        'kind',
        [
          option('actual', t.actual, s.ui.kind === 'actual'),
          option('target', t.target, s.ui.kind === 'target'),
        ],
        (v) => up({ kind: v === 'target' ? 'target' : 'actual' }),
      ),
      field(
        t.tileMapView.colouring,
        'mapBreaks',
        [
          option('quantile', t.tileMapView.byQuantile, breaks === 'quantile'),
          option('equal', t.tileMapView.byEqual, breaks === 'equal'),
          option('status', t.tileMapView.byStatus, breaks === 'status'),
        ],
        (v) =>
          up(
            v === 'status'
              ? { mapColour: 'status', mapBreaks: 'status' }
              : { mapColour: 'value', mapBreaks: v === 'equal' ? 'equal' : 'quantile' },
          ),
      ),
      field(
        t.goalSource,
        'goalSource',
        [
          option('own', t.ownTargets, s.ui.goalSource === 'own'),
          ...s.goalSets.map((g) => option(g.id, goalSetName(g.name), g.id === s.ui.goalSource)),
        ],
        (v) => up({ goalSource: v }),
      ),
      exportBtn,
    );
  }

  // ── ranking table and the districts without a tile: diffed row by row ──
  const trs = new Map<string, HTMLTableRowElement>();
  let order = '';
  function paintRows(rows: RankingRow[]) {
    const keep = new Set(rows.map((r) => r.district));
    for (const [d, tr] of trs)
      if (!keep.has(d)) {
        tr.remove();
        trs.delete(d);
      }
    for (const r of rows) {
      let tr = trs.get(r.district);
      if (!tr) {
        tr = el(
          'tr',
          { 'data-district': r.district },
          el('td'),
          el('th', { scope: 'row' }),
          el('td'),
          el('td'),
        );
        trs.set(r.district, tr);
      }
      const cells = tr.children;
      const texts = [r.rank, r.name, r.value, r.year];
      texts.forEach((text, i) => {
        const c = cells[i] as HTMLElement;
        if (c.textContent !== text) c.textContent = text;
      });
      if (tr.title !== r.cls) tr.title = r.cls;
      tr.classList.toggle('selected', r.selected);
    }
    const next = rows.map((r) => r.district).join('\n');
    if (next !== order) {
      order = next;
      tbody.append(...rows.map((r) => trs.get(r.district) as HTMLTableRowElement));
    }
  }
  let offKey = '';
  function paintOffMap(rows: RankingRow[]) {
    const key = rows.map((r) => [r.district, r.value, r.rank, r.cls].join('|')).join('\n');
    if (key === offKey) return;
    offKey = key;
    offMap.hidden = rows.length === 0;
    offList.replaceChildren(
      ...rows.map((r) =>
        el(
          'li',
          { 'data-district': r.district },
          r.rank === '—'
            ? `${r.name}${t.sep.label}${r.value}`
            : t.paren(
                `${r.name}${t.sep.label}${r.value}`,
                [`${t.tileMapView.col.rank} ${r.rank}`, r.cls].join(t.sep.comma),
              ),
        ),
      ),
    );
  }

  let last: unknown[] = [];
  return {
    update(s) {
      const pick = mapPickOf(s);
      const inputs: unknown[] = [s.table, s.catalog, s.districts, s.goalSets, getLang()];
      for (const v of Object.values(pick) as unknown[]) inputs.push(v);
      if (inputs.length === last.length && inputs.every((x, i) => x === last[i])) return;
      last = inputs;
      model = buildMapModel(s, pick);
      paintControls(s, model);
      empty.hidden = model !== null;
      figure.hidden = model === null;
      if (!model) return;
      map.update(model);
      caption.textContent = t.tileMapView.tableCaption(model.label);
      paintRows(model.rows);
      paintOffMap(model.offMap);
    },
  };
}
