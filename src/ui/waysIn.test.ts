// Property test: the same row gets the same verdict whichever way it comes in — typing and
// paste (editObservations), a CSV file (prepareImport), a backup (readBackup), a snapshot
// (readSnapshotData), another tab's write (Db.readChunks), the report reader (readerRow), the
// IndexedDB load (Db.load) and another replica's document (restoreSyncDoc). Rows are random and hostile, from a fixed seed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/db';
import { prepareImport } from '../io/prepare';
import { BACKUP_FORMAT, readBackup, readSnapshotData } from '../model/backup';
import { LONG_HEADERS } from '../model/csvFormat';
import { noDataMark, totalLabel } from '../model/marks';
import type { Problem } from '../model/problems';
import { readerRow } from '../model/readerRows';
import { cellText, restoreObservation } from '../model/restore';
import { restoreSyncDoc } from '../model/restore/syncDoc';
import { obsDocId } from '../model/syncDocs';
import { findObservation } from '../model/table';
import type { Observation } from '../model/types';
import { addBlankObservation, editObservations, type ObsField } from '../state/actions';
import { initialState } from '../state/state';

const SEED = 20261130;
const ROWS = 300;

/** mulberry32: a small seeded generator, so a failure names a row that can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_TEXT = [
  '',
  '   ',
  '__proto__',
  'constructor',
  '<b>x</b>',
  '<img src=x onerror=1>',
  '—',
  'NaN',
  '　全角　',
  'a"b,c',
  'line\nbreak',
  '≥',
  '≈3',
  42,
  true,
  null,
];
const POOLS: Record<ObsField, readonly unknown[]> = {
  district: ['江津区', ' 荣昌区 ', '璧山区', ...HOSTILE_TEXT],
  indicator: ['居民健康素养水平', '人均预期寿命', '新指标', ...HOSTILE_TEXT],
  unit: ['%', '万人', '岁', '', ' 人 ', '__proto__'],
  year: [
    2023,
    '2024',
    '2025年',
    '２０２３',
    ' 2022 ',
    1899,
    2101,
    '1899',
    2023.5,
    '2023.0',
    '0x7E7',
    '',
    '—',
    NaN,
    Infinity,
    1e21,
    null,
    true,
    '23',
  ],
  kind: [
    'actual',
    'target',
    '实际',
    '目标',
    'Actual',
    ' TARGET ',
    '实际值',
    '',
    'both',
    '__proto__',
    'constructor',
    1,
    null,
    true,
  ],
  qualifier: [
    '',
    '',
    '',
    '≥',
    '≈',
    '>=',
    '~',
    '约',
    '以上',
    '余',
    '＞=',
    '≤',
    '≥≥',
    '__proto__',
    null,
    1,
    true,
    ' ≥ ',
  ],
  value: [
    32.22,
    '32.22',
    '32.22%',
    '1,234',
    '69万',
    '1.97亿',
    '３２．２２',
    '≥95',
    '95以上',
    '约3',
    '95≥',
    '≈3',
    '3≈',
    '—',
    'NaN',
    NaN,
    Infinity,
    -Infinity,
    '1e400',
    1e308,
    '9007199254740993',
    2 ** 53,
    '12345678901234.5',
    '1e21',
    1e21,
    '1.5E-7',
    '',
    '  ',
    null,
    '__proto__',
    '<i>1</i>',
    '-5',
    -5,
    0,
    '0',
    true,
    '69人',
    '１２３４５６７８９０１２３４５６７８',
  ],
  scope: ['', '区人民医院', ...HOSTILE_TEXT],
  source: ['', 'r.txt', ...HOSTILE_TEXT],
  quote: ['', ' 原文 ', '达到 32.22%', 'a"b', ...HOSTILE_TEXT],
  note: ['', '备注', ...HOSTILE_TEXT],
};
/** The order editObservations is given a pasted row's cells (the restore step's own order). */
const FIELDS: ObsField[] = [
  'district',
  'indicator',
  'unit',
  'year',
  'kind',
  'qualifier',
  'value',
  'scope',
  'source',
  'quote',
  'note',
];

type Row = Record<ObsField, unknown>;
type Verdict = { ok: true; row: Omit<Observation, 'id'> } | { ok: false; code: Problem['code'] };

function rows(): Row[] {
  const next = random(SEED);
  const pick = (pool: readonly unknown[]) => pool[Math.floor(next() * pool.length)];
  return Array.from({ length: ROWS }, () => {
    // Half the rows keep every field well formed except one or two, so many are accepted.
    const good = next() < 0.5;
    const r = {} as Row;
    for (const f of FIELDS)
      r[f] = good && next() < 0.85 ? pick(POOLS[f].slice(0, 3)) : pick(POOLS[f]);
    return r;
  });
}

const strip = ({ id: _id, ...o }: Observation): Omit<Observation, 'id'> => o;
const verdict = (r: ReturnType<typeof restoreObservation>): Verdict =>
  r.ok ? { ok: true, row: strip(r.value) } : { ok: false, code: r.reason.code };
const texts = (row: Row) => FIELDS.map((f) => cellText(row[f]));

function viaTyping(
  row: Row,
): { ok: true; row: Omit<Observation, 'id'> } | { ok: false; code: string } {
  const s0 = initialState(new Map(), ['江津区'], 't');
  const s = addBlankObservation(s0, {});
  const id = s.ui.obsId as string;
  const raw = texts(row);
  const edits = FIELDS.map((field, i) => ({ id, field, raw: raw[i] as string }));
  const next = editObservations(s, edits, { code: 'paste' }, 'paste');
  const said = next.message?.kind === 'error' ? next.message.msg : null;
  if (said) {
    // The first field the typing refused, as the restore step's problem code.
    const first = said.code === 'fieldProblems' ? said.problems[0] : undefined;
    if (first?.code === 'required')
      return { ok: false, code: first.field === 'district' ? 'noDistrict' : 'noIndicator' };
    return { ok: false, code: first && 'reason' in first ? first.reason.code : said.code };
  }
  return { ok: true, row: strip(findObservation(next.table, id) as Observation) };
}

async function viaCsv(row: Row): Promise<Verdict | 'apart' | null> {
  const cells = texts(row) as string[];
  if (cells.every((c) => c.trim() === '')) return null; // a blank line is no row
  const q = (c: string) => `"${c.replace(/"/g, '""')}"`;
  const csv = [FIELDS.map((f) => LONG_HEADERS.zh[f]), cells]
    .map((r) => r.map(q).join(','))
    .join('\n');
  const p = await prepareImport(
    new TextEncoder().encode(csv),
    { layout: 'long', wideYear: 2024, wideKind: 'actual', delimiter: ',' },
    { catalog: new Map(), districts: [] },
  );
  if (!p.ok) throw new Error(JSON.stringify(p.reason));
  const [taken] = p.value.plan.rows;
  const [skipped] = p.value.plan.skipped;
  if (taken) return { ok: true, row: taken.obs };
  return skipped ? { ok: false, code: skipped.code } : 'apart';
}

/** A file's no-data mark (—) or totals line (全市) is kept apart, neither taken nor refused. */
function keptApart(row: Row): boolean {
  const value = (cellText(row.value) ?? '').trim();
  return (
    (value !== '' && noDataMark(value) !== null) ||
    totalLabel(cellText(row.district) ?? '') !== null
  );
}

function viaBackup(o: object): Verdict {
  const r = readBackup({ format: BACKUP_FORMAT, version: 3, observations: [o] });
  if (r.ok) return { ok: true, row: strip(r.value.observations[0] as Observation) };
  if (r.reason.code !== 'backupUnreadable') throw new Error(JSON.stringify(r.reason));
  return { ok: false, code: (r.reason.first[0] as Problem).code };
}

function viaSnapshot(o: object): Verdict {
  const r = readSnapshotData({ observations: [o], goalSets: [], catalog: [] });
  if (r.ok) return { ok: true, row: strip(r.value.observations[0] as Observation) };
  if (r.reason.code !== 'snapshotUnreadable') throw new Error(JSON.stringify(r.reason));
  return { ok: false, code: (r.reason.first[0] as Problem).code };
}

let open: Db[] = [];
afterEach(() => {
  for (const d of open) d.close();
  open = [];
});

describe('one verdict for a row, whichever way it comes in (seeded property test)', () => {
  const all = rows();

  it('typing/paste, CSV, backup and snapshot agree with the restore step', async () => {
    let accepted = 0;
    let refused = 0;
    for (const [i, row] of all.entries()) {
      const at = `row ${i} (seed ${SEED}): ${JSON.stringify(row, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}`;
      const want = restoreObservation({ ...row, id: 'r' });
      const v = verdict(want);
      if (v.ok) accepted++;
      else refused++;
      // A restored row read again (the stored-form shortcut) is the same row.
      if (want.ok) expect(restoreObservation(want.value), `again, ${at}`).toEqual(want);
      expect(viaBackup({ ...row, id: 'r' }), `backup, ${at}`).toEqual(v);
      expect(viaSnapshot({ ...row, id: 'r' }), `snapshot, ${at}`).toEqual(v);
      const csv = await viaCsv(row);
      if (csv) expect(csv, `CSV, ${at}`).toEqual(keptApart(row) ? 'apart' : v);
      const typed = viaTyping(row);
      if (want.ok) expect(typed, `typing, ${at}`).toEqual(v);
      else {
        expect(typed, `typing, ${at}`).toEqual({ ok: false, code: want.reason.code });
      }
    }
    // The generator must exercise both outcomes, or the test proves nothing.
    expect(accepted).toBeGreaterThan(ROWS / 10);
    expect(refused).toBeGreaterThan(ROWS / 10);
  });

  it('the report reader agrees on the rows it can carry (with a value)', () => {
    for (const [i, row] of all.entries()) {
      const [district, indicator, unit, year, kind, , value] = texts(row);
      if (!value?.trim()) continue; // the reader refuses a blank value: a blank is never 0
      const f = { district, indicator, unit, year, kind, value } as Record<string, string>;
      const want = viaBackup({ ...f, id: 'r', qualifier: '' });
      const r = readerRow({
        indicator: f.indicator ?? '',
        district: f.district ?? '',
        year: f.year ?? '',
        kind: f.kind ?? '',
        value: f.value ?? '',
        unit: f.unit ?? '',
      });
      const got: Verdict = r.ok
        ? { ok: true, row: { ...r.value, scope: '', source: '', quote: '', note: '' } }
        : { ok: false, code: r.reason.code };
      expect(got, `reader, row ${i}`).toEqual(want);
    }
  });

  it('the IndexedDB load and another tab’s write (readChunks) agree with the restore step', async () => {
    const opened = await openDb('ways-in');
    if (!opened.ok) throw new Error(opened.reason);
    const db = opened.value;
    open.push(db);
    const chunks = new Map(
      all.map((row, i) => [`c${i}`, [{ ...row, id: `r${i}` } as unknown as Observation]]),
    );
    await db.write({ chunks, goalSets: [] });
    const loaded = await db.load();
    const byId = new Map(loaded?.observations.map((o) => [o.id, o]));
    const problems = new Map(
      loaded?.refused.map((x) => [x.problem.path?.split('.')[0], x.problem.code]),
    );
    const read = await db.readChunks([...chunks.keys()]);
    all.forEach((row, i) => {
      const v = verdict(restoreObservation({ ...row, id: `r${i}` }));
      const got = byId.get(`r${i}`);
      const load: Verdict = got
        ? { ok: true, row: strip(got) }
        : { ok: false, code: problems.get(`c${i}`) as Problem['code'] };
      expect(load, `IndexedDB load, row ${i}`).toEqual(v);
      const other = read.get(`c${i}`)?.[0];
      expect(other ? strip(other) : null, `broadcast, row ${i}`).toEqual(v.ok ? v.row : null);
    });
  });

  it('another replica’s document (restoreSyncDoc) agrees with the restore step', () => {
    const fallback = obsDocId({
      district: '江津区',
      indicator: '新指标',
      year: 2023,
      kind: 'actual',
      scope: '',
    });
    all.forEach((row, i) => {
      const want = restoreObservation({ ...row, id: `r${i}` });
      const id = want.ok ? obsDocId(want.value) : fallback;
      const got = restoreSyncDoc(id, {
        type: 'cell',
        rows: [{ ...row, id: `r${i}` }],
        by: 'x',
        at: 1,
      });
      const v: Verdict =
        got.ok && got.value.content?.type === 'cell'
          ? { ok: true, row: strip(got.value.content.rows[0]!) }
          : { ok: false, code: got.ok ? 'syncWrongType' : got.reason.code };
      expect(v, `replica document, row ${i}`).toEqual(verdict(want));
    });
  });
});
