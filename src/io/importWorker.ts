// Worker wrapper so a 100,000-row file never freezes the page.
import type { ImportContext } from '../model/importPlan';
import { prepareImport, type PrepareOptions } from './prepare';

export interface WorkerRequest {
  bytes: ArrayBuffer;
  opt: PrepareOptions;
  ctx: { catalog: [string, unknown][]; districts: string[] };
}

// Problems come back as codes: the page words them, so the worker needs no language.
// A throw is said as 'failed', so the page reads the file itself instead of waiting forever.
self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { bytes, opt, ctx } = e.data;
  const context = { catalog: new Map(ctx.catalog), districts: ctx.districts } as ImportContext;
  prepareImport(new Uint8Array(bytes), opt, context, (phase, done, total) =>
    self.postMessage({ type: 'progress', phase, done, total }),
  ).then(
    (result) => self.postMessage({ type: 'done', result }),
    () => self.postMessage({ type: 'failed' }),
  );
};
