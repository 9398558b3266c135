// Hand-labelled paragraphs for the report extractor (extract/). Written for the tests, with
// made-up figures; not taken from seeds/*.txt. Every number a planner would want is labelled;
// `notNumbers` lists text whose digits must never be proposed (dates, slogans, models, phones).
import type { Kind, Qualifier } from './types';

export interface LabelledNumber {
  value: number;
  unit: string;
  /** The catalog entry a planner would file it under; absent when the catalog has none. */
  indicator?: string;
  /** For numbers with no catalog entry: a word the proposed name should contain. */
  nameHint?: string;
  /** Default ''. */
  qualifier?: Qualifier;
  /** Default 'actual'. */
  kind?: Kind;
  /** Default: the paragraph's year. */
  year?: number | null;
}

export interface ExtractFixture {
  name: string;
  text: string;
  district: string;
  /** The year most numbers carry (null when the text gives none). */
  year: number | null;
  numbers: LabelledNumber[];
  notNumbers: string[];
}

export const EXTRACT_FIXTURES: readonly ExtractFixture[] = [
  {
    name: '璧山 2023 review: percent, 万人, 万人次, growth',
    text:
      '2023年，璧山区卫生健康事业稳步发展。截至2023年底，全区居民健康素养水平达34.5%，' +
      '人均预期寿命达到80.6岁。我区组建家庭医生签约服务团队215个，签约45.3万人，' +
      '家庭医生签约服务率达到41.2%。全年总诊疗人次达612.8万人次，较2022年增长8.6%。' +
      '区人民医院新增市级临床重点专科3个，开展新技术新项目56项。' +
      '全区高血压患者健康管理率为76.3%，糖尿病患者健康管理率为78.1%。',
    district: '璧山区',
    year: 2023,
    numbers: [
      { value: 34.5, unit: '%', indicator: '居民健康素养水平' },
      { value: 80.6, unit: '岁', indicator: '人均预期寿命' },
      { value: 215, unit: '个', indicator: '家庭医生签约服务团队数' },
      { value: 45.3, unit: '万人', indicator: '家庭医生签约人数' },
      { value: 41.2, unit: '%', indicator: '家庭医生签约服务率' },
      { value: 612.8, unit: '万人次', indicator: '总诊疗人次' },
      { value: 8.6, unit: '%', nameHint: '总诊疗人次' },
      { value: 3, unit: '个', indicator: '新增市级临床重点专科数量' },
      { value: 56, unit: '项', indicator: '新技术新项目数' },
      { value: 76.3, unit: '%', indicator: '高血压患者健康管理率' },
      { value: 78.1, unit: '%', indicator: '糖尿病患者健康管理率' },
    ],
    notNumbers: ['2023年，', '2023年底', '2022年'],
  },
  {
    name: '綦江 plan: targets to 2025, 以上/不低于, 亿元, slogans',
    text:
      '綦江区围绕“1167”发展思路和“4433”工作布局，制定卫生健康高质量发展三年行动方案。' +
      '到2025年，全区每千人口托位数达到4.5个，区域内就诊率达90%以上，' +
      '基层医疗卫生机构诊疗量占比不低于65%；力争新增三级医疗机构2家、建成互联网医院5家。' +
      '计划投入卫生基础设施建设资金12.6亿元，新建卫生健康服务站30个。',
    district: '綦江区',
    year: 2025,
    numbers: [
      { value: 4.5, unit: '个', indicator: '每千人口托位数', kind: 'target' },
      { value: 90, unit: '%', indicator: '区域内就诊率', qualifier: '≥', kind: 'target' },
      {
        value: 65,
        unit: '%',
        indicator: '基层医疗卫生机构诊疗量占比',
        qualifier: '≥',
        kind: 'target',
      },
      { value: 2, unit: '家', indicator: '新增三级医疗机构数量', kind: 'target' },
      { value: 5, unit: '家', indicator: '互联网医院数量', kind: 'target' },
      { value: 12.6, unit: '亿元', indicator: '卫生基础设施投资', kind: 'target' },
      { value: 30, unit: '个', indicator: '新建卫生健康服务站数量', kind: 'target' },
    ],
    notNumbers: ['“1167”', '“4433”', '2025年'],
  },
  {
    name: '万州 2024 (二〇二四年): 余/近, dates, model names, phone numbers',
    text:
      '12月17日，万州区卫生健康委召开年度工作推进会。会议通报，二〇二四年全区新增婴幼儿托位1200余个，' +
      '婴幼儿托位总数达到5600个；区人民医院引进64排CT、3.0T磁共振等大型设备，新增医疗设备86台套。' +
      '全区39家医疗机构实现异地就医直接结算，接诊毗邻地区急诊急救患者近3000人次。' +
      '群众可拨打咨询电话023-58123456或12320卫生热线了解详情。',
    district: '万州区',
    year: 2024,
    numbers: [
      { value: 1200, unit: '个', indicator: '新增婴幼儿托位数', qualifier: '≈' },
      { value: 5600, unit: '个', indicator: '婴幼儿托位总数' },
      { value: 86, unit: '台套', indicator: '新增医疗设备数' },
      { value: 39, unit: '家', indicator: '异地就医直接结算医疗机构数' },
      { value: 3000, unit: '人次', indicator: '接诊毗邻地区急诊急救人次', qualifier: '≈' },
    ],
    notNumbers: ['12月17日', '64排CT', '3.0T', '023-58123456', '12320'],
  },
  {
    name: '忠县 2024 health poverty relief: 万元, 元/人, 万余元, 名, new names',
    text:
      '忠县持续巩固健康扶贫成果。2024年，全县累计投入健康扶贫基金2350万元，' +
      '对脱贫人口参保个人缴费部分按照80%给予资助，资助标准为220元/人。' +
      '实施白内障复明手术860人次，减免费用172万余元；为脱贫人口开展免费健康体检3.2万人次。' +
      '全县建成标准化村卫生室312所，配备乡村医生640名，大病集中救治率保持在100%。',
    district: '忠县',
    year: 2024,
    numbers: [
      { value: 2350, unit: '万元', indicator: '健康扶贫基金累计投入' },
      { value: 80, unit: '%', indicator: '贫困人口参保缴费资助比例' },
      { value: 220, unit: '元/人', indicator: '贫困人口参保资助标准' },
      { value: 860, unit: '人次', indicator: '白内障手术人次' },
      { value: 172, unit: '万元', indicator: '白内障手术减免费用', qualifier: '≈' },
      { value: 3.2, unit: '万人次', nameHint: '体检' },
      { value: 312, unit: '所', nameHint: '村卫生室' },
      { value: 640, unit: '人', nameHint: '乡村医生' },
      { value: 100, unit: '%', indicator: '大病集中救治率' },
    ],
    notNumbers: ['2024年'],
  },
  {
    name: '南川 2022 work points: numbered items, a PDF line break, ranks, 分别',
    text:
      '南川区2022年卫生健康工作要点\n\n' +
      '1 夯实基层服务网底。全区现有基层医疗卫生机构36个，其中甲级基层\n' +
      '医疗卫生机构14家，甲级基层医疗卫生机构占比达38.9%。\n\n' +
      '2 提升医疗服务能力。区人民医院在全国三级公立医院绩效考核中位列第286名，较上年提升57位；' +
      '高血压、糖尿病患者规范管理率分别达72.4%、70.8%。',
    district: '南川区',
    year: 2022,
    numbers: [
      { value: 36, unit: '个', indicator: '基层医疗卫生机构数量' },
      { value: 14, unit: '家', indicator: '甲级基层医疗卫生机构数量' },
      { value: 38.9, unit: '%', indicator: '甲级基层医疗卫生机构占比' },
      { value: 286, unit: '名', indicator: '三级公立医院国考全国排名' },
      { value: 57, unit: '位', indicator: '三级公立医院国考全国排名提升位次' },
      { value: 72.4, unit: '%', indicator: '高血压患者健康管理率' },
      { value: 70.8, unit: '%', indicator: '糖尿病患者健康管理率' },
    ],
    notNumbers: ['1 夯实', '2 提升', '2022年'],
  },
  {
    name: '铜梁 hospital 2023: 由…增长至, 篇, 支, 超/近/以上',
    text:
      '铜梁区中医院“十四五”以来发展迅速，医院建筑面积由4.2万平方米增长至9.8万平方米，' +
      '编制床位由600张增加至900张。2023年，医院发表医学论文126篇，其中SCI论文9篇；' +
      '获批市级科研项目15项；组建医疗志愿服务团队28支，开展义诊活动超200场，' +
      '服务群众近1.5万人次。患者满意度保持在96%以上。',
    district: '铜梁区',
    year: 2023,
    numbers: [
      { value: 4.2, unit: '万平方米', indicator: '医院建筑面积' },
      { value: 9.8, unit: '万平方米', indicator: '医院建筑面积' },
      { value: 600, unit: '张', indicator: '编制床位数' },
      { value: 900, unit: '张', indicator: '编制床位数' },
      { value: 126, unit: '篇', indicator: '医学论文数' },
      { value: 9, unit: '篇', indicator: 'SCI论文数' },
      { value: 15, unit: '项', indicator: '市级科研项目数' },
      { value: 28, unit: '支', indicator: '医疗志愿服务团队数量' },
      { value: 200, unit: '场', nameHint: '义诊', qualifier: '≈' },
      { value: 1.5, unit: '万人次', nameHint: '服务群众', qualifier: '≈' },
      { value: 96, unit: '%', indicator: '患者满意度', qualifier: '≥' },
    ],
    notNumbers: ['2023年'],
  },
  {
    name: '九龙坡 (no year given): 我区, 名→人, 个百分点, codes and hours',
    text:
      '今年以来，我区以“强基层”为抓手，依托5G远程会诊平台和3D打印技术提升服务能力，' +
      '九龙坡区120急救网络实现24小时全覆盖。全年新建卫生健康服务站18个，下沉基层技术人员95人，' +
      '网格健康指导员达到1320名，村（社区）公共卫生委员会共成立148个。' +
      '九龙坡区家庭医生签约服务率提升至45.6%，较上年提高3.2个百分点。',
    district: '九龙坡区',
    year: null,
    numbers: [
      { value: 18, unit: '个', indicator: '新建卫生健康服务站数量' },
      { value: 95, unit: '人', indicator: '下沉基层技术人员数' },
      { value: 1320, unit: '人', indicator: '网格健康指导员人数' },
      { value: 148, unit: '个', indicator: '公共卫生委员会数量' },
      { value: 45.6, unit: '%', indicator: '家庭医生签约服务率' },
      { value: 3.2, unit: '个百分点', nameHint: '家庭医生签约服务率' },
    ],
    notNumbers: ['5G', '3D', '120急救', '24小时'],
  },
  {
    name: '大渡口 2024 brief (written blind, after tuning): ‰, 剂次, 份, ranks without unit',
    text:
      '大渡口区2024年1—10月卫生健康工作简报\n\n' +
      '今年1—10月，全区孕产妇系统管理率达96.2%，婴儿死亡率降至2.1‰，同比下降0.4个千分点。' +
      '区疾控中心完成流感疫苗接种约4.6万剂次，发放健康宣传资料12万余份。' +
      '全区慢性病综合防控示范区复审得分排名全市第3。' +
      '区中心医院新购置CT 2台、DSA 1台，累计投入设备购置资金3860万元，门急诊人次同比增长12.5%。' +
      '全区签约家庭医生服务团队共计128支，重点人群签约率达到78.4%。',
    district: '大渡口区',
    year: 2024,
    numbers: [
      { value: 96.2, unit: '%', nameHint: '孕产妇系统管理率' },
      { value: 2.1, unit: '‰', nameHint: '婴儿死亡率' },
      { value: 0.4, unit: '个千分点' },
      { value: 4.6, unit: '万剂次', qualifier: '≈', nameHint: '流感疫苗' },
      { value: 12, unit: '万份', qualifier: '≈', nameHint: '宣传资料' },
      { value: 3, unit: '名' },
      { value: 2, unit: '台' },
      { value: 1, unit: '台' },
      { value: 3860, unit: '万元', nameHint: '设备购置资金' },
      { value: 12.5, unit: '%', nameHint: '门急诊人次' },
      { value: 128, unit: '支', indicator: '家庭医生签约服务团队数' },
      { value: 78.4, unit: '%', nameHint: '重点人群签约率' },
    ],
    notNumbers: ['2024年1—10月', '今年1—10月'],
  },
  {
    name: '江津 mid-term review (written blind, after tuning): actual vs target, per-capita',
    text:
      '江津区“十四五”卫生健康规划中期评估显示，2023年全区每千人口执业（助理）医师数达2.9人，' +
      '每千人口床位数为6.8张。按照规划，到2025年每千人口执业（助理）医师数将达到3.2人，' +
      '每千人口床位数达到7.5张，二级及以上医院设置老年医学科比例不低于80%。' +
      '目前，全区已建成区域医疗卫生次中心5个，计划再建设3个。',
    district: '江津区',
    year: 2023,
    numbers: [
      { value: 2.9, unit: '人', nameHint: '医师' },
      { value: 6.8, unit: '张', nameHint: '床位' },
      { value: 3.2, unit: '人', nameHint: '医师', kind: 'target', year: 2025 },
      { value: 7.5, unit: '张', nameHint: '床位', kind: 'target', year: 2025 },
      { value: 80, unit: '%', nameHint: '老年医学科', qualifier: '≥', kind: 'target', year: 2025 },
      { value: 5, unit: '个', indicator: '区域医疗卫生次中心数量' },
      { value: 3, unit: '个', kind: 'target' },
    ],
    notNumbers: ['2023年', '2025年'],
  },
];
