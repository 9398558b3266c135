// CSV fixtures made by code (see README.md in this folder). Used by unit and e2e tests.
import { encodeAs } from './encodings';
import { encodeGb18030 } from './gb18030';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => utf8('\uFEFF' + s);
const LONG_HEADER = '区县,指标,单位,年份,类型,数值,限定,范围,来源文件,原文,备注';

/** Wide layout as 对比 exports it, saved by Chinese Excel (GB18030, CRLF). */
export function gb18030Wide(): Uint8Array {
  return encodeGb18030(
    [
      '指标,范围,单位,分类,江津区,黔江区,荣昌区',
      '居民健康素养水平,,%,健康水平,33.5,25.1,29.4',
      '人均预期寿命,,岁,健康水平,80.3,,79.0',
      '每千人口托位数,,个,妇幼与托育,3.1,2.2,',
    ].join('\r\n') + '\r\n',
  );
}

/** Long layout with a UTF-8 BOM and Chinese number forms. */
export function utf8BomLong(): Uint8Array {
  return withBom(
    [
      LONG_HEADER,
      '江津区,居民健康素养水平,%,2024,实际,32.9%,,,,,',
      '黔江区,家庭医生签约人数,万人,2024,实际,12万,,,,,',
      '大足区,计划生育奖扶资金,亿元,2024,实际,"1,234万",,,,,金额以万元填写',
      '九龙坡区,网格健康指导员人数,人,2024,实际,"１,５００",,,,,',
      '荣昌区,区域内就诊率,%,2026,目标,≥96%,,,,,',
      '荣昌区,患者满意度,%,2024,实际,97 ,,荣昌区人民医院,,,',
    ].join('\n') + '\n',
  );
}

export function semicolonLong(): Uint8Array {
  return utf8(
    [
      '区县;指标;单位;年份;类型;数值',
      '江津区;居民健康素养水平;%;2024;实际;32.9',
      '黔江区;人均预期寿命;岁;2024;实际;77.5',
    ].join('\n'),
  );
}

export function tabLong(): Uint8Array {
  return utf8(
    [
      'district\tindicator\tunit\tyear\tkind\tvalue',
      '江津区\t居民健康素养水平\t%\t2024\tactual\t33',
      '黔江区\t人均预期寿命\t岁\t2024\tactual\t77.5',
    ].join('\n'),
  );
}

/** Quoted fields holding commas, doubled quotes and newlines. */
export function quotedFields(): Uint8Array {
  return utf8(
    [
      LONG_HEADER,
      '江津区,居民健康素养水平,%,2024,实际,33,,,report.txt,"居民健康素养水平达33%，较上年提高""0.8""个百分点",',
      '江津区,人均预期寿命,岁,2024,实际,80.5,,,report.txt,"第一行\n第二行, 含逗号","备注, 含逗号"',
    ].join('\n'),
  );
}

/** One good row, one short row, one long row. */
export function ragged(): Uint8Array {
  return utf8(
    [
      LONG_HEADER,
      '江津区,居民健康素养水平,%,2024,实际,33,,,,,',
      '黔江区,人均预期寿命,岁,2024',
      '大足区,人均预期寿命,岁,2024,实际,78,,,,,,多出一列',
    ].join('\n'),
  );
}

export const empty = (): Uint8Array => new Uint8Array(0);
export const headerOnly = (): Uint8Array => utf8(LONG_HEADER + '\n');

/** Deterministic noise that is neither UTF-8 nor text. */
export function binaryGarbage(): Uint8Array {
  const out = new Uint8Array(2048);
  let x = 12345;
  for (let i = 0; i < out.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Rows with a bad value, an unknown district and indicator, a duplicate and an out-of-range value. */
export function problems(): Uint8Array {
  return utf8(
    [
      LONG_HEADER,
      '江津区,居民健康素养水平,%,2024,实际,很高,,,,,',
      '璧山区,居民健康素养水平,%,2024,实际,30,,,,,',
      '江津区,新指标甲,个,2024,实际,5,,,,,',
      '江津区,人均预期寿命,岁,2024,实际,80.6,,,,,',
      '江津区,人均预期寿命,岁,2024,实际,80.6,,,,,',
      '江津区,人均预期寿命,岁,2024,实际,80.9,,,,,',
      '江津区,居民健康素养水平,%,2025,实际,130,,,,,',
    ].join('\n'),
  );
}

/** Cells that Excel would run as formulas, and HTML that must stay text. */
export const XSS = '<img src=x onerror=alert(1)>';
export function payloads(): Uint8Array {
  return utf8(
    [
      LONG_HEADER,
      '江津区,居民健康素养水平,%,2024,实际,33,,,,,"=HYPERLINK(""http://x"",""点我"")"',
      '江津区,人均预期寿命,岁,2024,实际,-1,,,,,+SUM(A1:A2)',
      '江津区,每千人口托位数,个,2024,实际,3,,,,,@cmd',
      `"${XSS}",居民健康素养水平,%,2024,实际,31,,,,,<script>alert(1)</script>`,
    ].join('\n'),
  );
}

/** `n` long rows over a few districts and indicators (for the 100,000-row import). */
export function bigLong(n: number): Uint8Array {
  const districts = ['江津区', '黔江区', '大足区', '荣昌区', '九龙坡区'];
  const lines = [LONG_HEADER];
  for (let i = 0; i < n; i++) {
    const d = districts[i % 5] as string;
    const year = 2000 + (Math.floor(i / 5) % 30);
    const ind = `批量指标${Math.floor(i / 150)}`;
    lines.push(`${d},${ind},个,${year},实际,${(i % 997) + 0.5},,,,,`);
  }
  return utf8(lines.join('\n'));
}

/** The same long rows written with `newline` between lines (LF, CRLF, CR or a mixture). */
export function lineEndings(newline: (i: number) => string): Uint8Array {
  const lines = [
    LONG_HEADER,
    '江津区,居民健康素养水平,%,2024,实际,33,,,report.txt,"原文""引号""，含逗号",备注',
    '黔江区,人均预期寿命,岁,2024,实际,77.5,,,report.txt,原文,"多行\n备注"',
    '大足区,人均预期寿命,岁,2024,实际,78,,,report.txt,"末列前有引号",',
  ];
  return utf8(lines.map((l, i) => l + newline(i)).join(''));
}

/** A quote opened in the 单位 column of line 3 and never closed. */
export function unclosedQuote(): Uint8Array {
  return utf8(
    [
      LONG_HEADER,
      '江津区,居民健康素养水平,%,2024,实际,33,,,,,',
      '黔江区,人均预期寿命,"岁,2024,实际,77.5,,,,,',
      '大足区,人均预期寿命,岁,2024,实际,78,,,,,',
    ].join('\n'),
  );
}

/** A UTF-8 file with one stray byte (0xFF) at a known offset. */
export function utf8StrayByte(): { bytes: Uint8Array; offset: number } {
  const head = utf8(LONG_HEADER + '\n江津区,居民健康素养水平,%,2024,实际,33,,,,,原文');
  const tail = utf8('\n');
  const bytes = new Uint8Array(head.length + 1 + tail.length);
  bytes.set(head);
  bytes[head.length] = 0xff;
  bytes.set(tail, head.length + 1);
  return { bytes, offset: head.length };
}

/** Excel's "Unicode text": UTF-16 with a BOM, tab-separated, CRLF. */
export function utf16(endian: 'le' | 'be'): Uint8Array {
  const text =
    [
      '区县\t指标\t单位\t年份\t类型\t数值',
      '江津区\t居民健康素养水平\t%\t2024\t实际\t32.9',
      '荣昌区\t区域内就诊率\t%\t2026\t目标\t≥96',
    ].join('\r\n') + '\r\n';
  return encodeAs(text, endian === 'le' ? 'utf-16le' : 'utf-16be');
}
