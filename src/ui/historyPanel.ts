// 修改历史: every logged change, newest first, for the workbook or the selected cell.
import type { HistoryRecord } from '../db/db';
import {
  districtName,
  formatDateTime,
  formatNumber,
  goalSetName,
  indicatorName,
  scopeName,
} from '../i18n';
import { changeText } from '../i18n/messages';
import type { Catalog, Observation } from '../model/types';
import { revertGoalSets, revertRow } from '../state/historyActions';
import { el } from './el';
import { historyRecords, type Services } from './services';
import { t } from './strings';

const FIELDS = [
  'value',
  'qualifier',
  'year',
  'kind',
  'district',
  'indicator',
  'unit',
  'scope',
  'source',
  'note',
] as const;

function cellName(o: Observation, catalog: Catalog): string {
  const name = indicatorName(catalog, o.indicator);
  const where = o.scope ? t.paren(name, scopeName(o.scope)) : name;
  return `${districtName(o.district)} · ${where} · ${o.year} ${t.kindName[o.kind] ?? o.kind}`;
}

const shown = (o: Observation | null) =>
  o === null
    ? t.historyUi.none
    : o.value === null
      ? t.historyUi.blank
      : `${o.qualifier}${formatNumber(o.value)}`;

function describe(before: Observation | null, after: Observation | null, catalog: Catalog): string {
  const h = t.historyUi;
  const o = (after ?? before) as Observation;
  if (!before) return h.added(cellName(o, catalog), shown(after));
  if (!after) return h.deleted(cellName(o, catalog), shown(before));
  const fields = FIELDS.filter((f) => before[f] !== after[f]);
  if (fields.length === 1 && fields[0] === 'value')
    return h.changed(cellName(after, catalog), `${shown(before)} → ${shown(after)}`);
  const what = fields.map((f) => `${t.col[f]} ${String(before[f])} → ${String(after[f])}`);
  return h.changed(cellName(after, catalog), what.join(t.sep.comma));
}

export async function openHistoryPanel(sv: Services): Promise<void> {
  const h = t.historyUi;
  const dlg = el('dialog', { class: 'app-dialog side-panel', 'aria-label': t.history });
  const onlyCell = el('input', { type: 'checkbox', name: 'onlyCell' });
  const { ui, catalog } = sv.store.getState();
  const cellLabel =
    ui.indicator && ui.district
      ? `${districtName(ui.district)} · ${indicatorName(catalog, ui.indicator)}`
      : '';
  const list = el('ol', { class: 'history-list' });
  const close = el('button', { type: 'button' }, t.close);
  dlg.append(
    el('h2', {}, t.history),
    el('label', { class: 'field' }, onlyCell, ` ${h.onlyCell(cellLabel)}`),
    el('p', { class: 'muted' }, h.intro),
    list,
    el('div', { class: 'dialog-buttons' }, close),
  );
  document.body.append(dlg);
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  dlg.showModal();

  const names = (sets: { name: string }[]) =>
    sets.map((g) => goalSetName(g.name)).join(t.sep.list) || h.none;
  const matches = (o: Observation | null) =>
    !!o && o.district === ui.district && o.indicator === ui.indicator && o.scope === ui.scope;
  const render = (records: HistoryRecord[]) => {
    const items: HTMLElement[] = [];
    for (const r of records) {
      const rows = onlyCell.checked
        ? r.rows.filter((c) => matches(c.before) || matches(c.after))
        : r.rows;
      if (onlyCell.checked && rows.length === 0) continue;
      const when = formatDateTime(r.t);
      const li = el(
        'li',
        { class: 'history-item' },
        el(
          'div',
          { class: 'history-head' },
          el('span', { class: `tag tag-${r.source}` }, h.source[r.source] ?? r.source),
          ` ${changeText(r.label, catalog)} `,
          el('time', {}, when),
        ),
      );
      const ul = el('ul', {});
      for (const c of rows.slice(0, 30)) {
        const revert = el('button', { type: 'button', class: 'small' }, h.revert);
        revert.onclick = () => {
          sv.store.update((s) => revertRow(s, c));
          void historyRecords(sv).then(render);
        };
        ul.append(el('li', {}, describe(c.before, c.after, catalog), ' ', revert));
      }
      // Huge imports are logged by their first cells; the count includes the ones left out.
      const more =
        rows.length - Math.min(rows.length, 30) + (onlyCell.checked ? 0 : (r.omitted ?? 0));
      if (more > 0) ul.append(el('li', { class: 'muted' }, h.more(more)));
      if (r.goalSets && !onlyCell.checked) {
        const revert = el('button', { type: 'button', class: 'small' }, h.revert);
        const { before } = r.goalSets;
        const change = r.goalSets;
        revert.onclick = () => sv.store.update((s) => revertGoalSets(s, change));
        ul.append(el('li', {}, h.goalSets(names(before), names(r.goalSets.after)), ' ', revert));
      }
      li.append(ul);
      items.push(li);
    }
    list.replaceChildren(...(items.length ? items : [el('li', { class: 'muted' }, h.empty)]));
  };
  onlyCell.addEventListener('change', () => void historyRecords(sv).then(render));
  render(await historyRecords(sv));
}
