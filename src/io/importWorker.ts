// Worker wrapper so a 100,000-row file never freezes the page.
import { prepareImport, type PrepareOptions } from './prepare';
import { contextFromMessage, type ContextMessage } from './workerContext';
import { phaseClock } from './timing';
import { packedWith, packPlan, rowPacker, transferables, type RowPacker } from './packPlan';

export interface WorkerRequest {
  bytes: ArrayBuffer;
  opt: PrepareOptions;
  ctx: ContextMessage;
  /** When the page sent it (absolute ms): the worker's start-up is timed from here. */
  sent?: number;
}

// Problems come back as codes: the page words them, so the worker needs no language.
// A throw is said as 'failed', so the page reads the file itself instead of waiting forever.
self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { bytes, opt, ctx, sent } = e.data;
  const clock = phaseClock(sent);
  // The check writes the accepted rows straight into columns (see packPlan): the page rebuilds
  // them far faster than a clone, and no row object is made here. The plan returned is the one
  // built last, so its rows are in the last packer.
  let packer: RowPacker | undefined;
  const progress = (phase: 'decode' | 'parse' | 'check', done: number, total: number) => {
    clock.phase(phase);
    self.postMessage({ type: 'progress', phase, done, total });
  };
  prepareImport(new Uint8Array(bytes), opt, contextFromMessage(ctx), progress, () => {
    packer = rowPacker();
    return packer;
  }).then(
    (result) => {
      clock.phase('pack');
      const plan = !result.ok
        ? null
        : packer
          ? packedWith(result.value.plan, packer)
          : packPlan(result.value.plan);
      const sent = result.ok && plan ? { ...result, value: { ...result.value, plan } } : result;
      clock.phase('post');
      const timing = clock.marks();
      self.postMessage(
        { type: 'done', result: sent, timing },
        { transfer: plan ? transferables(plan) : [] },
      );
    },
    () => self.postMessage({ type: 'failed' }),
  );
};
