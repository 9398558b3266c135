// «关于 / 存储»: version, build date, persistent storage, space used, offline state.
import { formatBytes, formatPercent } from '../pwa/format';
import {
  APP_VERSION,
  BUILD_DATE,
  isOfflineCapable,
  requestPersistentStorage,
  storageInfo,
  type StorageInfo,
} from '../pwa';
import { el } from './el';
import { t } from './strings';
import './about.css';

function persistedText(p: boolean | null): string {
  return p === null ? t.aboutUi.unsupported : p ? t.aboutUi.yes : t.aboutUi.no;
}

function usageText(info: StorageInfo): string {
  const { usage, quota } = info;
  if (usage === null && quota === null) return t.aboutUi.unsupported;
  const used = usage === null ? t.aboutUi.unknown : formatBytes(usage);
  if (quota === null) return used;
  const both = `${used} / ${formatBytes(quota)}`;
  return usage === null ? both : t.paren(both, formatPercent(usage, quota));
}

export function openAboutDialog(extra?: { rows?: [string, string][] }): Promise<void> {
  const a = t.aboutUi;
  const persisted = el('span', { 'data-field': 'persisted' }, '…');
  const persistButton = el('button', { type: 'button', disabled: '' }, a.requestPersist);
  const usage = el('span', { 'data-field': 'usage' }, '…');
  const status = el('p', { class: 'about-status', role: 'status' });
  const close = el('button', { type: 'button', class: 'primary' }, t.close);

  const row = (label: string, ...value: (Node | string)[]) => [
    el('dt', {}, label),
    el('dd', {}, ...value),
  ];
  const list = el(
    'dl',
    { class: 'about-rows' },
    ...row(a.version, APP_VERSION),
    ...row(a.buildDate, BUILD_DATE),
    ...row(a.persisted, persisted, persistButton),
    ...row(a.usage, usage),
    ...row(a.offline, isOfflineCapable() ? a.yes : a.no),
    ...(extra?.rows ?? []).flatMap(([label, value]) => row(label, value)),
  );
  const dlg = el(
    'dialog',
    { class: 'app-dialog about-dialog', 'aria-label': a.title },
    el('h2', {}, a.title),
    list,
    status,
    el('div', { class: 'dialog-buttons' }, close),
  );

  const refresh = async () => {
    const info = await storageInfo();
    persisted.textContent = persistedText(info.persisted);
    persisted.dataset.value = String(info.persisted);
    persistButton.disabled = info.persisted !== false;
    usage.textContent = usageText(info);
  };
  persistButton.addEventListener('click', () => {
    persistButton.disabled = true;
    status.textContent = '';
    void requestPersistentStorage()
      .then((granted) => {
        if (!granted) status.textContent = a.denied;
        return refresh();
      })
      .catch(() => undefined);
  });

  document.body.append(dlg);
  return new Promise((resolve) => {
    close.addEventListener('click', () => dlg.close());
    dlg.addEventListener('close', () => {
      dlg.remove();
      resolve();
    });
    dlg.showModal();
    close.focus();
    refresh().catch(() => {
      persisted.textContent = persistedText(null);
      usage.textContent = a.unsupported;
    });
  });
}
