// English names of Chongqing's 38 districts and counties (indicator names come from the catalog).
const DISTRICT_EN: Record<string, string> = {
  万州区: 'Wanzhou',
  涪陵区: 'Fuling',
  渝中区: 'Yuzhong',
  大渡口区: 'Dadukou',
  江北区: 'Jiangbei',
  沙坪坝区: 'Shapingba',
  九龙坡区: 'Jiulongpo',
  南岸区: 'Nan’an',
  北碚区: 'Beibei',
  綦江区: 'Qijiang',
  大足区: 'Dazu',
  渝北区: 'Yubei',
  巴南区: 'Banan',
  黔江区: 'Qianjiang',
  长寿区: 'Changshou',
  江津区: 'Jiangjin',
  合川区: 'Hechuan',
  永川区: 'Yongchuan',
  南川区: 'Nanchuan',
  璧山区: 'Bishan',
  铜梁区: 'Tongliang',
  潼南区: 'Tongnan',
  荣昌区: 'Rongchang',
  开州区: 'Kaizhou',
  梁平区: 'Liangping',
  武隆区: 'Wulong',
  城口县: 'Chengkou County',
  丰都县: 'Fengdu County',
  垫江县: 'Dianjiang County',
  忠县: 'Zhong County',
  云阳县: 'Yunyang County',
  奉节县: 'Fengjie County',
  巫山县: 'Wushan County',
  巫溪县: 'Wuxi County',
  石柱土家族自治县: 'Shizhu',
  秀山土家族苗族自治县: 'Xiushan',
  酉阳土家族苗族自治县: 'Youyang',
  彭水苗族土家族自治县: 'Pengshui',
};

export function districtEn(name: string): string {
  // Own keys only: a district named "constructor" has no English name, not a function.
  return Object.hasOwn(DISTRICT_EN, name) ? (DISTRICT_EN[name] as string) : name;
}

/** The Chinese name behind an English district name, or the text unchanged. */
export function districtFromEn(name: string): string {
  return Object.keys(DISTRICT_EN).find((k) => DISTRICT_EN[k] === name) ?? name;
}
