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
import './about.css';

const TITLE = '关于 / 存储';

function persistedText(p: boolean | null): string {
  return p === null ? '浏览器不支持' : p ? '是' : '否';
}

function usageText(info: StorageInfo): string {
  const { usage, quota } = info;
  if (usage === null && quota === null) return '浏览器不支持';
  const used = usage === null ? '未知' : formatBytes(usage);
  if (quota === null) return used;
  const pct = usage === null ? '' : `（${formatPercent(usage, quota)}）`;
  return `${used} / ${formatBytes(quota)}${pct}`;
}

export function openAboutDialog(extra?: { rows?: [string, string][] }): Promise<void> {
  const persisted = el('span', { 'data-field': 'persisted' }, '…');
  const persistButton = el('button', { type: 'button', disabled: '' }, '申请持久存储');
  const usage = el('span', { 'data-field': 'usage' }, '…');
  const status = el('p', { class: 'about-status', role: 'status' });
  const close = el('button', { type: 'button', class: 'primary' }, '关闭');

  const row = (label: string, ...value: (Node | string)[]) => [
    el('dt', {}, label),
    el('dd', {}, ...value),
  ];
  const list = el(
    'dl',
    { class: 'about-rows' },
    ...row('版本', APP_VERSION),
    ...row('构建日期', BUILD_DATE),
    ...row('持久存储', persisted, persistButton),
    ...row('已用空间', usage),
    ...row('离线可用', isOfflineCapable() ? '是' : '否'),
    ...(extra?.rows ?? []).flatMap(([label, value]) => row(label, value)),
  );
  const dlg = el(
    'dialog',
    { class: 'app-dialog about-dialog', 'aria-label': TITLE },
    el('h2', {}, TITLE),
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
        if (!granted)
          status.textContent =
            '浏览器未同意持久存储。把本应用安装到桌面或加入书签并常用后，可再申请一次。';
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
      usage.textContent = '浏览器不支持';
    });
  });
}
