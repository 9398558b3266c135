// The import context as a worker message: Maps go as entries (plain arrays clone everywhere)
// and are rebuilt on the other side, aliases included.
import type { ImportContext } from '../model/importPlan';

export interface ContextMessage {
  catalog: [string, unknown][];
  districts: string[];
  indicatorAliases?: [string, string][];
  unitAliases?: [string, string][];
}

export function contextMessage(ctx: ImportContext): ContextMessage {
  const m: ContextMessage = { catalog: [...ctx.catalog], districts: [...ctx.districts] };
  if (ctx.indicatorAliases) m.indicatorAliases = [...ctx.indicatorAliases];
  if (ctx.unitAliases) m.unitAliases = [...ctx.unitAliases];
  return m;
}

export function contextFromMessage(m: ContextMessage): ImportContext {
  const ctx = { catalog: new Map(m.catalog), districts: m.districts } as ImportContext;
  if (m.indicatorAliases) ctx.indicatorAliases = new Map(m.indicatorAliases);
  if (m.unitAliases) ctx.unitAliases = new Map(m.unitAliases);
  return ctx;
}
