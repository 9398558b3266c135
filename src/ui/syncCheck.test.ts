import { describe, expect, it } from 'vitest';
import { checkDatabase } from './syncCheck';

const answering = (status: number) => () =>
  Promise.resolve(new Response(JSON.stringify({ error: 'x' }), { status }));

describe('the database check after login', () => {
  it('tells a missing database, a non-member, an unreachable server and a good one apart', async () => {
    const url = 'http://127.0.0.1:5992/workbok';
    expect(await checkDatabase(url, answering(404))).toEqual({ ok: false, problem: 'noDatabase' });
    expect(await checkDatabase(url, answering(401))).toEqual({ ok: false, problem: 'notMember' });
    expect(await checkDatabase(url, answering(403))).toEqual({ ok: false, problem: 'notMember' });
    expect(
      await checkDatabase(url, () => Promise.reject(new TypeError('Failed to fetch'))),
    ).toEqual({ ok: false, problem: 'unreachable' });
    expect(await checkDatabase(url, answering(200))).toEqual({ ok: true });
  });

  it('asks the database itself, with the session cookie', async () => {
    const asked: [string, RequestInit | undefined][] = [];
    await checkDatabase('http://o/workbook', (u, init) => {
      asked.push([u, init]);
      return answering(200)();
    });
    expect(asked[0]?.[0]).toBe('http://o/workbook');
    expect(asked[0]?.[1]?.credentials).toBe('include');
  });
});
