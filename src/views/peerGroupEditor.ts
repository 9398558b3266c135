// 自定义比较组: create, rename and delete the planner's peer groups and tick their member
// districts. Edits the group chosen under 比较范围; every change is one undo step.
import { districtName, t } from '../i18n';
import { messageText } from '../i18n/messages';
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import {
  createPeerGroup,
  deletePeerGroup,
  renamePeerGroup,
  togglePeerMember,
} from '../state/peerGroupActions';
import { confirmDialog, promptDialog } from './dialog';
import { el } from './el';
import '../i18n/features/peersView';

export function peerGroupEditor(store: Store<AppState>): {
  root: HTMLElement;
  update(s: AppState): void;
} {
  const body = el('div', { class: 'pg-body' });
  const root = el(
    'details',
    { class: 'peer-editor' },
    el('summary', {}, t.peersView.editor.title),
    body,
  );
  let last: unknown[] = [];
  const up = (fn: (s: AppState) => AppState) => store.update(fn);
  /**
   * Asks for a name; when the action refuses it, asks again with the reason and the name as
   * typed, so nothing typed is lost.
   */
  const ask = (label: string, value: string, act: (s: AppState, name: string) => AppState) =>
    void promptDialog(label, value).then((name) => {
      if (name === null) return;
      const before = store.getState();
      up((st) => act(st, name));
      const after = store.getState();
      const m = after.message;
      if (after.peerGroups === before.peerGroups && m !== before.message && m?.kind === 'error')
        ask(`${messageText(m.msg, after.catalog)}${t.sep.clause}${label}`, name, act);
    });

  root.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const id = store.getState().ui.peerGroup;
    if (box.dataset.member !== undefined)
      up((s) => togglePeerMember(s, id, box.dataset.member ?? '', box.checked));
  });
  root.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-pg]')?.dataset.pg;
    const s = store.getState();
    const group = s.peerGroups.find((g) => g.id === s.ui.peerGroup);
    if (action === 'new')
      // No name offered: a name the app offered would be stored in the interface's language.
      ask(t.peersView.editor.name, '', (st, name) => createPeerGroup(st, name));
    else if (action === 'rename' && group)
      ask(t.peersView.editor.renamePrompt, group.name, (st, name) =>
        renamePeerGroup(st, group.id, name),
      );
    else if (action === 'delete' && group)
      void confirmDialog(t.peersView.editor.deleteConfirm(group.name)).then(
        (yes) => yes && up((st) => deletePeerGroup(st, group.id)),
      );
  });

  return {
    root,
    update(s) {
      const inputs = [s.peerGroups, s.ui.peerGroup, s.districts];
      if (inputs.every((x, i) => x === last[i])) return;
      last = inputs;
      const group = s.peerGroups.find((g) => g.id === s.ui.peerGroup);
      const button = (action: string, text: string) =>
        el('button', { type: 'button', 'data-pg': action }, text);
      const parts: (Node | string)[] = [
        el(
          'div',
          { class: 'pg-actions' },
          button('new', t.peersView.editor.new),
          ...(group
            ? [
                button('rename', t.peersView.editor.rename),
                button('delete', t.peersView.editor.delete),
              ]
            : []),
        ),
      ];
      if (!group)
        parts.push(
          el(
            'p',
            { class: 'muted' },
            s.peerGroups.length ? t.peersView.editor.builtIn : t.peersView.editor.none,
          ),
        );
      else {
        const members = new Set(group.members);
        // Members the workbook no longer has stay listed, so they can be taken out.
        const all = [...s.districts, ...group.members.filter((d) => !s.districts.includes(d))];
        parts.push(
          el(
            'fieldset',
            { class: 'pg-members' },
            el('legend', {}, `${t.peersView.editor.members}（${group.name}）`),
            ...all.map((d) => {
              const box = el('input', { type: 'checkbox', 'data-member': d });
              box.checked = members.has(d);
              return el('label', { class: 'pg-member' }, box, districtName(d));
            }),
          ),
        );
      }
      body.replaceChildren(...parts);
    },
  };
}
