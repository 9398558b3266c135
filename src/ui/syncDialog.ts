// 更多 → 共享（同步）…: the office server's address and a login, the status in words (what it
// means, what to do), and what needs a planner: kept versions to choose between, remote
// documents refused by the checks, local changes the server refused.
import './syncDialog.css';
import '../i18n/features/syncView';
import type { AppState } from '../state/state';
import type { DeniedReason, SyncInfo } from '../state/syncInfo';
import { el } from './el';
import type { Services } from './services';
import { t } from './strings';
import { checkDatabase, reachable, type DatabaseCheck } from './syncCheck';
import {
  addressProblem,
  cleanServerUrl,
  readSyncConfig,
  saveSyncConfig,
  type SyncConfig,
} from './syncConfig';
import { chooseVersion, controller, startSharing, stopSharing } from './syncSession';
import { chipOf } from './syncStart';
import { docTitle, refusedWords, versionText, whoWhen } from './syncWords';

/** The status explained: what it means and what to do. */
export function explain(info: SyncInfo): string {
  const x = t.syncView.explain;
  const st = info.status;
  switch (st.kind) {
    case 'off':
      return x.off;
    case 'connecting':
      return x.connecting;
    case 'synced':
      return x.synced;
    case 'syncing':
      return x.syncing(st.pending);
    case 'offline':
      return x.offline(st.pending);
    case 'denied':
      if (st.reason === 'unauthorized') return x.unauthorized;
      if (st.reason === 'notFound') return x.notFound;
      return st.reason === 'forbidden' ? x.forbidden(st.detail) : x.server(st.detail);
    case 'otherTab':
      return x.otherTab;
  }
}

/** A refusal's word, with the server's own reason text when it gave one. */
const reasonText = (reason: DeniedReason, detail: string) =>
  detail ? t.paren(t.sync.reason[reason], detail) : t.sync.reason[reason];

const field = (label: string, input: HTMLInputElement, hint = '') =>
  el('label', { class: 'field' }, el('span', {}, label), input, hint ? el('small', {}, hint) : '');

export function openSyncDialog(sv: Services): void {
  const { store } = sv;
  const v = t.syncView;
  const config = readSyncConfig();
  const server = el('input', {
    type: 'url',
    name: 'server',
    value: config.server || store.getState().sync.server,
    placeholder: 'http://office-server:5984/workbook',
    autocomplete: 'url',
  });
  const user = el('input', {
    name: 'user',
    value: config.user || store.getState().sync.user,
    autocomplete: 'username',
  });
  const password = el('input', {
    type: 'password',
    name: 'password',
    autocomplete: 'current-password',
  });
  const error = el('p', { class: 'sync-error', role: 'alert', hidden: '' });
  const login = el('button', { type: 'submit', class: 'primary' }, v.login);
  const form = el(
    'form',
    { class: 'sync-login', novalidate: '' },
    field(v.server, server, v.serverHint),
    el('div', { class: 'sync-creds' }, field(v.user, user), field(v.password, password)),
    el('p', { class: 'muted' }, v.passwordNote),
    error,
    el('div', { class: 'dialog-buttons' }, login),
  );
  const statusBox = el('section', { class: 'sync-state', 'aria-label': v.status });
  const lists = el('div', { class: 'sync-lists' });
  const close = el('button', { type: 'button' }, v.close);
  const dlg = el(
    'dialog',
    { class: 'app-dialog side-panel sync-dialog', 'aria-label': v.title },
    el('h2', {}, v.title),
    el('p', { class: 'muted' }, v.intro),
    statusBox,
    form,
    lists,
    el('div', { class: 'dialog-buttons' }, close),
  );

  const say = (text: string) => {
    error.textContent = text;
    error.hidden = text === '';
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = cleanServerUrl(server.value);
    if (!url) {
      const problem = addressProblem(server.value);
      return say(
        problem === 'noDatabase'
          ? v.error.noDatabaseInAddress
          : problem === 'systemDatabase'
            ? v.error.systemDatabase
            : v.error.server,
      );
    }
    if (!user.value.trim()) return say(v.error.user);
    if (!password.value) return say(v.error.password);
    say('');
    void logIn(url, user.value.trim(), password.value);
  });
  /** A check of the database that failed, in words. */
  const databaseWords = (c: Exclude<DatabaseCheck, { ok: true }>, url: string, name: string) => {
    if (c.problem === 'server') return v.error.login(t.paren(t.sync.reason.server, `${c.status}`));
    if (c.problem === 'noDatabase') return v.error.noDatabase(url);
    return c.problem === 'notMember' ? v.error.notMember(name) : v.error.unreachable(url);
  };
  /**
   * A login to an address not yet in use that failed: sharing is not turned on towards it; the
   * sharing that ran before (another address) runs on.
   */
  const putBack = async (before: SyncConfig) => {
    await stopSharing(store);
    if (before.on) void startSharing(store, before.server).catch(() => undefined);
  };
  const logIn = async (url: string, name: string, pass: string) => {
    const before = readSyncConfig();
    const inUse = before.on && before.server === url;
    login.disabled = true;
    login.textContent = v.loggingIn;
    try {
      // No answer at a new address: say so, and leave sharing as it was.
      if (!inUse && !(await reachable(url))) return say(v.error.unreachable(url));
      const ctl = await startSharing(store, url);
      const r = await ctl.login(name, pass);
      password.value = '';
      if (!r.ok) {
        if (!inUse) await putBack(before);
        // The server's 401 to POST /_session: the name or the password is wrong.
        return say(
          r.reason === 'unauthorized'
            ? v.error.wrongPassword
            : v.error.login(reasonText(r.reason, r.detail)),
        );
      }
      // Logged in to the server: the database itself must be there and open to this account.
      const db = await checkDatabase(url);
      if (!db.ok) {
        if (!inUse) await putBack(before);
        return say(databaseWords(db, url, name));
      }
      saveSyncConfig({ server: url, user: name, on: true });
      ctl.restart();
    } catch (e) {
      say(v.error.start(e instanceof Error ? e.message : String(e)));
    } finally {
      login.disabled = false;
      login.textContent = v.login;
      render(store.getState());
    }
  };

  let shownSync: SyncInfo | null = null;
  const render = (s: AppState) => {
    shownSync = s.sync;
    const info = s.sync;
    const on = info.status.kind !== 'off';
    const word = chipOf(info).text;
    const buttons: HTMLElement[] = [];
    if (on && controller()) {
      const logout = el('button', { type: 'button' }, v.logout);
      logout.onclick = () => void controller()?.logout();
      buttons.push(logout);
    }
    if (on || readSyncConfig().on) {
      const stop = el('button', { type: 'button' }, v.stop);
      stop.onclick = () => {
        saveSyncConfig({ ...readSyncConfig(), on: false });
        void stopSharing(store).then(() => render(store.getState()));
      };
      buttons.push(stop);
    }
    statusBox.dataset.status = info.status.kind;
    statusBox.replaceChildren(
      el(
        'p',
        { class: 'sync-word' },
        el('strong', {}, `${v.status}${t.sep.label}${word || v.offWord}`),
        on && info.server ? el('span', { class: 'muted' }, ` ${v.as(info.user, info.server)}`) : '',
      ),
      el('p', { class: 'sync-explain' }, explain(info)),
      buttons.length ? el('div', { class: 'sync-actions' }, ...buttons) : '',
    );
    lists.replaceChildren(...conflictList(s), ...refusedList(s), ...rejectedList(s));
  };

  const conflictList = (s: AppState): HTMLElement[] => {
    const all = [...s.sync.conflicts.values()];
    if (!all.length)
      return s.sync.status.kind === 'off' ? [] : [el('p', { class: 'muted' }, v.conflictsNone)];
    return [
      el('h3', {}, v.conflicts(all.length)),
      el('p', { class: 'muted' }, v.conflictsIntro),
      el(
        'ul',
        { class: 'sync-conflicts' },
        ...all.map((c) =>
          el(
            'li',
            { 'data-doc': c.id },
            el('strong', {}, docTitle(c, s.catalog)),
            el(
              'ul',
              { class: 'sync-versions' },
              ...c.versions.map((ver) => {
                const use = el('button', { type: 'button', class: 'small' }, t.sync.source.choose);
                use.onclick = () => void chooseVersion(store, c.id, ver.rev);
                return el(
                  'li',
                  { 'data-rev': ver.rev },
                  el('span', { class: 'sync-value' }, versionText(c.id, ver, s.catalog)),
                  ` · ${whoWhen(ver)} `,
                  ver.winner ? el('span', { class: 'tag' }, t.sync.source.shown) : '',
                  ' ',
                  use,
                );
              }),
            ),
          ),
        ),
      ),
    ];
  };
  const refusedList = (s: AppState): HTMLElement[] =>
    s.sync.refused.length
      ? [
          el('h3', {}, v.refused(s.sync.refused.length)),
          el('p', { class: 'muted' }, v.refusedIntro),
          el(
            'ul',
            { class: 'sync-refused' },
            ...s.sync.refused.map((r) => {
              const w = refusedWords(r, s.catalog);
              return el(
                'li',
                { 'data-doc': r.id },
                el('strong', {}, w.doc),
                el('span', { class: 'sync-problem' }, w.problem),
              );
            }),
          ),
        ]
      : [];
  const rejectedList = (s: AppState): HTMLElement[] =>
    s.sync.rejected.length
      ? [
          el('h3', {}, v.rejected(s.sync.rejected.length)),
          el(
            'ul',
            { class: 'sync-rejected' },
            ...s.sync.rejected.map((r) =>
              el(
                'li',
                { title: r.id },
                el('strong', {}, docTitle({ id: r.id, versions: [] }, s.catalog)),
                ` ${v.rejectedItem(reasonText(r.reason, r.detail))}`,
              ),
            ),
          ),
        ]
      : [];

  const off = store.subscribe((s) => s.sync !== shownSync && render(s));
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => {
    off();
    dlg.remove();
  });
  document.body.append(dlg);
  render(store.getState());
  dlg.showModal();
  (config.server ? (config.user ? password : user) : server).focus();
}
