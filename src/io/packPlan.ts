// An import plan's rows as columns for the trip from the worker to the page: a structured clone
// of 100,000 small row objects costs the page most of a second, while a few typed arrays are
// transferred for free and a string table (districts, indicators, units and sources repeat) is
// small. The page rebuilds the same rows, field for field and in the same key order.
import type { ImportPlan, PlanRow, RowSink } from '../model/importPlan';
import type { Problem } from '../model/problems';
import type { Observation, Qualifier } from '../model/types';

const TEXT = ['district', 'indicator', 'unit', 'scope', 'source', 'quote', 'note'] as const;
type TextField = (typeof TEXT)[number];
const QUOTE = TEXT.indexOf('quote');
const QUALIFIERS: readonly Qualifier[] = ['', '≥', '≈'];

/** What only some rows carry, by row index. */
interface Rare {
  warnings?: Problem[];
  original?: Observation['original'];
  preferred?: boolean;
}

export interface PackedRows {
  n: number;
  strings: string[];
  text: Record<TextField, Uint32Array>;
  line: Float64Array;
  year: Float64Array;
  /** 0 actual, 1 target. */
  kind: Uint8Array;
  /** NaN for a blank value (null); a stored value is always finite. */
  value: Float64Array;
  qualifier: Uint8Array;
  rare: [number, Rare][];
}

export type PackedPlan = Omit<ImportPlan, 'rows'> & { packed: PackedRows };

/**
 * Rows written straight into columns as the check accepts them (a RowSink): the worker builds
 * no row object for a plan. The columns grow by doubling; `finish` trims them to the rows taken.
 */
export function rowPacker(capacity = 1024) {
  let cap = Math.max(1, capacity);
  let n = 0;
  const strings: string[] = [''];
  const index = new Map<string, number>([['', 0]]);
  const id = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  // Neighbouring rows mostly share a field's text (the same district, indicator, unit): a
  // comparison with the row before is cheaper than a lookup.
  const last = TEXT.map(() => '');
  const lastId = TEXT.map(() => 0);
  let text = Object.fromEntries(TEXT.map((f) => [f, new Uint32Array(cap)])) as PackedRows['text'];
  let line = new Float64Array(cap);
  let year = new Float64Array(cap);
  let kind = new Uint8Array(cap);
  let value = new Float64Array(cap);
  let qualifier = new Uint8Array(cap);
  const rare: [number, Rare][] = [];
  const grow = <A extends Uint32Array | Float64Array | Uint8Array>(a: A, size: number): A => {
    const b = new (a.constructor as new (n: number) => A)(size);
    b.set(a.subarray(0, Math.min(a.length, size)));
    return b;
  };
  const resize = (size: number) => {
    text = Object.fromEntries(TEXT.map((f) => [f, grow(text[f], size)])) as PackedRows['text'];
    line = grow(line, size);
    year = grow(year, size);
    kind = grow(kind, size);
    value = grow(value, size);
    qualifier = grow(qualifier, size);
    cap = size;
  };
  const sink: RowSink = {
    add(at, obs, warnings) {
      if (n === cap) resize(cap * 2);
      const i = n++;
      for (let k = 0; k < TEXT.length; k++) {
        const f = TEXT[k] as TextField;
        const v = obs[f];
        if (v !== last[k]) {
          last[k] = v;
          // A quote is nearly always its row's own: looking it up would only grow the index.
          lastId[k] = v === '' ? 0 : k === QUOTE ? strings.push(v) - 1 : id(v);
        }
        text[f][i] = lastId[k] as number;
      }
      line[i] = at;
      year[i] = obs.year;
      kind[i] = obs.kind === 'target' ? 1 : 0;
      value[i] = obs.value === null ? NaN : obs.value;
      qualifier[i] = QUALIFIERS.indexOf(obs.qualifier);
      if (warnings || obs.original || obs.preferred !== undefined) {
        const r: Rare = {};
        if (warnings) r.warnings = warnings;
        if (obs.original) r.original = obs.original;
        if (obs.preferred !== undefined) r.preferred = obs.preferred;
        rare.push([i, r]);
      }
    },
  };
  return {
    ...sink,
    finish(): PackedRows {
      if (n !== cap) resize(n);
      return { n, strings, text, line, year, kind, value, qualifier, rare };
    },
  };
}

export type RowPacker = ReturnType<typeof rowPacker>;

/** A plan whose rows went to `packer` (plan.rows is then empty) as the plan sent to the page. */
export function packedWith(plan: ImportPlan, packer: RowPacker): PackedPlan {
  const { rows: _rows, ...rest } = plan;
  return { ...rest, packed: packer.finish() };
}

export function packPlan(plan: ImportPlan): PackedPlan {
  const packer = rowPacker(plan.rows.length);
  for (const { line, obs, warnings } of plan.rows) packer.add(line, obs, warnings);
  return packedWith(plan, packer);
}

/** The typed arrays to transfer with a packed plan. */
export function transferables(p: PackedPlan): ArrayBuffer[] {
  const k = p.packed;
  return [
    ...TEXT.map((f) => k.text[f].buffer),
    k.line.buffer,
    k.year.buffer,
    k.kind.buffer,
    k.value.buffer,
    k.qualifier.buffer,
  ] as ArrayBuffer[];
}

export function unpackPlan(packed: PackedPlan): ImportPlan {
  const { packed: p, ...rest } = packed;
  const { strings: s, text } = p;
  const { district, indicator, unit, scope, source, quote, note } = text;
  const rare = new Map(p.rare);
  const rows: PlanRow[] = new Array<PlanRow>(p.n);
  for (let i = 0; i < p.n; i++) {
    const v = p.value[i] as number;
    const obs: Omit<Observation, 'id'> = {
      district: s[district[i] as number] as string,
      indicator: s[indicator[i] as number] as string,
      unit: s[unit[i] as number] as string,
      year: p.year[i] as number,
      kind: p.kind[i] === 1 ? 'target' : 'actual',
      value: Number.isNaN(v) ? null : v,
      qualifier: QUALIFIERS[p.qualifier[i] as number] as Qualifier,
      scope: s[scope[i] as number] as string,
      source: s[source[i] as number] as string,
      quote: s[quote[i] as number] as string,
      note: s[note[i] as number] as string,
    };
    const r = rare.get(i);
    if (r?.original) obs.original = r.original;
    if (r?.preferred !== undefined) obs.preferred = r.preferred;
    const row: PlanRow = { line: p.line[i] as number, obs };
    if (r?.warnings) row.warnings = r.warnings;
    rows[i] = row;
  }
  return { ...rest, rows };
}
