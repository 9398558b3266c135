// Runs prepareImport in a module worker, falling back to the main thread where workers fail.
import type { ImportContext } from '../model/importPlan';
import { prepareImport, type PrepareOptions, type PrepareResult, type Progress } from './prepare';
import { contextMessage } from './workerContext';
import { absoluteNow, measurePhases, timed, type Mark } from './timing';
import { unpackPlan, type PackedPlan } from './packPlan';

export type { PrepareResult } from './prepare';

const startWorker = () =>
  new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead of the file, and whether it failed to load meanwhile. */
let spare: { worker: Worker; failed: boolean } | null = null;

/**
 * Starts the import worker before the file is read (its script loads and compiles while the
 * planner picks a file), for the next prepareInWorker to use.
 */
export function warmImportWorker(): void {
  if (spare) return;
  try {
    const s = { worker: startWorker(), failed: false };
    s.worker.onerror = () => {
      s.failed = true;
    };
    spare = s;
  } catch {
    spare = null;
  }
}

function takeWorker(): Worker {
  const s = spare;
  spare = null;
  if (s && !s.failed) return s.worker;
  s?.worker.terminate();
  return startWorker();
}

export function prepareInWorker(
  bytes: Uint8Array,
  opt: PrepareOptions,
  ctx: ImportContext,
  progress: Progress,
): Promise<PrepareResult> {
  let worker: Worker;
  try {
    worker = takeWorker();
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
        timing?: Mark[];
      }>,
    ) => {
      const received = absoluteNow();
      const data = e.data;
      if (data.type === 'progress') return progress(data.phase, data.done, data.total);
      worker.terminate();
      // The worker's phases, then the wait for this page and the reading of its message.
      if (data.timing) measurePhases('worker:', [...data.timing, ['received', received]]);
      measurePhases('', [
        ['deserialize', received],
        ['end', absoluteNow()],
      ]);
      if (data.type !== 'done') return resolve(prepareImport(bytes, opt, ctx, progress));
      const r = data.result;
      if (!r.ok || !('packed' in r.value.plan)) return resolve(r);
      const packed = r.value.plan as unknown as PackedPlan;
      resolve({ ok: true, value: { ...r.value, plan: timed('unpack', () => unpackPlan(packed)) } });
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(prepareImport(bytes, opt, ctx, progress));
    };
    const copy = bytes.slice().buffer;
    worker.postMessage({ bytes: copy, opt, ctx: contextMessage(ctx), sent: absoluteNow() }, [copy]);
  });
}
