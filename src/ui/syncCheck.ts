// After a login, the database itself is asked (with the new session cookie) before sharing is
// turned on: a mistyped database name or an account that is not a member is said at once, in
// words, instead of turning sharing on towards an address that can only fail.
export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

export type DatabaseCheck =
  | { ok: true }
  | { ok: false; problem: 'noDatabase' | 'notMember' | 'unreachable' }
  | { ok: false; problem: 'server'; status: number };

const browserFetch: FetchFn = (u, init) => globalThis.fetch(u, init);

/** GET the database URL: 404 no such database, 401/403 not a member, no answer unreachable. */
export async function checkDatabase(
  dbUrl: string,
  fetchFn: FetchFn = browserFetch,
): Promise<DatabaseCheck> {
  let res: Response;
  try {
    res = await fetchFn(dbUrl, {
      credentials: 'include',
      headers: { accept: 'application/json' },
    });
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  if (res.ok) return { ok: true };
  if (res.status === 404) return { ok: false, problem: 'noDatabase' };
  if (res.status === 401 || res.status === 403) return { ok: false, problem: 'notMember' };
  return { ok: false, problem: 'server', status: res.status };
}

/** Whether anything answers at the address (any HTTP answer counts; only no answer does not). */
export async function reachable(dbUrl: string, fetchFn: FetchFn = browserFetch): Promise<boolean> {
  const c = await checkDatabase(dbUrl, fetchFn);
  return c.ok || c.problem !== 'unreachable';
}
