// Sharing in the first load: the status chip beside the save status, and starting the engine
// when this browser has sharing on. The engine and the dialog load on demand (never statically:
// src/firstLoad.test.ts).
import './sync.css';
import type { AppState } from '../state/state';
import type { SyncInfo, SyncStatus } from '../state/syncInfo';
import { el } from './el';
import { codeMissing, onDemand } from './lazy';
import type { Services } from './services';
import type { Shell } from './shell';
import { t } from './strings';
import { readSyncConfig } from './syncConfig';

type Session = typeof import('./syncSession');

/**
 * The chip's words ('' when sharing is off: the chip is hidden), and its look. Local changes
 * the server refused are never uploaded: while there are any, synced is not the truth.
 * A missing database is said in words: the server's code (no_db_file) means nothing to a planner.
 */
export function chipOf(info: Pick<SyncInfo, 'status' | 'rejected' | 'conflicts'>): {
  text: string;
  look: string;
} {
  const st = info.status;
  const refused = info.rejected[0];
  if (refused && (st.kind === 'synced' || st.kind === 'syncing'))
    return {
      text: t.sync.chip.denied(refused.detail || t.sync.reason[refused.reason]),
      look: 'denied',
    };
  // 已同步 alone would hide kept versions that wait for a planner's choice.
  if (st.kind === 'synced' && info.conflicts.size)
    return { text: t.sync.chip.syncedConflicts(info.conflicts.size), look: 'conflict' };
  return { text: chipText(st), look: st.kind };
}

/** The words for a status alone ('' when sharing is off). */
export function chipText(st: SyncStatus): string {
  const c = t.sync.chip;
  switch (st.kind) {
    case 'off':
      return '';
    case 'connecting':
      return c.connecting;
    case 'synced':
      return c.synced;
    case 'syncing':
      return c.syncing;
    case 'offline':
      return c.offline(st.pending);
    case 'denied':
      return st.reason === 'unauthorized'
        ? c.loggedOut(st.pending)
        : c.denied((st.reason !== 'notFound' && st.detail) || t.sync.reason[st.reason]);
    case 'otherTab':
      return c.otherTab;
  }
}

export interface Sharing {
  /** For window.__app (e2e and the bench). */
  testApi: {
    syncPending(): number;
    syncStarted(): boolean;
    showSyncInfo(patch: Partial<SyncInfo>): void;
  };
}

export function startSharing(shell: Shell, sv: Services): Sharing {
  const { store } = sv;
  let session: Session | null = null;
  const open = () => void onDemand(sv, 'syncDialog').then((m) => m?.openSyncDialog(sv));
  const button = el('button', { type: 'button', class: 'sync-chip', title: t.sync.chip.title });
  const chip = el('span', { class: 'sync-status', role: 'status', hidden: '' }, button);
  button.addEventListener('click', open);
  shell.saveStatus.after(chip);
  const show = (s: AppState) => {
    const { text, look } = chipOf(s.sync);
    chip.hidden = text === '';
    button.textContent = text;
    chip.dataset.status = look;
  };
  store.subscribe((s, prev) => s.sync !== prev.sync && show(s));
  show(store.getState());

  const config = readSyncConfig();
  if (config.on)
    import('./syncSession').then(
      (m) => {
        session = m;
        // A refusal (no session: 未登录) shows in the chip; only missing code is said here.
        m.startSharing(store, config.server).catch((e: unknown) => codeMissing(sv, 'sync', e));
      },
      (e: unknown) => codeMissing(sv, 'sync', e),
    );
  // The dialog may start sharing in a page that began without it: asked, the hooks fetch the
  // session module (the dialog's own) and answer from it on the next call.
  const ctl = () => {
    if (!session)
      void import('./syncSession').then(
        (m) => (session = m),
        () => undefined,
      );
    return session?.controller() ?? null;
  };
  return {
    testApi: {
      syncPending: () => ctl()?.pending() ?? 0,
      syncStarted: () => ctl() !== null,
      // The screens without a server or engine (their tests, screenshots).
      showSyncInfo: (patch) => store.update((s) => ({ ...s, sync: { ...s.sync, ...patch } })),
    },
  };
}
