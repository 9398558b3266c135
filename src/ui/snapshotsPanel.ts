// 快照: named versions, made by hand or automatically before imports, resets and restores.
import { restoreState } from '../state/historyActions';
import { say } from '../state/state';
import { confirmDialog } from './dialog';
import { el } from './el';
import { KEEP_AUTO_SNAPSHOTS, takeSnapshot, type Services } from './services';

export async function openSnapshotsPanel(sv: Services): Promise<void> {
  const db = sv.db();
  const dlg = el('dialog', { class: 'app-dialog side-panel', 'aria-label': '快照' });
  const name = el('input', { name: 'snapshotName', 'aria-label': '快照名称', value: '会前版本' });
  const save = el('button', { type: 'button', class: 'primary' }, '保存当前为快照');
  const list = el('ol', { class: 'snapshot-list' });
  const close = el('button', { type: 'button' }, '关闭');
  dlg.append(
    el('h2', {}, '快照'),
    el('div', { class: 'inline-form' }, name, save),
    el(
      'p',
      { class: 'muted' },
      `导入、恢复初始数据和恢复快照之前会自动保存快照。自动快照只保留最近 ${KEEP_AUTO_SNAPSHOTS} 个；手动快照不会被自动删除。`,
    ),
    list,
    el('div', { class: 'dialog-buttons' }, close),
  );
  document.body.append(dlg);
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  dlg.showModal();
  if (!db) {
    list.replaceChildren(el('li', {}, '浏览器存储不可用，无法保存快照。请使用“导出备份”。'));
    save.disabled = true;
    return;
  }

  const render = async () => {
    const snaps = await db.snapshots();
    list.replaceChildren(
      ...(snaps.length
        ? snaps.map((m) => {
            const restore = el('button', { type: 'button' }, '恢复');
            const del = el('button', { type: 'button' }, '删除');
            restore.onclick = async () => {
              if (
                !(await confirmDialog(
                  `用快照“${m.name}”替换当前数据？当前数据会先自动保存为快照。`,
                ))
              )
                return;
              const data = await db.loadSnapshot(m.id as number);
              if (!data) return sv.store.update((s) => say(s, 'error', '快照数据不存在'));
              await takeSnapshot(sv, `恢复“${m.name}”之前`, true);
              sv.store.update((s) =>
                restoreState(
                  s,
                  data.observations,
                  data.goalSets,
                  data.catalog,
                  `恢复快照“${m.name}”`,
                ),
              );
              await sv.persistence()?.flush();
              await render();
            };
            del.onclick = async () => {
              if (!(await confirmDialog(`删除快照“${m.name}”？`))) return;
              await db.deleteSnapshot(m.id as number);
              await render();
            };
            return el(
              'li',
              { class: 'snapshot-item' },
              el('strong', {}, m.name),
              ' ',
              el(
                'span',
                { class: `tag ${m.auto ? 'tag-auto' : 'tag-manual'}` },
                m.auto ? '自动' : '手动',
              ),
              ' ',
              el('time', {}, new Date(m.t).toLocaleString('zh-CN', { hour12: false })),
              ` · ${m.rows} 行 `,
              restore,
              ' ',
              del,
            );
          })
        : [el('li', { class: 'muted' }, '还没有快照')]),
    );
  };
  save.onclick = async () => {
    const n = name.value.trim();
    if (!n) return;
    if (await takeSnapshot(sv, n, false))
      sv.store.update((s) => say(s, 'info', `已保存快照“${n}”`));
    await render();
  };
  await render();
}
