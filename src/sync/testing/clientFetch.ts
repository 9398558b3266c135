// One HTTP client's fetch with its own cookie jar (only tests use this). In Node, pouchdb's own
// fetch shares one jar across the process (an "anonymous" client would reuse alice's session);
// a browser keeps one jar per profile, so the app needs none of this.
export type ClientFetch = typeof fetch & {
  /** The AuthSession cookie this client holds ('' when none). */
  cookie(): string;
};

export function clientFetch(): ClientFetch {
  let cookie = '';
  const f = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const res = await globalThis.fetch(url, { ...init, headers });
    for (const c of res.headers.getSetCookie()) {
      const m = /^AuthSession=([^;]*)/.exec(c);
      if (m) cookie = m[1] ? `AuthSession=${m[1]}` : '';
    }
    return res;
  };
  return Object.assign(f, { cookie: () => cookie });
}
