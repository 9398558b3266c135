// A candidate figure as the planner left it in the report reader, checked before it is added:
// the restore step judges it like any other row; a blank value is refused (never read as 0).
import { restoreObservation } from './restore';
import type { Kind, Qualifier, Result } from './types';

export interface ReaderFields {
  indicator: string;
  district: string;
  year: string;
  kind: string;
  value: string;
  unit: string;
}

export interface ReaderRow {
  indicator: string;
  district: string;
  year: number;
  kind: Kind;
  value: number;
  qualifier: Qualifier;
  unit: string;
}

export function readerRow(f: ReaderFields): Result<ReaderRow> {
  const r = restoreObservation({ ...f, qualifier: '' }, { id: 'reader' });
  if (!r.ok) return r;
  const o = r.value;
  if (o.value === null) return { ok: false, reason: { code: 'noValue', field: 'value' } };
  return {
    ok: true,
    value: {
      indicator: o.indicator,
      district: o.district,
      year: o.year,
      kind: o.kind,
      value: o.value,
      qualifier: o.qualifier,
      unit: o.unit,
    },
  };
}
