import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb } from './db';
import { reportText, saveReport } from './reports';

describe('stored reports', () => {
  it('never overwrites a stored report: a second text under the same name gets a distinct name', async () => {
    const r = await openDb('reports-test');
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    const db = r.value;
    const first = await saveReport({ name: '报告_2026-11-29.txt', text: '第一份', added: 1 }, db);
    const second = await saveReport({ name: '报告_2026-11-29.txt', text: '第二份', added: 2 }, db);
    const again = await saveReport({ name: '报告_2026-11-29.txt', text: '第一份', added: 3 }, db);
    expect([first, second, again]).toEqual([
      '报告_2026-11-29.txt',
      '报告_2026-11-29 (2).txt',
      '报告_2026-11-29.txt',
    ]);
    expect(await reportText(first, db)).toBe('第一份');
    expect(await reportText(second, db)).toBe('第二份');
    expect(await db.reports()).toHaveLength(2);
    db.close();
  });

  it('does the same without storage', async () => {
    const a = await saveReport({ name: 'm.txt', text: 'A', added: 1 }, null);
    const b = await saveReport({ name: 'm.txt', text: 'B', added: 2 }, null);
    expect([a, b]).toEqual(['m.txt', 'm (2).txt']);
    expect(await reportText('m.txt', null)).toBe('A');
  });
});
