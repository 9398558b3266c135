// Entry: start the workbook, then the offline shell (which never reloads by itself).
import './ui/app.css';
import { APP_VERSION, initPwa, requestPersistentStorage } from './pwa';
import { showUpdateBanner } from './pwa/updateBanner';
import { openAboutDialog } from './ui/aboutDialog';
import { startApp } from './ui/app';

import { detectLang, LANG_KEY, loadLang, setLang, t } from './i18n';
// Last: Handsontable's core CSS comes after all other CSS (see there).
import './grid/coreCss';

// Language first, so every view is built in it.
const lang = detectLang(location.search, localStorage.getItem(LANG_KEY));
const root = document.querySelector<HTMLElement>('#app');
if (root) {
  const app = loadLang(lang).then(() => {
    setLang(lang);
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t.appTitle;
    return startApp(root, {
      appVersion: APP_VERSION,
      openAbout: (rows) => void openAboutDialog({ rows }),
      loadDeck: () => import('./present/deck'),
    });
  });
  let isEditing = () => false;
  // A start that fails (e.g. the English strings' chunk is gone after a deploy) says so.
  app.catch((e: unknown) => {
    console.error(e);
    root.textContent = t.lazy.startFailed(e instanceof Error ? e.message : String(e));
  });
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
          if (a && !(await a.flush())) throw new Error(t.update.unsaved);
          await apply();
        },
        () => isEditing(),
      ),
    // Offline readiness is shown in 关于与存储, not as a toast that could hide an edit's warning.
  });
}
