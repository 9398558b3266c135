// In-page probes of the bench: these functions run in the browser, passed to Playwright.
/* global window, document, requestAnimationFrame, indexedDB, MutationObserver, IDBObjectStore */

/** Init script: timestamps the first frame painted with data (data-ready + needle in a cell). */
export function coldProbe(needle) {
  window.__benchCold = null;
  const marks = { chunksGetAll: null, chunksLoaded: null };
  // Instrument only the read of the 'chunks' store, to split IndexedDB from rendering.
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const req = getAll.apply(this, args);
    if (this.name === 'chunks' && marks.chunksGetAll === null) {
      marks.chunksGetAll = performance.now();
      req.addEventListener('success', () => (marks.chunksLoaded = performance.now()));
    }
    return req;
  };
  let done = false;
  const check = () => {
    if (!document.querySelector('#app[data-ready="true"]')) return false;
    for (const td of document.querySelectorAll('.ht_master td')) {
      if (td.textContent.includes(needle)) return true;
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (done || !check()) return;
    done = true;
    mo.disconnect();
    const ready = performance.now();
    requestAnimationFrame(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => /\.(js|css)(\?|$)/.test(r.name));
      window.__benchCold = {
        painted: performance.now(),
        ready,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        assetsLoaded: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : null,
        ...marks,
      };
    });
  });
  mo.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });
}

/** Arms a one-shot measurement on the next Enter keydown (capturing, before the grid sees it). */
export function armEdit({ rowKey, district, value, idb, obsId }) {
  const app = window.__app;
  const cellValue = () => {
    const v = app.compare();
    const row = v.rows.find((r) => r.key === rowKey);
    return row?.cells[v.districts.indexOf(district)]?.value;
  };
  window.__benchResult = new Promise((resolveResult, reject) => {
    const onKey = (e) => {
      if (e.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      const t0 = performance.now();
      const deadline = t0 + 10_000;
      if (idb) {
        // Poll the chunk straight from IndexedDB (not through the app) every 5 ms.
        const open = indexedDB.open('district-health-compare');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const poll = () => {
            const get = db.transaction('chunks').objectStore('chunks').get(district);
            get.onsuccess = () => {
              const row = get.result?.rows.find((o) => o.id === obsId);
              if (row && row.value === value) {
                db.close();
                resolveResult({ idb: performance.now() - t0 });
              } else if (performance.now() > deadline) {
                db.close();
                reject(new Error(`IndexedDB never showed ${value} (has ${row?.value})`));
              } else setTimeout(poll, 5);
            };
            get.onerror = () => reject(new Error(String(get.error)));
          };
          poll();
        };
        return;
      }
      // The Enter task ends where the first task or frame queued from it starts: whichever of
      // a 0 ms timer and an animation frame runs first (the work the Enter key blocked).
      let task = null;
      const taskEnd = () => (task ??= performance.now() - t0);
      requestAnimationFrame(taskEnd);
      // The edit is applied and the charts rebuilt in the keydown task; check once it has run,
      // then wait two animation frames (the second runs after the first frame is painted).
      const poll = () => {
        taskEnd();
        // As cheap as the bare page's check: the value in the grid's data and in the chart of
        // the indicator across districts (the one the edited cell is in).
        const applied = cellValue() === value;
        const charted = applied && app.chartValues('across').some((d) => d.includes(value));
        if (applied && charted) {
          const data = performance.now() - t0;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              // The app's own parts (src/state/timing.ts): the edit in the store, the urgent
              // paint (grid + first chart, in the Enter task) and the rest (after the paint).
              const app = {};
              for (const m of performance.getEntriesByType('measure'))
                if (m.name.startsWith('app:') && m.startTime >= t0)
                  app[m.name.slice(4)] = (app[m.name.slice(4)] ?? 0) + m.duration;
              performance.clearMeasures();
              resolveResult({ data, task, app, painted: performance.now() - t0 });
            }),
          );
        } else if (performance.now() > deadline) {
          reject(new Error(`edit not seen: applied=${applied} charted=${charted}`));
        } else setTimeout(poll, 0);
      };
      setTimeout(poll, 0);
    };
    window.addEventListener('keydown', onKey, true);
  });
}

/**
 * One edit of a derived value's input through the store (window.__app.editValue), measured from
 * the call to the frame after the compare cell and a chart both hold the new derived value.
 */
export function measureDerivedEdit({ rowKey, district, obsId, value }) {
  const app = window.__app;
  const derivedValue = () => {
    const v = app.compare();
    const row = v.rows.find((r) => r.key === rowKey);
    return row?.cells[v.districts.indexOf(district)]?.value ?? null;
  };
  const before = derivedValue();
  const chartsBefore = JSON.stringify(app.charts());
  return new Promise((resolveResult, reject) => {
    const t0 = performance.now();
    const deadline = t0 + 10_000;
    app.editValue(obsId, String(value));
    const poll = () => {
      const now = derivedValue();
      const applied = now !== null && now !== before;
      const charts = applied ? app.charts() : [];
      const charted =
        applied &&
        JSON.stringify(charts) !== chartsBefore &&
        charts.some((c) => c.datasets.some((d) => d.data.includes(now)));
      if (charted) {
        const data = performance.now() - t0;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolveResult({ data, painted: performance.now() - t0 })),
        );
      } else if (performance.now() > deadline) {
        reject(new Error(`derived edit not seen: ${before} → ${now}, charted=${charted}`));
      } else setTimeout(poll, 0);
    };
    poll();
  });
}
