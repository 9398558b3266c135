// Chongqing's county-level divisions with their GB/T 2260 codes, and the names and codes they
// replaced. Source: 民政部《中华人民共和国县以上行政区划代码》(mca.gov.cn, 民政数据 → 行政区划代码),
// the published form of GB/T 2260; codes and change years were checked against its yearly lists
// 1997–2019 as mirrored in github.com/cn/GB2260 (mca/*.tsv), and no Chongqing county-level
// division has changed since (梁平区 and 武隆区, 2016, were the last).
// Romanised names follow 汉语拼音 place-name spelling (the interface's own English names live in
// src/i18n/names.ts; a test there checks that each of them matches one of these).

export type DivisionKind = 'district' | 'county' | 'autonomousCounty';

export interface Division {
  /** GB/T 2260 six-digit code. */
  code: string;
  /** Full name, the form the workbook stores: 石柱土家族自治县. */
  name: string;
  /** The name as commonly shortened: 江津, 石柱 (忠县 has none: it stays 忠县). */
  short: string;
  kind: DivisionKind;
  /** 汉语拼音 of the short name: Jiangjin. */
  pinyin: string;
}

export interface FormerDivision {
  code: string;
  name: string;
  /** Full name of the division that took its place. */
  now: string;
  /** Year of the change (the first yearly code list that shows it). */
  year: number;
  /** Merged into `now` with another division (万盛区 and 綦江县 → 綦江区), not only renamed. */
  merged?: true;
}

export const CITY = { code: '500000', name: '重庆市', short: '重庆', pinyin: 'Chongqing' };

const d = (code: string, name: string, short: string, pinyin: string): Division => ({
  code,
  name,
  short,
  kind: 'district',
  pinyin,
});
const c = (code: string, name: string, short: string, pinyin: string): Division => ({
  code,
  name,
  short,
  kind: name.endsWith('自治县') ? 'autonomousCounty' : 'county',
  pinyin,
});

/** The 38 divisions in code order: 26 districts, 8 counties, 4 autonomous counties. */
export const DIVISIONS: readonly Division[] = [
  d('500101', '万州区', '万州', 'Wanzhou'),
  d('500102', '涪陵区', '涪陵', 'Fuling'),
  d('500103', '渝中区', '渝中', 'Yuzhong'),
  d('500104', '大渡口区', '大渡口', 'Dadukou'),
  d('500105', '江北区', '江北', 'Jiangbei'),
  d('500106', '沙坪坝区', '沙坪坝', 'Shapingba'),
  d('500107', '九龙坡区', '九龙坡', 'Jiulongpo'),
  d('500108', '南岸区', '南岸', "Nan'an"),
  d('500109', '北碚区', '北碚', 'Beibei'),
  d('500110', '綦江区', '綦江', 'Qijiang'),
  d('500111', '大足区', '大足', 'Dazu'),
  d('500112', '渝北区', '渝北', 'Yubei'),
  d('500113', '巴南区', '巴南', 'Banan'),
  d('500114', '黔江区', '黔江', 'Qianjiang'),
  d('500115', '长寿区', '长寿', 'Changshou'),
  d('500116', '江津区', '江津', 'Jiangjin'),
  d('500117', '合川区', '合川', 'Hechuan'),
  d('500118', '永川区', '永川', 'Yongchuan'),
  d('500119', '南川区', '南川', 'Nanchuan'),
  d('500120', '璧山区', '璧山', 'Bishan'),
  d('500151', '铜梁区', '铜梁', 'Tongliang'),
  d('500152', '潼南区', '潼南', 'Tongnan'),
  d('500153', '荣昌区', '荣昌', 'Rongchang'),
  d('500154', '开州区', '开州', 'Kaizhou'),
  d('500155', '梁平区', '梁平', 'Liangping'),
  d('500156', '武隆区', '武隆', 'Wulong'),
  c('500229', '城口县', '城口', 'Chengkou'),
  c('500230', '丰都县', '丰都', 'Fengdu'),
  c('500231', '垫江县', '垫江', 'Dianjiang'),
  c('500233', '忠县', '忠县', 'Zhong'),
  c('500235', '云阳县', '云阳', 'Yunyang'),
  c('500236', '奉节县', '奉节', 'Fengjie'),
  c('500237', '巫山县', '巫山', 'Wushan'),
  c('500238', '巫溪县', '巫溪', 'Wuxi'),
  c('500240', '石柱土家族自治县', '石柱', 'Shizhu'),
  c('500241', '秀山土家族苗族自治县', '秀山', 'Xiushan'),
  c('500242', '酉阳土家族苗族自治县', '酉阳', 'Youyang'),
  c('500243', '彭水苗族土家族自治县', '彭水', 'Pengshui'),
];

/**
 * Names and codes no longer in use, each with the division that took its place. Short forms of
 * merged divisions (万盛, 双桥) are left out on purpose: 万盛经开区 and 双桥经开区 are still
 * reported apart from 綦江区 and 大足区 in many tables.
 */
export const FORMER: readonly FormerDivision[] = [
  { code: '500101', name: '万县区', now: '万州区', year: 1998 },
  { code: '500239', name: '黔江土家族苗族自治县', now: '黔江区', year: 2000 },
  { code: '500221', name: '长寿县', now: '长寿区', year: 2001 },
  { code: '500181', name: '江津市', now: '江津区', year: 2006 },
  { code: '500182', name: '合川市', now: '合川区', year: 2006 },
  { code: '500183', name: '永川市', now: '永川区', year: 2006 },
  { code: '500184', name: '南川市', now: '南川区', year: 2006 },
  { code: '500110', name: '万盛区', now: '綦江区', year: 2011, merged: true },
  { code: '500222', name: '綦江县', now: '綦江区', year: 2011, merged: true },
  { code: '500111', name: '双桥区', now: '大足区', year: 2011, merged: true },
  { code: '500225', name: '大足县', now: '大足区', year: 2011, merged: true },
  { code: '500224', name: '铜梁县', now: '铜梁区', year: 2014 },
  { code: '500227', name: '璧山县', now: '璧山区', year: 2014 },
  { code: '500223', name: '潼南县', now: '潼南区', year: 2015 },
  { code: '500226', name: '荣昌县', now: '荣昌区', year: 2015 },
  { code: '500234', name: '开县', now: '开州区', year: 2016 },
  { code: '500228', name: '梁平县', now: '梁平区', year: 2016 },
  { code: '500232', name: '武隆县', now: '武隆区', year: 2016 },
];

// Maps, not object literals: a cell reading "constructor" must not find a prototype member.
const BY_NAME = new Map(DIVISIONS.map((v) => [v.name, v]));
const BY_CODE = new Map(DIVISIONS.map((v) => [v.code, v]));
const BY_SHORT = new Map<string, Division>();
for (const v of DIVISIONS) {
  BY_SHORT.set(v.short, v);
  // 石柱县, 秀山县: the autonomous counties are often written as plain counties.
  if (v.kind === 'autonomousCounty') BY_SHORT.set(`${v.short}县`, v);
}
const FORMER_BY_NAME = new Map(FORMER.map((f) => [f.name, f]));
// A former code now used by its successor (500110 万盛区 → 綦江区) is read as the current one.
const FORMER_BY_CODE = new Map(FORMER.filter((f) => !BY_CODE.has(f.code)).map((f) => [f.code, f]));
const BY_PINYIN = new Map(DIVISIONS.map((v) => [v.pinyin.toLowerCase().replace(/'/g, ''), v]));

export const divisionNamed = (name: string): Division | undefined => BY_NAME.get(name);
export const divisionShort = (short: string): Division | undefined => BY_SHORT.get(short);
export const divisionCoded = (code: string): Division | undefined => BY_CODE.get(code);
export const formerNamed = (name: string): FormerDivision | undefined => FORMER_BY_NAME.get(name);
export const formerCoded = (code: string): FormerDivision | undefined => FORMER_BY_CODE.get(code);

/**
 * A romanised name: Jiangjin, JIANGJIN, Jiangjin District, Chengkou County, Nan’an, Jiangjin Qu,
 * Shizhu Tujia Autonomous County.
 */
export function divisionRomanised(text: string): Division | undefined {
  const s = text
    .toLowerCase()
    .replace(/[’'‘`]/g, '')
    .replace(/\s+(district|county|qu|xian|(\w+\s+)*autonomous\s+county)$/, '')
    .trim();
  return BY_PINYIN.get(s);
}
