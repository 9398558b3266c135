// Writes a workbook off the page's thread: exceljs takes many seconds over 100,000 rows.
import { workbookWriter, type WorkbookSheet } from './writeWorkbook';

export type WriteReply = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

const write = async (sheets: WorkbookSheet[]): Promise<WriteReply> => {
  try {
    return { ok: true, bytes: await (await workbookWriter())(sheets) };
  } catch (err) {
    return { ok: false, error: String(err) };
  }
};

self.onmessage = (e: MessageEvent<WorkbookSheet[]>) => {
  void write(e.data).then((reply) =>
    // The bytes move to the page rather than being copied.
    self.postMessage(reply, { transfer: reply.ok ? [reply.bytes.buffer as ArrayBuffer] : [] }),
  );
};
