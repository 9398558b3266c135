// Page object for meeting mode while a deck is presented (window.__present).
import type { JSHandle, Page } from '@playwright/test';
import type { AppWindow, PresentApi } from './testApi';

export class Presenter {
  constructor(readonly page: Page) {}

  /** Runs `fn` in the page with the presenter's test API. */
  async api<R>(fn: (api: PresentApi) => R): Promise<R> {
    const api: JSHandle<PresentApi> = await this.page.evaluateHandle(() => {
      const p = (window as AppWindow).__present;
      if (!p) throw new Error('no deck has been presented: no window.__present');
      return p;
    });
    try {
      return await api.evaluate(fn);
    } finally {
      await api.dispose();
    }
  }

  /** What the shown slide's chart holds (null on a slide without one). */
  chart() {
    return this.api((p) => p.chart());
  }

  /** The chart's labels and dataset names: every text it draws. */
  chartTexts(): Promise<string[]> {
    return this.api((p) => {
      const c = p.chart();
      return c ? [...c.labels, ...c.datasets.map((d) => d.label)] : [];
    });
  }

  index() {
    return this.api((p) => p.index());
  }

  title() {
    return this.api((p) => p.title());
  }

  isOpen() {
    return this.api((p) => p.open());
  }
}
