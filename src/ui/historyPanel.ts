// 修改历史: every logged change, newest first, for the workbook or the selected cell.
import type { HistoryRecord } from '../db/db';
import type { Observation } from '../model/types';
import { revertGoalSets, revertRow } from '../state/historyActions';
import { el } from './el';
import { historyRecords, type Services } from './services';

const SOURCE: Record<string, string> = {
  edit: '编辑',
  paste: '粘贴',
  fill: '填充',
  import: '导入',
  undo: '撤销',
  redo: '重做',
  restore: '恢复',
  revert: '撤回',
  add: '新增',
  delete: '删除',
  goals: '目标集',
};
const KIND: Record<string, string> = { actual: '实际', target: '目标' };

const cellName = (o: Observation) =>
  `${o.district} · ${o.indicator}${o.scope ? `（${o.scope}）` : ''} · ${o.year} ${KIND[o.kind] ?? o.kind}`;
const shown = (o: Observation | null) =>
  o === null ? '（无）' : o.value === null ? '（空）' : `${o.qualifier}${o.value}`;

function describe(before: Observation | null, after: Observation | null): string {
  const o = (after ?? before) as Observation;
  if (!before) return `${cellName(o)}：新增 ${shown(after)}`;
  if (!after) return `${cellName(o)}：删除（原为 ${shown(before)}）`;
  const fields = (
    [
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
    ] as const
  ).filter((f) => before[f] !== after[f]);
  if (fields.length === 1 && fields[0] === 'value')
    return `${cellName(after)}：${shown(before)} → ${shown(after)}`;
  return `${cellName(after)}：${fields.map((f) => `${f} ${String(before[f])} → ${String(after[f])}`).join('，')}`;
}

export async function openHistoryPanel(sv: Services): Promise<void> {
  const dlg = el('dialog', { class: 'app-dialog side-panel', 'aria-label': '修改历史' });
  const onlyCell = el('input', { type: 'checkbox', name: 'onlyCell' });
  const ui = sv.store.getState().ui;
  const cellLabel = ui.indicator && ui.district ? `${ui.district} · ${ui.indicator}` : '';
  const list = el('ol', { class: 'history-list' });
  const close = el('button', { type: 'button' }, '关闭');
  dlg.append(
    el('h2', {}, '修改历史'),
    el(
      'label',
      { class: 'field' },
      onlyCell,
      cellLabel ? ` 只看所选单元格（${cellLabel}）` : ' 只看所选单元格（请先在表格中选择）',
    ),
    el(
      'p',
      { class: 'muted' },
      '每一次修改都会记录：单元格、原值 → 新值、时间和来源。可撤回任何一处修改。',
    ),
    list,
    el('div', { class: 'dialog-buttons' }, close),
  );
  document.body.append(dlg);
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  dlg.showModal();

  const matches = (o: Observation | null) =>
    !!o && o.district === ui.district && o.indicator === ui.indicator && o.scope === ui.scope;
  const render = (records: HistoryRecord[]) => {
    const items: HTMLElement[] = [];
    for (const r of records) {
      const rows = onlyCell.checked
        ? r.rows.filter((c) => matches(c.before) || matches(c.after))
        : r.rows;
      if (onlyCell.checked && rows.length === 0) continue;
      const when = new Date(r.t).toLocaleString('zh-CN', { hour12: false });
      const li = el(
        'li',
        { class: 'history-item' },
        el(
          'div',
          { class: 'history-head' },
          el('span', { class: `tag tag-${r.source}` }, SOURCE[r.source] ?? r.source),
          ` ${r.label} `,
          el('time', {}, when),
        ),
      );
      const ul = el('ul', {});
      for (const c of rows.slice(0, 30)) {
        const revert = el('button', { type: 'button', class: 'small' }, '撤回此修改');
        revert.onclick = () => {
          sv.store.update((s) => revertRow(s, c));
          void historyRecords(sv).then(render);
        };
        ul.append(el('li', {}, describe(c.before, c.after), ' ', revert));
      }
      if (rows.length > 30) ul.append(el('li', { class: 'muted' }, `…另有 ${rows.length - 30} 处`));
      if (r.goalSets && !onlyCell.checked) {
        const revert = el('button', { type: 'button', class: 'small' }, '撤回此修改');
        const before = r.goalSets.before;
        revert.onclick = () => sv.store.update((s) => revertGoalSets(s, before));
        ul.append(
          el(
            'li',
            {},
            `目标集：${before.map((g) => g.name).join('、') || '（无）'} → ${r.goalSets.after.map((g) => g.name).join('、') || '（无）'}`,
            ' ',
            revert,
          ),
        );
      }
      li.append(ul);
      items.push(li);
    }
    list.replaceChildren(...(items.length ? items : [el('li', { class: 'muted' }, '暂无记录')]));
  };
  onlyCell.addEventListener('change', () => void historyRecords(sv).then(render));
  render(await historyRecords(sv));
}
