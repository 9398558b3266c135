// What kind of file the bytes are, by their first bytes: a file's name (.xls, .et, .csv) is
// often wrong — WPS saves .et as an Excel 97 workbook, and many "xls" downloads are zips.

/** What kind of file the bytes are (by their signature, not the name). */
export type FileFormat = 'csv' | 'xlsx' | 'xls' | 'html';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: Excel 97–2003 .xls, WPS .et (and an encrypted .xlsx). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: readonly number[], n = sig.length) =>
  bytes.length >= n && sig.slice(0, n).every((b, i) => bytes[i] === b);

/** xlsx for a zip, xls for an OLE compound file, else csv (text, decoded later). */
export function fileKind(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE, 4)) return 'xls';
  return 'csv';
}

/**
 * Text that is a web page or an Excel 2003 XML table rather than CSV: many government downloads
 * named .xls are one of these. Told from the decoded text, so a GBK page is read as GBK.
 */
export function isMarkupTable(text: string): boolean {
  const head = text.slice(0, 65536);
  if (!/^\s*</.test(head.replace(/^\uFEFF/, ''))) return false;
  return /<table[\s>]/i.test(head) || /urn:schemas-microsoft-com:office:spreadsheet/i.test(head);
}
