// Cookie login with the server (CouchDB's /_session). The password goes to the server once and
// is never kept; the session is the server's HttpOnly AuthSession cookie.
import type { DeniedReason } from '../state/syncInfo';
import { reasonOf } from './status';

export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;
export type LoginResult =
  { ok: true; user: string } | { ok: false; reason: DeniedReason; detail: string };

/** The server root of a database URL: its last path segment removed (keeps a proxy prefix). */
export function serverRoot(dbUrl: string): string {
  const u = new URL(dbUrl);
  u.pathname = u.pathname.replace(/\/+$/, '').replace(/\/[^/]*$/, '');
  u.search = '';
  u.hash = '';
  return u.toString().replace(/\/+$/, '');
}

async function answer(res: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await res.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const failure = (status: number, body: Record<string, unknown>): LoginResult => {
  const r = reasonOf({ status, ...body }) ?? { reason: 'server' as const, detail: '' };
  return { ok: false, ...r };
};

export async function login(
  fetchFn: FetchFn,
  dbUrl: string,
  name: string,
  password: string,
): Promise<LoginResult> {
  try {
    const res = await fetchFn(`${serverRoot(dbUrl)}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    const body = await answer(res);
    if (!res.ok) return failure(res.status, body);
    return { ok: true, user: typeof body.name === 'string' && body.name ? body.name : name };
  } catch (e) {
    return { ok: false, reason: 'server', detail: e instanceof Error ? e.message : String(e) };
  }
}

/** The user the server's session cookie names ('' when none, or the server is unreachable). */
export async function sessionUser(fetchFn: FetchFn, dbUrl: string): Promise<string> {
  try {
    const res = await fetchFn(`${serverRoot(dbUrl)}/_session`, {
      credentials: 'include',
      headers: { accept: 'application/json' },
    });
    const ctx = (await answer(res)).userCtx as { name?: unknown } | undefined;
    return typeof ctx?.name === 'string' ? ctx.name : '';
  } catch {
    return '';
  }
}

export async function logout(fetchFn: FetchFn, dbUrl: string): Promise<void> {
  try {
    await fetchFn(`${serverRoot(dbUrl)}/_session`, { method: 'DELETE', credentials: 'include' });
  } catch {
    // Offline: the session ends on the server by its own timeout; replication is stopped anyway.
  }
}
