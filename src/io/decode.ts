// Bytes → text. Chinese Excel/WPS save CSV as GB18030/GBK unless told otherwise, and no
// parser detects that, so: strict UTF-8 first, GB18030 when that fails.
import { t } from '../i18n';

export type Encoding = 'utf-8' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; reason: string };

/** Too many control characters: an image, a spreadsheet binary or a zip, not a CSV. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.02;
}

export function decodeBytes(bytes: Uint8Array, forced?: Encoding): DecodeResult {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  ) {
    return {
      ok: false,
      reason: t.reason.xlsx,
    };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: Encoding = forced ?? 'utf-8';
  if (forced === 'gb18030') text = new TextDecoder('gb18030').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      if (forced === 'utf-8') return { ok: false, reason: t.reason.notUtf8 };
      text = new TextDecoder('gb18030').decode(bytes);
      encoding = 'gb18030';
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (looksBinary(text)) return { ok: false, reason: t.reason.binary };
  return { ok: true, value: { text, encoding, bom } };
}
