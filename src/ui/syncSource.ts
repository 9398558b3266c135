// 来源 for a cell two planners changed while apart: every kept version with who and when, and
// a button to use it (an undoable change that settles the cell on every replica).
import { obsDocId } from '../model/syncIds';
import type { Observation } from '../model/types';
import type { AppState } from '../state/state';
import { el } from './el';
import type { Services } from './services';
import { t } from './strings';
import { chooseVersion } from './syncSession';
import { versionText, whoWhen } from './syncWords';

export function syncVersionParts(s: AppState, o: Observation, sv: Services): HTMLElement[] {
  if (!s.sync.conflicts.size) return [];
  const id = obsDocId(o);
  const conflict = s.sync.conflicts.get(id);
  if (!conflict) return [];
  const w = t.sync.source;
  return [
    el('p', { class: 'source-sync-conflict' }, w.head),
    el(
      'ul',
      { class: 'sync-versions', 'data-doc': id },
      ...conflict.versions.map((v) => {
        const use = el('button', { type: 'button', class: 'small' }, w.choose);
        use.onclick = () => void chooseVersion(sv.store, id, v.rev);
        return el(
          'li',
          { 'data-rev': v.rev },
          el('strong', {}, versionText(id, v, s.catalog)),
          ` · ${whoWhen(v)} `,
          v.winner ? el('span', { class: 'tag' }, w.shown) : '',
          ' ',
          use,
        );
      }),
    ),
  ];
}
