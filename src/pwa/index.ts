// Offline support: service worker registration (prompt mode), persistent storage, build info.
// The page never reloads by itself: a new version waits until the user calls apply().
import { registerSW } from 'virtual:pwa-register';

export const APP_VERSION: string = __APP_VERSION__;
/** YYYY-MM-DD (UTC) of the build. */
export const BUILD_DATE: string = __BUILD_DATE__;

export interface PwaOptions {
  /**
   * A new version is installed and waiting. `apply()` activates it and reloads the page;
   * call it only when nothing is being edited (see showUpdateBanner). May be called more than once.
   */
  onNeedRefresh(apply: () => Promise<void>): void;
  /** The app shell is cached: from now on the app opens offline. */
  onOfflineReady?(): void;
}

const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** If the new worker has not taken control by then, reload anyway. */
const APPLY_TIMEOUT_MS = 5000;

let started = false;

export function initPwa(opts: PwaOptions): void {
  if (started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  started = true;

  let registration: ServiceWorkerRegistration | undefined;
  let applying = false;
  const reload = () => {
    applying = true;
    location.reload();
    return Promise.resolve();
  };

  const apply = async (): Promise<void> => {
    if (applying) return;
    applying = true;
    if (!registration?.waiting) {
      // Nothing waiting any more (another tab already activated it): the new version is active.
      location.reload();
      return;
    }
    // Sends SKIP_WAITING; the 'controlling' event then calls onNeedReload below.
    await updateSW();
    setTimeout(() => location.reload(), APPLY_TIMEOUT_MS);
  };

  const updateSW = registerSW({
    onNeedRefresh: () => opts.onNeedRefresh(apply),
    onOfflineReady: () => opts.onOfflineReady?.(),
    // The new worker took control. Reload only if this page asked for it; when another tab
    // applied the update, keep this page as it is and offer a plain reload instead.
    onNeedReload: () => {
      if (applying) location.reload();
      else opts.onNeedRefresh(reload);
    },
    onRegisteredSW: (_url, r) => {
      registration = r;
      if (!r) return;
      setInterval(() => {
        if (navigator.onLine && document.visibilityState === 'visible' && !r.installing)
          r.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError: (e: unknown) => console.warn('Service worker registration failed', e),
  });
}

/** True when a service worker controls this page, i.e. a reload works offline. */
export function isOfflineCapable(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
}

/**
 * Asks the browser not to evict this origin's data (IndexedDB) under storage pressure.
 * Resolves false when refused or unsupported; never rejects.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

export interface StorageInfo {
  /** null: the browser cannot tell (StorageManager missing, e.g. an insecure origin). */
  persisted: boolean | null;
  /** Bytes used by this origin, or null when unknown. */
  usage: number | null;
  /** Bytes this origin may use, or null when unknown. */
  quota: number | null;
}

export async function storageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return {
    persisted,
    usage: typeof estimate?.usage === 'number' ? estimate.usage : null,
    quota: typeof estimate?.quota === 'number' ? estimate.quota : null,
  };
}
