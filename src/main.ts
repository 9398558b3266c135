// Entry: start the workbook, then the offline shell (which never reloads by itself).
import './ui/app.css';
import { APP_VERSION, initPwa, requestPersistentStorage } from './pwa';
import { showUpdateBanner } from './pwa/updateBanner';
import { say } from './state/state';
import { openAboutDialog } from './ui/aboutDialog';
import { startApp } from './ui/app';

const root = document.querySelector<HTMLElement>('#app');
if (root) {
  const app = startApp(root, {
    appVersion: APP_VERSION,
    openAbout: (rows) => void openAboutDialog({ rows }),
  });
  let isEditing = () => false;
  void app.then((a) => {
    isEditing = () => a.isEditing();
    // Ask the browser not to evict the workbook under storage pressure.
    void requestPersistentStorage();
  });
  initPwa({
    onNeedRefresh: (apply) =>
      showUpdateBanner(
        async () => {
          // Save first: the reload follows at once, and a page-hide save may not finish.
          const a = await app.catch(() => null);
          if (a && !(await a.flush())) throw new Error('有修改尚未保存，暂不重新加载');
          await apply();
        },
        () => isEditing(),
      ),
    onOfflineReady: () =>
      void app.then(({ store }) => store.update((s) => say(s, 'info', '已可离线使用'))),
  });
}
