// A synthetic city-scale workbook for benchmarks: Chongqing's 38 districts and counties,
// a few hundred plausible indicators, ten years of actual values plus 2025/2030 targets.
// Pure and deterministic: the same options always give the same rows (seeded PRNG, no clock).
import type { CatalogEntry, Direction, Observation } from './types';

/** Chongqing's 26 districts, 8 counties and 4 autonomous counties, in the official order. */
export const CHONGQING_DISTRICTS = [
  '万州区',
  '涪陵区',
  '渝中区',
  '大渡口区',
  '江北区',
  '沙坪坝区',
  '九龙坡区',
  '南岸区',
  '北碚区',
  '綦江区',
  '大足区',
  '渝北区',
  '巴南区',
  '黔江区',
  '长寿区',
  '江津区',
  '合川区',
  '永川区',
  '南川区',
  '璧山区',
  '铜梁区',
  '潼南区',
  '荣昌区',
  '开州区',
  '梁平区',
  '武隆区',
  '城口县',
  '丰都县',
  '垫江县',
  '忠县',
  '云阳县',
  '奉节县',
  '巫山县',
  '巫溪县',
  '石柱土家族自治县',
  '秀山土家族苗族自治县',
  '酉阳土家族苗族自治县',
  '彭水苗族土家族自治县',
] as const;

/** Districts of the main urban area: larger, and ahead on most service indicators. */
const URBAN = new Set([
  '渝中区',
  '大渡口区',
  '江北区',
  '沙坪坝区',
  '九龙坡区',
  '南岸区',
  '北碚区',
  '渝北区',
  '巴南区',
]);

export const SYNTHETIC_CATEGORIES = [
  '健康水平',
  '医疗服务',
  '基层卫生',
  '公共卫生',
  '妇幼与托育',
  '人才与学科',
  '数字健康',
  '保障与救助',
] as const;

/** name, unit, direction, min, max, typical low, typical high, decimals */
type Base = [string, string, Direction, number, number | null, number, number, number];

const BASES: Record<(typeof SYNTHETIC_CATEGORIES)[number], { variants: string[]; bases: Base[] }> =
  {
    健康水平: {
      variants: ['城镇', '农村', '户籍人口', '常住人口'],
      bases: [
        ['人均预期寿命', '岁', 'higher', 40, 100, 76, 82, 2],
        ['孕产妇死亡率', '1/10万', 'lower', 0, 200, 4, 22, 2],
        ['婴儿死亡率', '‰', 'lower', 0, 50, 1.5, 6, 2],
        ['5岁以下儿童死亡率', '‰', 'lower', 0, 60, 2, 8.5, 2],
        ['居民健康素养水平', '%', 'higher', 0, 100, 18, 40, 2],
        ['重大慢性病过早死亡率', '%', 'lower', 0, 100, 8, 16, 2],
        ['经常参加体育锻炼人口比例', '%', 'higher', 0, 100, 30, 55, 1],
        ['15岁以上人群吸烟率', '%', 'lower', 0, 100, 18, 30, 1],
        ['高血压患病率', '%', 'neutral', 0, 100, 20, 32, 1],
        ['国民体质监测合格率', '%', 'higher', 0, 100, 86, 95, 1],
      ],
    },
    医疗服务: {
      variants: ['公立医院', '二级医院', '三级医院', '中医医院'],
      bases: [
        ['门急诊人次', '万人次', 'neutral', 0, null, 40, 900, 1],
        ['出院人次', '万人次', 'neutral', 0, null, 3, 60, 2],
        ['病床使用率', '%', 'neutral', 0, 150, 70, 98, 1],
        ['平均住院日', '日', 'lower', 0, 60, 6.5, 11, 1],
        ['手术人次', '万人次', 'neutral', 0, null, 0.5, 15, 2],
        ['次均门诊费用', '元', 'lower', 0, null, 180, 420, 1],
        ['人均住院费用', '元', 'lower', 0, null, 5000, 14000, 0],
        ['患者满意度', '%', 'higher', 0, 100, 85, 98, 1],
        ['日间手术占择期手术比例', '%', 'higher', 0, 100, 5, 30, 1],
        ['医疗服务收入占比', '%', 'higher', 0, 100, 25, 40, 1],
      ],
    },
    基层卫生: {
      variants: ['乡镇卫生院', '社区卫生服务中心', '村卫生室', '全区'],
      bases: [
        ['基层诊疗量占比', '%', 'higher', 0, 100, 45, 70, 1],
        ['家庭医生签约服务覆盖率', '%', 'higher', 0, 100, 30, 75, 1],
        ['重点人群签约率', '%', 'higher', 0, 100, 60, 90, 1],
        ['基层机构门诊人次', '万人次', 'neutral', 0, null, 10, 300, 1],
        ['每万人口全科医生数', '人', 'higher', 0, 50, 2, 5, 2],
        ['基层机构床位数', '张', 'neutral', 0, null, 200, 3000, 0],
        ['达到服务能力标准机构比例', '%', 'higher', 0, 100, 40, 95, 1],
        ['中医药服务提供比例', '%', 'higher', 0, 100, 80, 100, 1],
        ['基层卫生人员数', '人', 'neutral', 0, null, 300, 3500, 0],
        ['慢病患者规范管理率', '%', 'higher', 0, 100, 55, 85, 1],
      ],
    },
    公共卫生: {
      variants: ['城镇', '农村', '重点人群', '全区'],
      bases: [
        ['免疫规划疫苗接种率', '%', 'higher', 0, 100, 92, 99.5, 1],
        ['高血压患者规范管理率', '%', 'higher', 0, 100, 55, 80, 1],
        ['2型糖尿病患者规范管理率', '%', 'higher', 0, 100, 55, 80, 1],
        ['严重精神障碍患者规范管理率', '%', 'higher', 0, 100, 80, 96, 1],
        ['老年人健康管理率', '%', 'higher', 0, 100, 55, 78, 1],
        ['肺结核患者管理率', '%', 'higher', 0, 100, 85, 99, 1],
        ['法定传染病报告发病率', '1/10万', 'lower', 0, 5000, 150, 420, 2],
        ['饮用水卫生监测合格率', '%', 'higher', 0, 100, 88, 99, 1],
        ['电子健康档案建档率', '%', 'higher', 0, 100, 75, 95, 1],
        ['病媒生物密度控制达标率', '%', 'higher', 0, 100, 70, 95, 1],
      ],
    },
    妇幼与托育: {
      variants: ['城镇', '农村', '户籍人口', '流动人口'],
      bases: [
        ['孕产妇系统管理率', '%', 'higher', 0, 100, 88, 98, 1],
        ['3岁以下儿童系统管理率', '%', 'higher', 0, 100, 88, 97, 1],
        ['每千人口托位数', '个', 'higher', 0, 20, 1.5, 4.5, 2],
        ['住院分娩率', '%', 'higher', 0, 100, 99, 100, 2],
        ['产前筛查率', '%', 'higher', 0, 100, 70, 95, 1],
        ['新生儿遗传代谢病筛查率', '%', 'higher', 0, 100, 95, 99.9, 1],
        ['6个月内纯母乳喂养率', '%', 'higher', 0, 100, 50, 80, 1],
        ['剖宫产率', '%', 'lower', 0, 100, 35, 55, 1],
        ['出生缺陷发生率', '‰', 'lower', 0, 100, 5, 15, 2],
        ['托育机构数', '家', 'higher', 0, null, 10, 120, 0],
      ],
    },
    人才与学科: {
      variants: ['公立医院', '基层', '中医', '全区'],
      bases: [
        ['每千人口执业（助理）医师数', '人', 'higher', 0, 20, 2, 4, 2],
        ['每千人口注册护士数', '人', 'higher', 0, 20, 2.2, 5, 2],
        ['高级职称人员占比', '%', 'higher', 0, 100, 8, 20, 1],
        ['本科及以上学历人员占比', '%', 'higher', 0, 100, 25, 60, 1],
        ['市级重点学科数', '个', 'higher', 0, null, 0, 12, 0],
        ['市级重点专科数', '个', 'higher', 0, null, 1, 20, 0],
        ['新招聘卫生人才数', '人', 'higher', 0, null, 30, 400, 0],
        ['住院医师规范化培训在培人数', '人', 'neutral', 0, null, 20, 300, 0],
        ['卫生技术人员数', '人', 'neutral', 0, null, 1500, 12000, 0],
        ['卫生人才流失率', '%', 'lower', 0, 100, 1, 6, 2],
      ],
    },
    数字健康: {
      variants: ['二级以上医院', '基层', '公立医院', '全区'],
      bases: [
        ['电子病历系统应用水平', '级', 'higher', 0, 8, 2, 5, 0],
        ['互联网医院数', '家', 'higher', 0, null, 0, 12, 0],
        ['远程医疗服务人次', '万人次', 'higher', 0, null, 0.2, 8, 2],
        ['检查检验结果互认率', '%', 'higher', 0, 100, 20, 90, 1],
        ['电子健康卡普及率', '%', 'higher', 0, 100, 20, 95, 1],
        ['预约诊疗率', '%', 'higher', 0, 100, 30, 85, 1],
        ['智慧医院建设达标率', '%', 'higher', 0, 100, 10, 80, 1],
        ['全民健康信息平台接入率', '%', 'higher', 0, 100, 50, 100, 1],
        ['诊间移动支付使用率', '%', 'higher', 0, 100, 40, 95, 1],
        ['卫生信息化投入', '万元', 'neutral', 0, null, 100, 3000, 1],
      ],
    },
    保障与救助: {
      variants: ['城镇职工', '城乡居民', '困难群众', '全区'],
      bases: [
        ['基本医疗保险参保率', '%', 'higher', 0, 100, 94, 99.5, 1],
        ['住院费用实际报销比例', '%', 'higher', 0, 100, 55, 80, 1],
        ['个人卫生支出占比', '%', 'lower', 0, 100, 24, 32, 1],
        ['医疗救助人次', '人次', 'neutral', 0, null, 2000, 60000, 0],
        ['医疗救助资金', '万元', 'neutral', 0, null, 500, 9000, 1],
        ['大病保险报销比例', '%', 'higher', 0, 100, 50, 70, 1],
        ['异地就医直接结算率', '%', 'higher', 0, 100, 40, 95, 1],
        ['门诊慢特病待遇享受人数', '人', 'neutral', 0, null, 3000, 60000, 0],
        ['因病致贫返贫监测户数', '户', 'lower', 0, null, 50, 1500, 0],
        ['长期护理保险参保人数', '万人', 'neutral', 0, null, 1, 60, 2],
      ],
    },
  };

export interface SyntheticOptions {
  /** PRNG seed; the same seed gives the same data. Default 1. */
  seed?: number;
  /** Number of indicators in the catalog. Default 300. */
  indicators?: number;
  /** Years of actual values, ending in 2024. Default 10 (2015–2024). */
  years?: number;
}

export interface SyntheticCity {
  catalog: CatalogEntry[];
  observations: Observation[];
}

export const LAST_ACTUAL_YEAR = 2024;
export const TARGET_YEARS = [2025, 2030] as const;

/** mulberry32: small, fast and good enough for test data. Returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Spec {
  entry: CatalogEntry;
  lo: number;
  hi: number;
  decimals: number;
  /** First year with data (newer indicators start later). */
  start: number;
  hasTargets: boolean;
}

const round = (v: number, d: number) => Number(v.toFixed(d));
const clamp = (v: number, lo: number | null, hi: number | null) =>
  Math.min(hi ?? Infinity, Math.max(lo ?? -Infinity, v));

/** Indicator names are unique: base name plus a 统计口径 in parentheses. */
function catalogSpecs(n: number, rand: () => number, firstYear: number): Spec[] {
  const cats = SYNTHETIC_CATEGORIES.length;
  const out: Spec[] = [];
  for (let c = 0; c < cats; c++) {
    const category = SYNTHETIC_CATEGORIES[c] as (typeof SYNTHETIC_CATEGORIES)[number];
    const { variants, bases } = BASES[category];
    const count = Math.floor(n / cats) + (c < n % cats ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const base = bases[k % bases.length] as Base;
      const round_ = Math.floor(k / bases.length);
      const variant = variants[round_ % variants.length] as string;
      const extra = Math.floor(round_ / variants.length);
      const [name, unit, direction, min, max, lo, hi, decimals] = base;
      const indicator = `${name}（${variant}${extra ? `·口径${extra + 1}` : ''}）`;
      // Digital-health indicators were reported from later years on; others mostly from the start.
      const lag =
        category === '数字健康' ? 1 + Math.floor(rand() * 4) : Math.floor(rand() ** 2 * 5);
      out.push({
        entry: { indicator, nameEn: '', unit, direction, min, max, category },
        lo,
        hi,
        decimals,
        start: firstYear + lag,
        hasTargets: direction !== 'neutral' && rand() < 0.45,
      });
    }
  }
  return out;
}

/** Builds the whole synthetic workbook. */
export function syntheticCity(opts: SyntheticOptions = {}): SyntheticCity {
  const rand = prng(opts.seed ?? 1);
  const years = Math.max(1, Math.floor(opts.years ?? 10));
  const firstYear = LAST_ACTUAL_YEAR - years + 1;
  const specs = catalogSpecs(Math.max(0, Math.floor(opts.indicators ?? 300)), rand, firstYear);
  // Per district: development (service indicators) and size (counts and money).
  const profile = CHONGQING_DISTRICTS.map((d) => ({
    dev: clamp((URBAN.has(d) ? 0.55 : 0.2) + rand() * 0.45, 0, 1),
    size: (URBAN.has(d) ? 1 : 0.45) + rand() * 0.6,
  }));
  const observations: Observation[] = [];
  let next = 1;
  const push = (o: Omit<Observation, 'id'>) => observations.push({ id: `c${next++}`, ...o });

  CHONGQING_DISTRICTS.forEach((district, di) => {
    const { dev, size } = profile[di] as { dev: number; size: number };
    for (const s of specs) {
      const { indicator, unit, direction, min, max } = s.entry;
      const span = s.hi - s.lo;
      // Where this district sits in the typical range in the last year.
      const pos = clamp(0.6 * dev + 0.4 * rand(), 0, 1);
      const level =
        direction === 'neutral'
          ? s.lo + span * clamp(0.3 * size + 0.4 * rand(), 0, 1)
          : s.lo + span * (direction === 'higher' ? pos : 1 - pos);
      // Yearly improvement (or growth for neutral counts), as a share of the typical range.
      const step = span * (0.01 + 0.03 * rand()) * (direction === 'lower' ? -1 : 1);
      const at = (year: number) => level - step * (LAST_ACTUAL_YEAR - year);
      let last: number | null = null;
      for (let year = Math.max(s.start, firstYear); year <= LAST_ACTUAL_YEAR; year++) {
        if (rand() < 0.03) continue; // the odd missing report
        const noise = (rand() - 0.5) * span * 0.02;
        const value = round(clamp(at(year) + noise, min, max), s.decimals);
        last = value;
        push({
          district,
          indicator,
          unit,
          year,
          kind: 'actual',
          value,
          qualifier: '',
          scope: '',
          source: `${district}${year}年卫生健康统计公报`,
          quote: `${year}年，${indicator}为${value}${unit}。`,
          note: '',
        });
      }
      if (!s.hasTargets) continue;
      const from = last ?? level;
      for (const year of TARGET_YEARS) {
        const ahead = year - LAST_ACTUAL_YEAR;
        const value = round(clamp(from + step * ahead * 1.5, min, max), s.decimals);
        const plan = year === 2025 ? `${district}“十四五”卫生健康规划` : `健康${district}2030行动`;
        push({
          district,
          indicator,
          unit,
          year,
          kind: 'target',
          value,
          qualifier: direction === 'higher' && unit === '%' && rand() < 0.3 ? '≥' : '',
          scope: '',
          source: plan,
          quote: `到${year}年，${indicator}达到${value}${unit}。`,
          note: '',
        });
      }
    }
  });
  return { catalog: specs.map((s) => s.entry), observations };
}

export const SYNTHETIC_CSV_HEADER = [
  '区县',
  '指标',
  '单位',
  '年份',
  '类型',
  '数值',
  '限定',
  '范围',
  '来源文件',
  '原文',
  '备注',
] as const;

const csvCell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The observations as long CSV text with Chinese headers (类型 实际/目标), LF line ends. */
export function syntheticCsv(input: SyntheticOptions | SyntheticCity = {}): string {
  const city = 'observations' in input ? input : syntheticCity(input);
  const lines = [SYNTHETIC_CSV_HEADER.join(',')];
  for (const o of city.observations) {
    lines.push(
      [
        o.district,
        o.indicator,
        o.unit,
        o.year,
        o.kind === 'actual' ? '实际' : '目标',
        o.value,
        o.qualifier,
        o.scope,
        o.source,
        o.quote,
        o.note,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}
