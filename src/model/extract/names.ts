import type { Catalog, CatalogEntry } from '../types';
import { COUNT_UNITS, UNIT_FAMILIES } from './units';
import { ACTION, LEAD_WORDS, NOT_APPROX, POST_CUT, SYNONYMS, TRAIL_WORDS } from './words';

// Indicator names: the catalog entry the words around a number name, or a proposed name.

const normalizeWords = (s: string): string =>
  clean(SYNONYMS.reduce((t, [re, to]) => t.replace(re, to), s));

export const clean = (s: string): string => s.replace(/[^\u3400-\u9fffA-Za-z]/g, '');

function bigrams(s: string): string[] {
  if (s.length === 1) return [s];
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
}

export interface Prepared {
  entry: CatalogEntry;
  grams: string[];
}

const preparedCache = new WeakMap<Catalog, Prepared[]>();

export function prepare(catalog: Catalog): Prepared[] {
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

/** Text around a number, as written (dates taken out of the label). */
export interface Context {
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

export function matchEntry(
  ctx: Context,
  unit: string,
  prepared: readonly Prepared[],
): Match | null {
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

export function proposeName(ctx: Context, unit: string, district: string): string {
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
