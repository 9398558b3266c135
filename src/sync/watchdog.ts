// A request to a server that stopped answering (process paused, a proxy holding the line) would
// wait for ever: PouchDB 9's HTTP adapter has no working timeout. This fetch aborts a request when
// no byte (headers or body) has come for `idleMs`; the live changes feed is safe because the
// server sends a heartbeat line every 10 s. An aborted request is a network error: PouchDB
// retries with its back-off, and the chip says offline meanwhile.
import type { FetchFn } from './session';

export function watchdogFetch(inner: FetchFn, idleMs: number): FetchFn {
  return async (url, init = {}) => {
    const abort = new AbortController();
    const outer = init.signal;
    if (outer?.aborted) abort.abort(outer.reason);
    else outer?.addEventListener('abort', () => abort.abort(outer.reason), { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopWatch = () => clearTimeout(timer);
    const watch = () => {
      stopWatch();
      timer = setTimeout(
        () => abort.abort(new Error(`no answer from the server in ${idleMs} ms`)),
        idleMs,
      );
    };
    watch();
    let res: Response;
    try {
      res = await inner(url, { ...init, signal: abort.signal });
    } catch (e) {
      stopWatch();
      throw e;
    }
    if (!res.body) {
      stopWatch();
      return res;
    }
    watch();
    const reader = res.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(into) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            stopWatch();
            into.close();
          } else {
            watch();
            into.enqueue(value);
          }
        } catch (e) {
          stopWatch();
          into.error(e);
        }
      },
      cancel(reason) {
        stopWatch();
        return reader.cancel(reason);
      },
    });
    return new Response(body, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  };
}
