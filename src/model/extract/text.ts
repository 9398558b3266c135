// ---------------------------------------------------------------------------------------------
// Characters

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
export const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * A same-length copy of the text for scanning: full-width digits, letters, ％ ＋ － ／ and a
 * full-width point between digits become ASCII. Every index in it is an index in the input.
 */
export function normalize(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const code = text.charCodeAt(i);
    if (
      (code >= 0xff10 && code <= 0xff19) ||
      (code >= 0xff21 && code <= 0xff3a) ||
      (code >= 0xff41 && code <= 0xff5a) ||
      ch === '％' ||
      ch === '＋' ||
      ch === '－' ||
      ch === '／' ||
      ch === '～'
    ) {
      out.push(String.fromCharCode(code - 0xfee0));
    } else if (ch === '．' && /[0-9０-９]/.test(text.charAt(i + 1))) {
      out.push('.');
    } else if (ch === '\u3000' || ch === '\u00a0') {
      out.push(' ');
    } else {
      out.push(ch);
    }
  }
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Sentences and clauses

export const SENTENCE_END = '。！？；!?;';
export const CLAUSE_BREAK = '，,；;：:';
/** Where the label of a number starts at the latest. */
export const LABEL_BREAK = '，,；;：:、（）()“”"「」『』《》【】[]';

export interface Span {
  start: number;
  end: number;
}

/** True when a line break ends a sentence (headline, caption, before a numbered item). */
function hardLineBreak(text: string, lineStart: number, lineEnd: number, next: string): boolean {
  const line = text.slice(lineStart, lineEnd).trim();
  if (line === '') return false;
  if (SENTENCE_END.includes(line.charAt(line.length - 1))) return true;
  if (!/[，,、；;：:。]/.test(line)) return true;
  return /^\s*(?:\d{1,2}(?:\s|、|\.|．)|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}、)/.test(
    next,
  );
}

/** Splits the text into sentences; a PDF line break inside a sentence does not end it. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (SENTENCE_END.includes(ch)) {
      spans.push({ start, end: i + 1 });
      start = i + 1;
    } else if (ch === '\n') {
      let j = i + 1;
      while (j < text.length && isSpace(text.charAt(j))) j++;
      const nextLine = text.slice(j, text.indexOf('\n', j) < 0 ? undefined : text.indexOf('\n', j));
      if (hardLineBreak(text, lineStart, i, nextLine)) {
        spans.push({ start, end: i });
        start = i;
      }
      lineStart = i + 1;
    }
  }
  spans.push({ start, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

export function spanAt(spans: readonly Span[], pos: number): Span {
  for (const s of spans) if (pos >= s.start && pos < s.end) return s;
  return { start: 0, end: 0 };
}

/** Start of the run ending at `pos` that contains none of `breaks`, not before `min`. */
export function backTo(text: string, pos: number, min: number, breaks: string): number {
  let i = pos;
  while (i > min && !breaks.includes(text.charAt(i - 1))) i--;
  return i;
}

export function forwardTo(text: string, pos: number, max: number, breaks: string): number {
  let i = pos;
  while (i < max && !breaks.includes(text.charAt(i))) i++;
  return i;
}
