// A GB18030 encoder for test fixtures. Browsers and Node only decode GB18030, so the table is
// built by decoding every two-byte code once (covers all GBK characters: enough for CJK text).
let table: Map<string, number[]> | null = null;

function build(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [hi, lo]);
    }
  }
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`fixture text has a character outside GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
