// The page's way to write a workbook: in a module worker, so the page stays responsive.
import type { WriteReply } from './writeWorker';
import type { WorkbookSheet } from './writeWorkbook';

/** A written workbook, the writer's error, or `missing`: its code failed to load (or crashed). */
export type WriteResult = WriteReply | { ok: false; missing: unknown };

export function writeWorkbookInWorker(sheets: readonly WorkbookSheet[]): Promise<WriteResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./writeWorker.ts', import.meta.url), { type: 'module' });
  } catch (cause) {
    return Promise.resolve({ ok: false, missing: cause });
  }
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<WriteReply>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (cause) => {
      worker.terminate();
      resolve({ ok: false, missing: cause });
    };
    worker.postMessage(sheets);
  });
}
