import { describe, expect, it } from 'vitest';
import { catalogDocId, DECK_DOC_ID, goalSetDocId, obsDocId, peerGroupDocId } from '../syncDocs';
import { testObservation } from '../testRows';
import { restoreSyncDoc } from './syncDoc';

const row = testObservation({ id: 'p1', value: 42 });
const id = obsDocId(row);

describe('restoreSyncDoc: another replica’s document passes the one restore step', () => {
  it('takes a well-formed cell document with who and when', () => {
    const r = restoreSyncDoc(id, { type: 'cell', rows: [row], by: 'alice', at: 5, _rev: '1-x' });
    expect(r.ok && r.value).toEqual({
      id,
      content: { type: 'cell', rows: [row] },
      by: 'alice',
      at: 5,
    });
  });

  it('takes a tombstone without content', () => {
    const r = restoreSyncDoc(id, { _deleted: true }, true);
    expect(r.ok && r.value.content).toBeNull();
  });

  it.each([
    ['a value that is no number', { rows: [{ ...row, value: 'NaN<script>' }] }, 'notANumber'],
    ['a row of another cell', { rows: [{ ...row, year: 2020 }] }, 'syncRowOutsideCell'],
    ['the same row twice', { rows: [row, row] }, 'repeatedId'],
    ['rows that are no list', { rows: { 0: row } }, 'badField'],
    ['another type than its id', { type: 'deck', rows: [row] }, 'syncWrongType'],
    ['markup as its author', { rows: [row], by: '<img src=x onerror=alert(1)>' }, 'markupInName'],
    ['an author name past the limit', { rows: [row], by: 'a'.repeat(201) }, 'nameTooLong'],
    ['a 40 MB note', { rows: [{ ...row, note: 'x'.repeat(1_000_001) }] }, 'syncTooLarge'],
    ['a time that is no number', { rows: [row], at: '2026' }, 'badField'],
  ])('refuses %s, saying where', (_what, body, code) => {
    const r = restoreSyncDoc(id, { type: 'cell', by: 'mallory', at: 1, ...body });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe(code);
      expect(r.reason.path?.startsWith(id)).toBe(true);
    }
  });

  it('refuses an id that is none of the workbook’s documents', () => {
    for (const bad of ['_design/x', 'obs:a|b', 'other:1', 'goalset:'])
      expect(restoreSyncDoc(bad, { type: 'cell', rows: [] })).toMatchObject({
        ok: false,
        reason: { code: 'syncUnknownDoc' },
      });
  });

  it('checks goal sets, catalog entries, peer groups and the deck with their own readers', () => {
    const set = {
      id: 'g1',
      name: '目标',
      targets: [{ indicator: '素养', value: 90, year: 2025, qualifier: '' }],
    };
    expect(restoreSyncDoc(goalSetDocId('g1'), { type: 'goalSet', set, order: 0 }).ok).toBe(true);
    expect(
      restoreSyncDoc(goalSetDocId('g1'), { type: 'goalSet', set, order: 0, removed: true }),
    ).toMatchObject({ ok: true, value: { content: { removed: true } } });
    expect(
      restoreSyncDoc(goalSetDocId('g1'), { type: 'goalSet', set, order: 0, removed: 'yes' }).ok,
    ).toBe(false);
    expect(restoreSyncDoc(goalSetDocId('g2'), { type: 'goalSet', set, order: 0 }).ok).toBe(false);
    const bad = { ...set, targets: [{ ...set.targets[0], value: 'x' }] };
    expect(
      restoreSyncDoc(goalSetDocId('g1'), { type: 'goalSet', set: bad, order: 0 }),
    ).toMatchObject({ ok: false, reason: { path: expect.stringContaining('set.targets[0]') } });
    const group = { id: 'p1', name: '<script>', members: [] };
    expect(restoreSyncDoc(peerGroupDocId('p1'), { type: 'peerGroup', group }).ok).toBe(false);
    expect(
      restoreSyncDoc(catalogDocId('床位'), {
        type: 'catalog',
        entry: {
          indicator: '床位',
          nameEn: '',
          unit: '张',
          direction: 'sideways',
          min: '',
          max: '',
          category: '',
        },
      }).ok,
    ).toBe(false);
    expect(restoreSyncDoc(DECK_DOC_ID, { type: 'deck', slides: [{ id: 1, kind: 'x' }] }).ok).toBe(
      false,
    );
    expect(restoreSyncDoc(DECK_DOC_ID, { type: 'deck', slides: [] }).ok).toBe(true);
  });
});
