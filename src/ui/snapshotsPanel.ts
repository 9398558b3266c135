// 快照: named versions, made by hand or automatically before imports, resets and restores.
import { readSnapshotData } from '../model/backup';
import { restoreWithGroups } from '../state/historyActions';
import { builtIns } from './formulaDialog';
import { shownText } from '../state/messages';
import { say } from '../state/state';
import { confirmDialog } from './dialog';
import { el } from './el';
import { formatDateTime } from '../i18n';
import { snapshotName } from '../i18n/messages';
import { KEEP_AUTO_SNAPSHOTS, takeSnapshot, type Services } from './services';
import { t } from './strings';
import { problemText } from '../i18n/problems';

export async function openSnapshotsPanel(sv: Services): Promise<void> {
  const db = sv.db();
  const sn = t.snap;
  const dlg = el('dialog', { class: 'app-dialog side-panel', 'aria-label': t.snapshots });
  const name = el('input', { name: 'snapshotName', 'aria-label': sn.name, value: sn.defaultName });
  const save = el('button', { type: 'button', class: 'primary' }, sn.save);
  const list = el('ol', { class: 'snapshot-list' });
  const close = el('button', { type: 'button' }, t.close);
  dlg.append(
    el('h2', {}, t.snapshots),
    el('div', { class: 'inline-form' }, name, save),
    el('p', { class: 'muted' }, sn.note(KEEP_AUTO_SNAPSHOTS)),
    list,
    el('div', { class: 'dialog-buttons' }, close),
  );
  document.body.append(dlg);
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  dlg.showModal();
  if (!db) {
    list.replaceChildren(el('li', {}, sn.noStorage));
    save.disabled = true;
    return;
  }

  const render = async () => {
    const snaps = await db.snapshots();
    list.replaceChildren(
      ...(snaps.length
        ? snaps.map((m) => {
            const restore = el('button', { type: 'button' }, sn.restore);
            const del = el('button', { type: 'button' }, sn.delete);
            const shown = snapshotName(m.name);
            restore.onclick = async () => {
              if (!(await confirmDialog(sn.confirmRestore(shown)))) return;
              const raw = await db.loadSnapshot(m.id as number);
              if (!raw) return sv.store.update((s) => say(s, 'error', shownText(sn.missing)));
              // Restored whole or not at all: unreadable data, or no snapshot of what it replaces, stops it.
              const r = readSnapshotData(raw, sv.store.getState().catalog);
              if (!r.ok)
                return sv.store.update((s) => say(s, 'error', shownText(problemText(r.reason))));
              const data = r.value;
              if (!(await takeSnapshot(sv, { code: 'beforeRestore', name: m.name }, true)))
                return sv.store.update((s) => say(s, 'error', shownText(sn.notRestored)));
              sv.store.update((s) =>
                restoreWithGroups(
                  s,
                  data,
                  { code: 'restoreSnapshot', name: m.name },
                  {
                    builtIn: builtIns(),
                  },
                ),
              );
              await sv.persistence()?.flush();
              await render();
            };
            del.onclick = async () => {
              if (!(await confirmDialog(sn.confirmDelete(shown)))) return;
              await db.deleteSnapshot(m.id as number);
              await render();
            };
            return el(
              'li',
              { class: 'snapshot-item' },
              el('strong', {}, shown),
              ' ',
              el(
                'span',
                { class: `tag ${m.auto ? 'tag-auto' : 'tag-manual'}` },
                m.auto ? sn.auto : sn.manual,
              ),
              ' ',
              el('time', {}, formatDateTime(m.t)),
              ` · ${sn.rows(m.rows)} `,
              restore,
              ' ',
              del,
            );
          })
        : [el('li', { class: 'muted' }, sn.empty)]),
    );
  };
  save.onclick = async () => {
    const n = name.value.trim();
    if (!n) return;
    if (await takeSnapshot(sv, n, false))
      sv.store.update((s) => say(s, 'info', shownText(sn.saved(n))));
    await render();
  };
  await render();
}
