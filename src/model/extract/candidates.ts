import type { Catalog, Kind, Qualifier } from '../types';
import { contextFor } from './context';
import { detectDistrict, districtsNear } from './district';
import { matchEntry, prepare, proposeName } from './names';
import {
  backTo,
  CLAUSE_BREAK,
  forwardTo,
  isSpace,
  normalize,
  spanAt,
  splitSentences,
  type Span,
} from './text';
import { scanTokens, type Token } from './tokens';
import { ACTUAL_WORDS } from './words';
import { dominantYear, isPlan, scanYears, type YearMention } from './years';

// Putting it together: each kept number's indicator, district, year, kind and quote.

export interface Candidate {
  /** In `unit` as written: 69 for “69万人” (unit 万人), 1.97 for “1.97亿元” (unit 亿元). */
  value: number;
  /** As written (%, 个, 家, 万人, 亿元, 元/人 …); 名 for people becomes 人, 第N名/第N位 is 名. */
  unit: string;
  /** ≥ for 以上/不低于/不少于; ≈ for 余/近/约/超/多/左右. */
  qualifier: Qualifier;
  /** A catalog name when matched, else a short name proposed from the nearby words. */
  indicator: string;
  /** True when `indicator` is a catalog entry whose unit is compatible. */
  matched: boolean;
  /**
   * The district named nearest before the figure in its paragraph ('' when none is, or when two
   * are named together): never the report's main district by default.
   */
  district: string;
  /** The year the sentence gives, else the document's dominant year, else null. */
  year: number | null;
  kind: Kind;
  /** The clause or sentence containing the number: an exact substring of the input. */
  quote: string;
  /** Offsets of the number's digits in the input. */
  start: number;
  end: number;
}

function yearFor(
  tok: Token,
  years: readonly YearMention[],
  sentence: Span,
  clauseStart: number,
  tokens: readonly Token[],
): number | null {
  const before = years.filter((m) => m.start >= sentence.start && m.end <= tok.start).reverse();
  for (const m of before) {
    if (m.start < clauseStart) break;
    if (m.role === 'compare' || m.role === 'range') continue;
    if (m.role === 'from') {
      const between = tokens.some((t) => t.keep && t.start > m.end && t.start < tok.start);
      if (between) continue;
    }
    return m.year;
  }
  for (const m of before) if (m.role === 'plain' || m.role === 'deadline') return m.year;
  return null;
}

function kindFor(
  text: string,
  tok: Token,
  sentence: Span,
  clauseStart: number,
  years: readonly YearMention[],
  year: number | null,
  docYear: number | null,
): Kind {
  const clauseHead = text.slice(clauseStart, tok.start);
  if (ACTUAL_WORDS.test(clauseHead)) return 'actual';
  const clauseEnd = forwardTo(text, tok.after, sentence.end, CLAUSE_BREAK);
  if (isPlan(text.slice(sentence.start, clauseEnd))) return 'target';
  // “到2025年，…”: a deadline leading the sentence, or one in the number's own clause.
  const deadline = years.some(
    (m) =>
      m.role === 'deadline' &&
      m.start >= sentence.start &&
      m.end <= tok.start &&
      (m.start >= clauseStart ||
        /^\s*年(?:底|末)?(?:前)?\s*[，,]/.test(text.slice(m.end, m.end + 6))) &&
      (docYear === null || m.year >= docYear),
  );
  if (deadline) return 'target';
  if (year !== null && docYear !== null && year > docYear) return 'target';
  return 'actual';
}

const QUOTE_MAX = 60;

/** The sentence, or for a long one the clauses around the number, trimmed of blanks. */
function quoteSpan(text: string, tok: Token, sentence: Span): Span {
  let start = sentence.start;
  let end = Math.max(sentence.end, tok.after);
  if (end - start > QUOTE_MAX) {
    start = backTo(text, tok.start, sentence.start, CLAUSE_BREAK);
    end = Math.max(forwardTo(text, tok.after, sentence.end, CLAUSE_BREAK), tok.after);
    if (end < sentence.end) end++; // keep the clause's own punctuation
    for (let grown = true; grown;) {
      grown = false;
      if (start > sentence.start) {
        const s = backTo(text, start - 1, sentence.start, CLAUSE_BREAK);
        if (end - s <= QUOTE_MAX) {
          start = s;
          grown = true;
        }
      }
      if (end < sentence.end) {
        let e = forwardTo(text, end, sentence.end, CLAUSE_BREAK);
        if (e < sentence.end) e++;
        if (e - start <= QUOTE_MAX) {
          end = e;
          grown = true;
        }
      }
    }
  }
  while (start < tok.start && isSpace(text.charAt(start))) start++;
  while (end > tok.after && isSpace(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Proposes every number of a report that looks like an indicator value. */
export function extractCandidates(
  text: string,
  catalog: Catalog,
  knownDistricts: readonly string[],
): Candidate[] {
  if (!text.trim()) return [];
  const norm = normalize(text);
  const sentences = splitSentences(text);
  const tokens = scanTokens(norm);
  const years = scanYears(norm);
  const docYear = dominantYear(text, years, sentences);
  const district = detectDistrict(text, knownDistricts);
  const prepared = prepare(catalog);
  // Ages count only as life expectancy, never “65岁以上”, “6岁的她”.
  for (const tok of tokens) {
    if (!tok.keep || tok.unit !== '岁') continue;
    const sentence = spanAt(sentences, tok.start);
    const head = text.slice(Math.max(sentence.start, tok.start - 40), tok.start);
    const tail = norm.slice(tok.after, tok.after + 2);
    if (!/寿命/.test(head) || tok.qualifier === '≥' || /^(?:以下|以内|的)/.test(tail)) {
      tok.keep = false;
    }
  }
  const kept = tokens.filter((t) => t.keep);
  const near = districtsNear(
    text,
    kept.map((t) => ({ start: t.start, end: t.after })),
    knownDistricts,
  );
  const out: Candidate[] = [];
  for (const [i, tok] of kept.entries()) {
    const sentence = spanAt(sentences, tok.start);
    const clauseStart = backTo(text, tok.start, sentence.start, CLAUSE_BREAK);
    const prev = kept.filter((t) => t.after <= tok.start && t.start >= sentence.start).pop();
    const ctx = contextFor(text, tok, sentence, prev ? prev.after : sentence.start, kept, [
      district,
      near[i] ?? '',
    ]);
    const match = matchEntry(ctx, tok.unit, prepared);
    let unit = tok.unit;
    if (match && (unit === '万' || unit === '亿')) unit = match.entry.unit;
    const year = yearFor(tok, years, sentence, clauseStart, tokens) ?? docYear;
    const q = quoteSpan(text, tok, sentence);
    out.push({
      value: tok.value,
      unit,
      qualifier: tok.qualifier,
      indicator: match ? match.entry.indicator : proposeName(ctx, unit, near[i] || district),
      matched: match !== null,
      district: near[i] ?? '',
      year,
      kind: kindFor(text, tok, sentence, clauseStart, years, year, docYear),
      quote: text.slice(q.start, q.end),
      start: tok.start,
      end: tok.end,
    });
  }
  return out;
}
