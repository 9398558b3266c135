// Tabs that do not replicate still show what the leading tab knows: kept versions, refused and
// rejected documents, the user. The leader posts them on a BroadcastChannel whenever they change
// (and when a tab asks); the others take them, keeping their own status (otherTab).
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import { setSyncInfo } from '../state/syncActions';
import type { RefusedDoc, RejectedDoc, SyncConflict } from '../state/syncInfo';

interface Shared {
  type: 'info';
  user: string;
  conflicts: [string, SyncConflict][];
  refused: RefusedDoc[];
  rejected: RejectedDoc[];
}
type Message = Shared | { type: 'ask' };

export interface TabShare {
  close(): void;
}

export function shareWithTabs(
  name: string,
  store: Store<AppState>,
  leading: () => boolean,
): TabShare {
  if (typeof BroadcastChannel === 'undefined') return { close: () => {} };
  const channel = new BroadcastChannel(`sync-info:${name}`);
  const post = () => {
    const { user, conflicts, refused, rejected } = store.getState().sync;
    const msg: Shared = {
      type: 'info',
      user,
      conflicts: [...conflicts],
      refused: [...refused],
      rejected: [...rejected],
    };
    channel.postMessage(msg);
  };
  const off = store.subscribe((s, prev) => {
    if (!leading()) return;
    const a = s.sync;
    const b = prev.sync;
    if (
      a.conflicts !== b.conflicts ||
      a.refused !== b.refused ||
      a.rejected !== b.rejected ||
      a.user !== b.user
    )
      post();
  });
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m.type === 'ask') {
      if (leading()) post();
    } else if (!leading())
      store.update((s) =>
        setSyncInfo(s, {
          user: m.user,
          conflicts: new Map(m.conflicts),
          refused: m.refused,
          rejected: m.rejected,
        }),
      );
  };
  channel.postMessage({ type: 'ask' } satisfies Message);
  return {
    close() {
      off();
      channel.close();
    },
  };
}
