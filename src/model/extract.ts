// Proposes candidate indicator values from the pasted text of a district health report.
// Heuristic and pure (no DOM, no libraries): every candidate is for a planner to accept, edit
// or reject, so it carries the verbatim quote and the offsets of its number.
import { detectDistrict, districtsNear } from './extractDistrict';
import type { Catalog, CatalogEntry, Kind, Qualifier } from './types';

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

// ---------------------------------------------------------------------------------------------
// Characters

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * A same-length copy of the text for scanning: full-width digits, letters, ％ ＋ － ／ and a
 * full-width point between digits become ASCII. Every index in it is an index in the input.
 */
function normalize(text: string): string {
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

const SENTENCE_END = '。！？；!?;';
const CLAUSE_BREAK = '，,；;：:';
/** Where the label of a number starts at the latest. */
const LABEL_BREAK = '，,；;：:、（）()“”"「」『』《》【】[]';

interface Span {
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
function splitSentences(text: string): Span[] {
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

function spanAt(spans: readonly Span[], pos: number): Span {
  for (const s of spans) if (pos >= s.start && pos < s.end) return s;
  return { start: 0, end: 0 };
}

/** Start of the run ending at `pos` that contains none of `breaks`, not before `min`. */
function backTo(text: string, pos: number, min: number, breaks: string): number {
  let i = pos;
  while (i > min && !breaks.includes(text.charAt(i - 1))) i--;
  return i;
}

function forwardTo(text: string, pos: number, max: number, breaks: string): number {
  let i = pos;
  while (i < max && !breaks.includes(text.charAt(i))) i++;
  return i;
}

// ---------------------------------------------------------------------------------------------
// Numbers and units

/** Longest first. 名 (people) becomes 人; 元/人 etc. stay as written. */
const BASE_UNITS = [
  '个百分点',
  '个千分点',
  '/10万',
  '/十万',
  '平方公里',
  '元/人次',
  '平方米',
  '元/人',
  '公里',
  '千米',
  '分钟',
  '人次',
  '剂次',
  '台次',
  '台套',
  '台件',
  '%',
  '‰',
  '人',
  '名',
  '元',
  '个',
  '家',
  '张',
  '床',
  '台',
  '项',
  '支',
  '篇',
  '所',
  '例',
  '件',
  '场',
  '位',
  '次',
  '户',
  '岁',
  '辆',
  '座',
  '条',
  '种',
  '套',
  '处',
  '倍',
  '米',
  '份',
];

const COUNT_UNITS = new Set([
  '个',
  '家',
  '张',
  '床',
  '台',
  '项',
  '支',
  '篇',
  '所',
  '例',
  '件',
  '场',
  '次',
  '户',
  '辆',
  '座',
  '条',
  '种',
  '套',
  '处',
  '份',
  '人',
  '人次',
  '台次',
  '台套',
  '台件',
]);

interface Token {
  start: number;
  end: number;
  value: number;
  keep: boolean;
  unit: string;
  qualifier: Qualifier;
  /** End of the number with its unit and suffix (以上 …), or of a skipped date part. */
  after: number;
}

interface UnitRead {
  unit: string;
  qualifier: Qualifier;
  end: number;
}

/**
 * Reads “余万元”, “万余元”, “个”, “%以上” … after a number; null when no unit follows.
 * `rank`: the number follows 第 after 排名/位列/居 (“排名全市第3”), a rank even without 名.
 */
function readUnit(norm: string, from: number, ordinal: boolean, rank: boolean): UnitRead | null {
  let k = from;
  let spaces = 0;
  while (isSpace(norm.charAt(k)) && spaces < 4) {
    k++;
    spaces++;
  }
  let qualifier: Qualifier = '';
  const approx = (): void => {
    if (norm.charAt(k) === '余' || norm.charAt(k) === '多') {
      qualifier = '≈';
      k++;
    }
  };
  approx();
  let mult = '';
  if (norm.charAt(k) === '万' || norm.charAt(k) === '亿') {
    mult = norm.charAt(k);
    k++;
    approx();
  }
  const base = BASE_UNITS.find((u) => norm.startsWith(u, k));
  let unit: string;
  if (base === undefined) {
    const next = norm.charAt(k);
    // “35万，”: a bare 万; “4.6万剂” (an unknown unit) is left out rather than guessed.
    const open = next === '' || !/[\u3400-\u9fffA-Za-z]/.test(next);
    if (rank && !mult && open) return { unit: '名', qualifier: '', end: k };
    if (!mult || !open) return null;
    unit = mult;
  } else {
    const rest = norm.slice(k + base.length, k + base.length + 3);
    if (base === '个' && /^(?:月|工作日|小时|星期)/.test(rest)) return null;
    k += base.length;
    if (ordinal) {
      if (base !== '名' && base !== '位') return null;
      unit = '名';
    } else {
      unit = mult + (base === '名' ? '人' : base);
    }
  }
  if (norm.startsWith('及以上', k)) {
    qualifier = '≥';
    k += 3;
  } else if (norm.startsWith('以上', k)) {
    qualifier = '≥';
    k += 2;
  } else if (norm.startsWith('左右', k)) {
    qualifier = '≈';
    k += 2;
  } else if (norm.charAt(k) === '多' && base !== undefined) {
    qualifier = '≈';
    k += 1;
  }
  return { unit, qualifier, end: k };
}

const GE_PREFIX = ['大于等于', '不低于', '不少于', '至少', '>=', '≥'];
const APPROX_PREFIX = ['将近', '接近', '大约', '超过', '逾', '超', '约', '近', '≈', '~'];
/** Words that end in 约/超/近 without meaning “about”. */
const NOT_APPROX = /(?:签|预|节|合|履|制|特|公|相|违|邀|集|彩|B|附|最|邻|靠|临)(?:约|超|近)$/;

function prefixQualifier(norm: string, start: number): Qualifier {
  let i = start;
  while (i > 0 && isSpace(norm.charAt(i - 1))) i--;
  const before = norm.slice(Math.max(0, i - 4), i);
  if (GE_PREFIX.some((w) => before.endsWith(w))) return '≥';
  if (APPROX_PREFIX.some((w) => before.endsWith(w)) && !NOT_APPROX.test(before)) return '≈';
  return '';
}

const RANK_BEFORE = /(?:排名|排|位列|位居|居)[^，。；,;]{0,8}第$/;
const OPEN_QUOTES = '“"「『‘\'';
const CLOSE_QUOTES = '”"」』’\'';
const RANGE_MARKS = '-~—–/:：.';
const DATE_AFTER = /^\s*(?:年(?:底|末|初|度)?|月份?|日|号)(?:的)?/;

/** Finds every number and decides whether it can be an indicator value. */
function scanTokens(norm: string): Token[] {
  const tokens: Token[] = [];
  const re = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = norm.charAt(start - 1);
    const next = norm.charAt(end);
    const dateTail = DATE_AFTER.exec(norm.slice(end, end + 6));
    const token: Token = {
      start,
      end,
      // The number as written: Number() of decimal text is already the closest double.
      value: Number(m[0].replace(/,/g, '')),
      keep: false,
      unit: '',
      qualifier: '',
      after: end + (dateTail ? dateTail[0].length : 0),
    };
    tokens.push(token);
    // Model names and codes (1.5T, 64排CT, 13N1, 11X, 5G, 3D), phone numbers, dates, ranges.
    if (isLatin(prev) || isLatin(next)) continue;
    const perCapita = /^\/(?:10万|十万)/.exec(norm.slice(end));
    if (perCapita) {
      Object.assign(token, { keep: true, unit: perCapita[0], after: end + perCapita[0].length });
      continue;
    }
    if (RANGE_MARKS.includes(prev) && isDigit(norm.charAt(start - 2))) continue;
    if (RANGE_MARKS.includes(next) && isDigit(norm.charAt(end + 1))) continue;
    if (dateTail) continue;
    // Slogans: “1167”, “4433”, “3+30+3”, “78项重点任务”.
    if (OPEN_QUOTES.includes(prev) || CLOSE_QUOTES.includes(next)) continue;
    if (prev === '+' || next === '+') continue;
    // List ordinals: “1 全面推进…”, “2、…”, “(3)”.
    const lineStart = norm.lastIndexOf('\n', start - 1) + 1;
    if (
      /^\s*$/.test(norm.slice(lineStart, start)) &&
      /^(?:\s|、|\.|．|\)|）)/.test(norm.slice(end))
    )
      continue;
    if ((prev === '(' || prev === '（') && (next === ')' || next === '）')) continue;
    // “每1000名常住人口”: a denominator, not a value.
    if (prev === '每') continue;
    const ordinal = prev === '第';
    const rank = ordinal && RANK_BEFORE.test(norm.slice(Math.max(0, start - 12), start));
    const unit = readUnit(norm, end, ordinal, rank);
    if (!unit) continue;
    const pre = prefixQualifier(norm, start);
    token.keep = true;
    token.unit = unit.unit;
    token.qualifier = unit.qualifier === '≥' || pre === '≥' ? '≥' : unit.qualifier || pre;
    token.after = unit.end;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Years

type YearRole = 'plain' | 'deadline' | 'from' | 'compare' | 'range';

interface YearMention {
  start: number;
  end: number;
  year: number;
  role: YearRole;
}

const CN_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function yearRole(norm: string, start: number, end: number): YearRole {
  const after = norm.slice(end, end + 8).replace(/\s/g, '');
  if (/^年(?:底|末|初|度)?(?:以来|至今|起|开始|—|-|~|至|到)/.test(after)) return 'range';
  let i = start;
  while (i > 0 && isSpace(norm.charAt(i - 1))) i--;
  const before = norm.slice(Math.max(0, i - 4), i);
  if (/(?:截至|截止|截止到|截至到)$/.test(before)) return 'plain';
  if (/(?:较|比|同比|相比|对比|与|和)$/.test(before)) return 'compare';
  if (/(?:由|从|自)$/.test(before)) return 'from';
  if (/(?:到|至)$/.test(before)) {
    // “2018年至2020年”: the end of a past range, not a deadline.
    return /[年月\d]\s*(?:到|至)$/.test(before) ? 'plain' : 'deadline';
  }
  return 'plain';
}

function scanYears(norm: string): YearMention[] {
  const out: YearMention[] = [];
  const digits = /(?<![\d.])(19[5-9]\d|20\d\d)(?=\s*年)/g;
  for (let m = digits.exec(norm); m !== null; m = digits.exec(norm)) {
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, year: Number(m[0]), role: yearRole(norm, m.index, end) });
  }
  const words = /[〇零一二三四五六七八九]{4}(?=年)/g;
  for (let m = words.exec(norm); m !== null; m = words.exec(norm)) {
    const year = Number(
      [...m[0]].map((c) => (Object.hasOwn(CN_DIGITS, c) ? CN_DIGITS[c] : '')).join(''),
    );
    if (year < 1950 || year > 2099) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, year, role: yearRole(norm, m.index, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

const TARGET_WORDS =
  /力争|计划|预计|规划(?:到|至|期末|目标)|按照规划|争取|确保|将达到|将达|将实现|将建成|拟|要达到|努力实现|目标(?:是|为|值)/;
/** Fixed terms that contain a planning word but plan nothing. */
const NOT_PLANS = /计划生育|计划免疫|免疫规划|规划建设|规划布局/g;
const isPlan = (s: string): boolean => TARGET_WORDS.test(s.replace(NOT_PLANS, ''));
/** Sentences about next year's work, whose year is not the report's. */
const FUTURE_WORDS = /我们将|我们要|将继续|将进一步|下一步|明年/;
const ACTUAL_WORDS = /已经|已|截至|截止|目前|现有|至今|以来/;

/** The most mentioned year of the report, leaving out deadlines, baselines and plans. */
function dominantYear(
  text: string,
  years: readonly YearMention[],
  sentences: Span[],
): number | null {
  const count = (keep: (m: YearMention) => boolean): number | null => {
    const n = new Map<number, number>();
    for (const m of years) if (keep(m)) n.set(m.year, (n.get(m.year) ?? 0) + 1);
    let best: number | null = null;
    let bestN = 0;
    for (const [year, c] of n) {
      if (c > bestN || (c === bestN && best !== null && year < best)) {
        best = year;
        bestN = c;
      }
    }
    return best;
  };
  const planned = (m: YearMention): boolean => {
    const s = spanAt(sentences, m.start);
    return isPlan(text.slice(s.start, s.end)) || FUTURE_WORDS.test(text.slice(s.start, s.end));
  };
  return (
    count((m) => m.role === 'plain' && !planned(m)) ??
    count((m) => m.role === 'plain' || m.role === 'deadline')
  );
}

// ---------------------------------------------------------------------------------------------
// Indicator names

/** Report wording → catalog wording, applied to the context before matching. */
const SYNONYMS: readonly [RegExp, string][] = [
  [/期望寿命|平均寿命/g, '预期寿命'],
  [/家庭医生团队/g, '家庭医生签约服务团队'],
  [/规范管理率/g, '健康管理率'],
  [/托育位/g, '托位'],
  [/诊疗人数/g, '诊疗人次'],
  [/手术台数|手术例数/g, '手术台次'],
  [/基层医疗卫生机构就诊率|基层就诊率|基层诊疗总?量/g, '基层医疗卫生机构诊疗量'],
  [/诊疗人次占比/g, '诊疗量占比'],
  [/每\s*1000\s*名?(?:常住)?人口/g, '每千人口'],
  [/基层(?:卫生)?机构/g, '基层医疗卫生机构'],
  [/甲级卫生院/g, '甲级基层医疗卫生机构'],
  [/脱贫人口/g, '贫困人口'],
  [/绩效考核/g, '国考'],
];

const normalizeWords = (s: string): string =>
  clean(SYNONYMS.reduce((t, [re, to]) => t.replace(re, to), s));

const clean = (s: string): string => s.replace(/[^\u3400-\u9fffA-Za-z]/g, '');

function bigrams(s: string): string[] {
  if (s.length === 1) return [s];
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
}

interface Prepared {
  entry: CatalogEntry;
  grams: string[];
}

const preparedCache = new WeakMap<Catalog, Prepared[]>();

function prepare(catalog: Catalog): Prepared[] {
  const hit = preparedCache.get(catalog);
  if (hit) return hit;
  const out: Prepared[] = [];
  for (const entry of catalog.values()) {
    let core = normalizeWords(entry.indicator);
    const stripped = core.replace(/(?:数量|(?<![总人])数)$/, '');
    if (stripped.length >= 2) core = stripped;
    if (core) out.push({ entry, grams: bigrams(core) });
  }
  preparedCache.set(catalog, out);
  return out;
}

const UNIT_FAMILIES: readonly (readonly string[])[] = [
  ['台', '台次', '台套', '台件'],
  ['个', '家', '所'],
  ['个', '支'],
  ['名', '位'],
];

/** 1 when the units agree, less for a near miss (个/家, 台/台套), 0 when they cannot. */
function unitFit(unit: string, catalogUnit: string): number {
  if (unit === catalogUnit) return 1;
  if ((unit === '万' || unit === '亿') && catalogUnit.startsWith(unit)) return 1;
  const scale = (u: string): string => (/^[万亿]./.test(u) ? u.charAt(0) : '');
  if (scale(unit) !== scale(catalogUnit)) return 0;
  const a = unit.slice(scale(unit).length);
  const b = catalogUnit.slice(scale(catalogUnit).length);
  if (a === b) return 1;
  if (UNIT_FAMILIES.some((f) => f.includes(a) && f.includes(b))) return 0.85;
  return 0;
}

const LEAD_WORDS = [
  '截至目前',
  '构建起',
  '形成了',
  '截止目前',
  '近年来',
  '截至',
  '截止',
  '目前',
  '现有',
  '其中',
  '同时',
  '并且',
  '此外',
  '另有',
  '全区',
  '我区',
  '该区',
  '本区',
  '全县',
  '我县',
  '该县',
  '全市',
  '共计',
  '合计',
  '共有',
  '累计',
  '已经',
  '成功',
  '先后',
  '陆续',
  '积极',
  '建成',
  '组建',
  '建立',
  '打造',
  '设置',
  '开展',
  '实施',
  '完成',
  '创建',
  '今年',
  '去年',
  '全年',
  '分别',
  '以及',
  '并',
  '已',
  '为',
  '对',
  '将',
  '在',
  '有',
  '均',
  '与',
  '和',
  '及',
  '的',
  '共',
  '获',
  '还',
  '成立',
];

const TRAIL_WORDS = [
  '分别达到',
  '分别达',
  '分别为',
  '均达到',
  '均达',
  '均为',
  '大于等于',
  '较上年',
  '比上年',
  '较去年',
  '比去年',
  '较同期',
  '提升至',
  '提升到',
  '提高到',
  '提高至',
  '增长至',
  '增长到',
  '增加至',
  '增加到',
  '上升至',
  '上升到',
  '下降至',
  '下降到',
  '降低至',
  '降低到',
  '保持在',
  '控制在',
  '稳定在',
  '不低于',
  '不少于',
  '降至',
  '增至',
  '升至',
  '达到',
  '超过',
  '将近',
  '接近',
  '大约',
  '突破',
  '累计',
  '合计',
  '共计',
  '共有',
  '建成',
  '组建',
  '新增',
  '按照',
  '给予',
  '约为',
  '下降',
  '上升',
  '提升',
  '提高',
  '增长',
  '增加',
  '减少',
  '降低',
  '实现',
  '完成',
  '同比',
  '达',
  '为',
  '至',
  '到',
  '超',
  '近',
  '约',
  '逾',
  '已',
  '有',
  '是',
  '的',
  '占',
  '在',
  '了',
  '由',
  '从',
  '较',
  '比',
  '按',
  '以',
  '等',
  '共',
  '第',
  '成立',
  '位列',
  '位居',
  '中',
];

/** Drops connectives and verbs around a label: “我区组建家庭医生团队” → “家庭医生团队”. */
function trimLabel(s: string): string {
  let out = s;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of LEAD_WORDS) {
      if (out.startsWith(w) && out.length > w.length) {
        out = out.slice(w.length);
        changed = true;
      }
    }
    for (const w of TRAIL_WORDS) {
      if (out.endsWith(w) && !(w.length === 1 && NOT_APPROX.test(out))) {
        out = out.slice(0, -w.length);
        changed = true;
      }
    }
  }
  return out;
}

const POST_CUT = /全部|纳入|实现|组成|开展|提供|完成|通过|担任|参与|投入|用于|覆盖|配备|达到|等/;

/** Text around a number, as written (dates taken out of the label). */
interface Context {
  /** The label just before the number: “居民健康素养水平达”. */
  near: string;
  /** The clause up to the number. */
  clause: string;
  /** The words after the unit: “组建336支医疗志愿服务团队”. */
  post: string;
  /** The sentence before the label, for elliptical labels: “签约69万人”. */
  wide: string;
}

interface Match {
  entry: CatalogEntry;
  score: number;
}

const MATCH_THRESHOLD = 0.4;

const PER_CAPITA = /每(?:千|万|百|十万|\d)/;

function matchEntry(ctx: Context, unit: string, prepared: readonly Prepared[]): Match | null {
  const syn = normalizeWords;
  const label = trimLabel(syn(ctx.near));
  const near = new Set(bigrams(label));
  const nearRaw = new Set(bigrams(syn(ctx.near)));
  const post = new Set(bigrams(syn(ctx.post)));
  const wide = new Set(bigrams(syn(ctx.wide)));
  // Words after the number (“建成94个基层卫生机构”) name it better than the sentence before.
  const wideWeight = syn(ctx.post).length >= 2 ? 0.35 : 0.6;
  // A label of a verb or two (“签约69万人”, “完善230项”) leans on the words around it.
  const elliptical = label.length < 3;
  const perCapita = PER_CAPITA.test(ctx.clause);
  let best: Match | null = null;
  let bestWeight = 0;
  for (const p of prepared) {
    const fit = unitFit(unit, p.entry.unit);
    if (fit === 0) continue;
    let cover = 0;
    let hitNear = 0;
    for (const g of p.grams) {
      if (near.has(g)) hitNear += 1;
      if (near.has(g) || nearRaw.has(g)) cover += 1;
      else if (post.has(g)) cover += 0.8;
      else if (wide.has(g)) cover += wideWeight;
    }
    if (cover === 0) continue;
    const weight = cover;
    cover /= p.grams.length;
    // How much of the label the entry explains; a bare verb (“新建9个”) still counts a little.
    const explain = elliptical
      ? near.size === 0 || hitNear > 0
        ? 1
        : 0.8
      : Math.min(1, hitNear / Math.min(near.size, 8));
    const rate = perCapita === p.entry.indicator.startsWith('每') ? 1 : 0.6;
    const score = cover * (0.6 + 0.4 * explain) * fit * rate;
    if (
      !best ||
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) <= 1e-9 && weight > bestWeight)
    ) {
      best = { entry: p.entry, score };
      bestWeight = weight;
    }
  }
  return best && best.score >= MATCH_THRESHOLD ? best : null;
}

/** Verbs that end the subject of a label: “为脱贫人口开展免费健康体检” → “免费健康体检”. */
const ACTION = /开展|实施|完成|提供|组织|举办|建成|组建|配备|设置|打造|创建|建立|购买|发放/g;

function proposeName(ctx: Context, unit: string, district: string): string {
  const stems = district ? [district, district.replace(/[区县]$/, '')] : [];
  const tidy = (s: string): string => {
    let out = clean(s);
    for (const d of stems) if (d.length >= 2 && out.startsWith(d)) out = out.slice(d.length);
    const parts = out.split(ACTION).filter((p) => p.length >= 2);
    out = trimLabel(parts[parts.length - 1] ?? out);
    // “区人民医院在全国三级公立医院绩效考核” → “全国三级公立医院绩效考核”.
    if (out.length > 12) {
      const cut = Math.max(...[...'在对为把从向与'].map((c) => out.lastIndexOf(c, out.length - 5)));
      if (cut >= 0 && out.length - cut - 1 >= 4) out = out.slice(cut + 1);
    }
    return out;
  };
  const near = tidy(ctx.near);
  const postRaw = clean(ctx.post);
  const cut = POST_CUT.exec(postRaw);
  const post = trimLabel(cut ? postRaw.slice(0, cut.index) : postRaw);
  let name = near.length >= 2 ? near.slice(-12) : post.length >= 2 ? post.slice(0, 12) : '';
  if (!name) {
    // “手术台数从1.49万台增至2.27万台次”, “…率提升至45.6%，较上年提高3.2个百分点”:
    // the label stands before the first number, and this one is its change.
    name = tidy(ctx.wide.split(/\d/)[0] ?? '').slice(-12);
    if (name && (unit === '%' || unit === '个百分点') && !/[幅]$/.test(name)) {
      if (/下降|降低|减少/.test(ctx.near)) name += '降幅';
      else if (/增长|增加|提高|提升|上升/.test(ctx.near)) name += '增幅';
    }
  }
  if (!name) return '未命名指标';
  const base = unit.replace(/^[万亿]/, '');
  if (COUNT_UNITS.has(base) && !/[数率量比例额度]$/.test(name)) name += '数';
  return name;
}

// ---------------------------------------------------------------------------------------------
// Putting it together

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

function contextFor(
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
export { detectDistrict };

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
