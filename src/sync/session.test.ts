import { describe, expect, it } from 'vitest';
import { lead } from './leader';
import { serverRoot } from './session';

describe('the server root of a database URL (where /_session lives)', () => {
  it.each([
    ['http://office:5984/workbook', 'http://office:5984'],
    ['http://office:5984/workbook/', 'http://office:5984'],
    ['https://planner.lan/couchdb/workbook', 'https://planner.lan/couchdb'],
    ['http://127.0.0.1:5984/work%2Fbook?x=1', 'http://127.0.0.1:5984'],
  ])('%s → %s', (url, root) => expect(serverRoot(url)).toBe(root));
});

describe('one tab leads', () => {
  it('leads at once when the lock is free, and frees it on release', async () => {
    const held: string[] = [];
    const locks = {
      request: async (name: string, _o: unknown, cb: (lock: unknown) => Promise<void>) => {
        held.push(name);
        await cb({ name });
        held.splice(held.indexOf(name), 1);
      },
    };
    let waited = false;
    const l = lead('sync:w', () => (waited = true), locks);
    await l.acquired;
    expect(held).toEqual(['sync:w']);
    expect(waited).toBe(false);
    l.release();
    await expect.poll(() => held).toEqual([]);
  });

  it('leads without the Web Locks API', async () => {
    await expect(lead('sync:w', () => {}, null).acquired).resolves.toBeUndefined();
  });
});
