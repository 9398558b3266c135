// Bytes → text. Chinese Excel/WPS save CSV as GB18030/GBK unless told otherwise, Excel's
// "Unicode text" is UTF-16 LE with a BOM, and no parser detects any of that. So: a BOM decides;
// else strict UTF-8; else GB18030 — but only for a file with no valid UTF-8 multi-byte
// characters at all, since a UTF-8 file with one damaged byte would otherwise be misread whole.
import type { Problem } from '../model/problems';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; reason: Problem };

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

/** UTF-16 text without a BOM: mostly ASCII, so every other byte is zero. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return n >= 4 && Math.max(even, odd) / (n / 2) > 0.3 && Math.min(even, odd) / (n / 2) < 0.05;
}

/** Counts well-formed UTF-8 multi-byte characters and finds the malformed ones. */
export function scanUtf8(bytes: Uint8Array): { multi: number; bad: number[] } {
  let multi = 0;
  const bad: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok && len === 3) {
      const c = bytes[i + 1] as number;
      ok = !(b === 0xe0 && c < 0xa0) && !(b === 0xed && c > 0x9f);
    }
    if (ok && len === 4) {
      const c = bytes[i + 1] as number;
      ok = !(b === 0xf0 && c < 0x90) && !(b === 0xf4 && c > 0x8f);
    }
    if (!ok) {
      bad.push(i);
      i++;
      continue;
    }
    if (len > 1) multi++;
    i += len;
  }
  return { multi, bad };
}

/** The text when the bytes are strict UTF-8 (decoded once: a big file is not read twice). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

function decodeAs(bytes: Uint8Array, encoding: Encoding, decoded?: string): DecodeResult {
  const bom =
    encoding === 'utf-8'
      ? bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      : encoding === 'utf-16le'
        ? bytes[0] === 0xff && bytes[1] === 0xfe
        : encoding === 'utf-16be'
          ? bytes[0] === 0xfe && bytes[1] === 0xff
          : false;
  // fatal: a byte sequence the encoding cannot map is an error, never a silent U+FFFD.
  try {
    const text = (decoded ?? new TextDecoder(encoding, { fatal: true }).decode(bytes)).replace(
      /^\uFEFF/,
      '',
    );
    return { ok: true, value: { text, encoding, bom } };
  } catch {
    if (encoding === 'utf-8') {
      const { bad } = scanUtf8(bytes);
      const first = bad[0] ?? 0;
      return {
        ok: false,
        reason: {
          code: 'badUtf8',
          offset: first + 1,
          line: lineAt(bytes, first),
          count: bad.length,
        },
      };
    }
    return { ok: false, reason: { code: encoding === 'gb18030' ? 'notGb18030' : 'binary' } };
  }
}

export function decodeBytes(bytes: Uint8Array, forced?: Encoding): DecodeResult {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  ) {
    return { ok: false, reason: { code: 'xlsx' } };
  }
  let encoding: Encoding = forced ?? 'utf-8';
  let utf8Text: string | undefined;
  if (!forced) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
    else if (looksUtf16(bytes)) return { ok: false, reason: { code: 'utf16NoBom' } };
    else if ((utf8Text = strictUtf8(bytes) ?? undefined) === undefined) {
      const { multi, bad } = scanUtf8(bytes);
      // GBK text rarely forms valid UTF-8 sequences; a UTF-8 file has many more good than bad.
      if (bad.length > 0 && bad.length >= multi) encoding = 'gb18030';
    }
  }
  const r = decodeAs(bytes, encoding, encoding === 'utf-8' ? utf8Text : undefined);
  if (r.ok && looksBinary(r.value.text)) return { ok: false, reason: { code: 'binary' } };
  if (!r.ok && !forced && encoding === 'gb18030') {
    // Neither UTF-8 nor GB18030: mostly text with a damaged byte, or not text at all.
    const utf8 = decodeAs(bytes, 'utf-8');
    const plain = new TextDecoder('utf-8').decode(bytes);
    return looksBinary(plain) || utf8.ok ? { ok: false, reason: { code: 'binary' } } : utf8;
  }
  return r;
}
