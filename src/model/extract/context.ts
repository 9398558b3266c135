import { clean, type Context } from './names';
import { backTo, CLAUSE_BREAK, forwardTo, LABEL_BREAK, SENTENCE_END, type Span } from './text';
import type { Token } from './tokens';

// Putting it together: the words around each number (label, clause, words after, sentence).

/** “A、B分别达x、y”: the label of the n-th number after 分别, when the counts agree. */
function respectiveLabel(
  text: string,
  tok: Token,
  clauseStart: number,
  kept: readonly Token[],
): { near: string; wide: string } | null {
  const head = text.slice(clauseStart, tok.start);
  const at = Math.max(head.lastIndexOf('分别'), head.lastIndexOf('依次'));
  if (at < 0) return null;
  const listText = head.slice(0, at).replace(/\s/g, '');
  const labels = listText.split(/、|和|及|与/).filter((l) => l !== '');
  const clauseEnd = forwardTo(text, tok.start, text.length, CLAUSE_BREAK + SENTENCE_END);
  const run = kept.filter((t) => t.start > clauseStart + at && t.start < clauseEnd);
  const index = run.indexOf(tok);
  if (labels.length < 2 || labels.length !== run.length || index < 0) return null;
  return { near: labels[index] ?? '', wide: listText };
}

export function contextFor(
  text: string,
  tok: Token,
  sentence: Span,
  prevAfter: number,
  kept: readonly Token[],
  districts: readonly string[],
): Context {
  const clauseStart = backTo(text, tok.start, sentence.start, CLAUSE_BREAK);
  const respective = respectiveLabel(text, tok, clauseStart, kept);
  const labelStart = Math.max(backTo(text, tok.start, sentence.start, LABEL_BREAK), prevAfter);
  const wideStart = Math.max(sentence.start, labelStart - 40);
  // Dates (“2025年区域内就诊率”) and the district (“荣昌区36家医疗机构”) name nothing.
  let near = (respective?.near ?? text.slice(labelStart, tok.start)).replace(DATE_WORDS, '');
  for (const d of districts.flatMap((x) => (x ? [x, x.replace(/[区县]$/, '')] : []))) {
    if (d.length >= 2) near = near.split(d).join('');
  }
  const post = postText(text, tok, sentence, kept);
  // “太极乡、…、新华乡6个乡镇”: the last item of a list, named by the words after the number.
  const listItem = !respective && text.charAt(labelStart - 1) === '、' && clean(post).length >= 2;
  return {
    near: listItem ? '' : near,
    clause: text.slice(clauseStart, tok.start),
    post,
    wide: respective ? respective.wide : text.slice(wideStart, labelStart),
  };
}

const DATE_WORDS = /[\d０-９]+\s*(?:年(?:底|末|初|度)?|月份?|日|号)(?:的)?/g;

const POST_BREAK = '，,；;：:、（）()《》【】[]' + SENTENCE_END;

/**
 * The words after the unit, up to the next break or number. In “城区15分钟、农村30分钟医疗服务圈”
 * the first number shares the words after the last one.
 */
function postText(text: string, tok: Token, sentence: Span, kept: readonly Token[]): string {
  const read = (t: Token): string => {
    let from = t.after;
    while (from < sentence.end && /[“”"「」『』'‘’\s]/.test(text.charAt(from))) from++;
    const end = Math.min(forwardTo(text, from, sentence.end, POST_BREAK), from + 20);
    const s = text.slice(from, end);
    const digit = /\d|[０-９]/.exec(s);
    return digit ? s.slice(0, digit.index) : s;
  };
  const own = read(tok);
  if (clean(own) !== '') return own;
  let last = tok;
  for (;;) {
    const sep = text.charAt(last.after);
    if (sep !== '、' && sep !== '和' && sep !== '及') break;
    const next = kept.find((t) => t.start > last.after);
    if (!next || next.unit !== tok.unit || next.start - last.after > 10) break;
    const between = text.slice(last.after + 1, next.start);
    if ([...between].some((c) => POST_BREAK.includes(c))) break;
    last = next;
  }
  return last === tok ? own : read(last);
}
