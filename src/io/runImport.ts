// Runs prepareImport in a module worker, falling back to the main thread where workers fail.
import type { ImportContext } from '../model/importPlan';
import { prepareImport, type PrepareOptions, type PrepareResult, type Progress } from './prepare';
import { contextMessage } from './workerContext';

export type { PrepareResult } from './prepare';

export function prepareInWorker(
  bytes: Uint8Array,
  opt: PrepareOptions,
  ctx: ImportContext,
  progress: Progress,
): Promise<PrepareResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return prepareImport(bytes, opt, ctx, progress);
  }
  return new Promise((resolve) => {
    worker.onmessage = (
      e: MessageEvent<{
        type: string;
        phase: 'decode' | 'parse' | 'check';
        done: number;
        total: number;
        result: PrepareResult;
      }>,
    ) => {
      if (e.data.type === 'progress') progress(e.data.phase, e.data.done, e.data.total);
      else {
        worker.terminate();
        resolve(e.data.type === 'done' ? e.data.result : prepareImport(bytes, opt, ctx, progress));
      }
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(prepareImport(bytes, opt, ctx, progress));
    };
    const copy = bytes.slice().buffer;
    worker.postMessage({ bytes: copy, opt, ctx: contextMessage(ctx) }, [copy]);
  });
}
