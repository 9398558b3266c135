// Worker wrapper so a 100,000-row file never freezes the page.
import { prepareImport, type PrepareOptions } from './prepare';
import { contextFromMessage, type ContextMessage } from './workerContext';
import { phaseClock } from './timing';
import { packPlan, transferables } from './packPlan';

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
  prepareImport(new Uint8Array(bytes), opt, contextFromMessage(ctx), (phase, done, total) => {
    clock.phase(phase);
    self.postMessage({ type: 'progress', phase, done, total });
  }).then(
    (result) => {
      clock.phase('pack');
      // The rows go as columns (see packPlan): the page rebuilds them far faster than a clone.
      const plan = result.ok ? packPlan(result.value.plan) : null;
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
