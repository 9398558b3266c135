// A quote with its number marked, and the button that opens its report at the passage: shared
// by the source panel (a stored value) and the trace panel (each input of a computed value).
import { reportText } from '../db/reports';
import { t } from '../i18n';
import { numberSpan } from '../model/provenance';
import { shownText } from '../state/messages';
import { say } from '../state/state';
import { el } from './el';
import { codeMissing, onDemand } from './lazy';
import type { Services } from './services';

/** The quote as text, with the number (`value`) wrapped in <mark>. */
export function quoteBlock(quote: string, value: number | null): HTMLElement {
  const span = numberSpan(quote, value);
  const block = el('blockquote', { class: 'source-quote verbatim', lang: 'zh-CN' });
  if (span)
    block.append(
      quote.slice(0, span[0]),
      el('mark', {}, quote.slice(span[0], span[1])),
      quote.slice(span[1]),
    );
  else block.append(quote);
  return block;
}

/** 打开报告原文: the report's text in the viewer, the quoted passage highlighted. */
export function openReportButton(
  sv: Services,
  source: string,
  quote: string,
  district: string,
): HTMLButtonElement {
  const open = el('button', { type: 'button' }, t.trace.openReport);
  open.onclick = async () => {
    // A seed report's text is itself loaded on demand, like the viewer.
    const text = await reportText(source, sv.db()).catch(async (e: unknown) => {
      await codeMissing(sv, 'seed report', e);
      return undefined;
    });
    if (text === undefined) return;
    if (!text) return sv.store.update((st) => say(st, 'error', shownText(t.trace.reportMissing)));
    const m = await onDemand(sv, 'reportViewer');
    m?.openReportViewer(source, text, quote, district);
  };
  return open;
}
