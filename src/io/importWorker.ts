// Worker wrapper so a 100,000-row file never freezes the page.
import { loadLang, setLang, type Lang } from '../i18n';
import type { ImportContext } from '../model/importPlan';
import { prepareImport, type PrepareOptions } from './prepare';

export interface WorkerRequest {
  bytes: ArrayBuffer;
  opt: PrepareOptions;
  ctx: { catalog: [string, unknown][]; districts: string[] };
  /** The page's language: the worker has its own copy of the string tables. */
  lang: Lang;
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { bytes, opt, ctx, lang } = e.data;
  await loadLang(lang);
  setLang(lang);
  const context = { catalog: new Map(ctx.catalog), districts: ctx.districts } as ImportContext;
  const result = prepareImport(new Uint8Array(bytes), opt, context, (phase, done, total) =>
    self.postMessage({ type: 'progress', phase, done, total }),
  );
  self.postMessage({ type: 'done', result });
};
