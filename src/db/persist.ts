// Persistence as a store subscriber: collects what changed, writes it after a short pause,
// flushes when the page is hidden, and keeps retrying (without losing edits) when a write fails.
import { changedDistricts } from '../model/table';
import type { AppState } from '../state/state';
import { say } from '../state/state';
import type { Store } from '../state/store';
import { isQuotaError, type Db, type Write } from './db';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface Persistence {
  /** Writes what is pending now; resolves false when the write failed (it will be retried). */
  flush(): Promise<boolean>;
  stop(): void;
}

export function persistedUi(s: AppState) {
  return s.ui;
}

export function connectPersistence(
  store: Store<AppState>,
  db: Db,
  opts: { delayMs?: number; onStatus?: (s: SaveStatus) => void } = {},
): Persistence {
  const delay = opts.delayMs ?? 250;
  const dirty = new Set<string>();
  let goalSets = false;
  let ui = false;
  let catalog = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> | null = null;
  let failures = 0;
  const status = (s: SaveStatus) => opts.onStatus?.(s);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.table !== prev.table) for (const d of changedDistricts(prev.table, s.table)) dirty.add(d);
    if (s.goalSets !== prev.goalSets) goalSets = true;
    if (s.ui !== prev.ui) ui = true;
    if (s.catalog !== prev.catalog) catalog = true;
    if (dirty.size || goalSets || ui || catalog) schedule(delay);
  });

  function schedule(ms: number) {
    status('pending');
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  async function writeOnce(): Promise<boolean> {
    if (!dirty.size && !goalSets && !ui && !catalog) {
      status('saved');
      return true;
    }
    const s = store.getState();
    const districts = [...dirty];
    const w: Write = { chunks: new Map(districts.map((d) => [d, s.table.chunks.get(d) ?? null])) };
    if (goalSets) w.goalSets = s.goalSets;
    if (ui) w.ui = persistedUi(s);
    if (catalog) w.catalog = [...s.catalog.values()];
    const flags = { goalSets, ui, catalog };
    dirty.clear();
    goalSets = ui = catalog = false;
    status('saving');
    try {
      await db.write(w);
      failures = 0;
      status(dirty.size || goalSets || ui ? 'pending' : 'saved');
      return true;
    } catch (e) {
      // Put the work back so the next attempt carries it; the edits stay in memory.
      for (const d of districts) dirty.add(d);
      goalSets ||= flags.goalSets;
      ui ||= flags.ui;
      catalog ||= flags.catalog;
      failures++;
      status('error');
      const text = isQuotaError(e)
        ? '存储空间已满：最近的修改仍在内存中，将自动重试。请尽快导出备份或清理浏览器存储。'
        : `保存失败（${e instanceof Error ? e.message : String(e)}），修改仍在内存中，将自动重试。`;
      if (failures === 1 || failures % 5 === 0) store.update((st) => say(st, 'error', text));
      schedule(Math.min(30_000, 1000 * 2 ** Math.min(failures, 5)));
      return false;
    }
  }

  function flush(): Promise<boolean> {
    if (timer) clearTimeout(timer);
    timer = null;
    // Chain writes so two flushes never interleave.
    running = (running ?? Promise.resolve()).then(writeOnce, writeOnce);
    return running;
  }

  return {
    flush,
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
