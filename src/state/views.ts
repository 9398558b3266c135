// The one list of views: tabs, panes, mounts, settings restore and the e2e helpers derive from it.
// Dependency-free so the Playwright helpers can import it too.
export const VIEWS = ['compare', 'goals', 'scorecard', 'ranks', 'map', 'data'] as const;

export type ViewName = (typeof VIEWS)[number];

export const isView = (v: unknown): v is ViewName => (VIEWS as readonly unknown[]).includes(v);
