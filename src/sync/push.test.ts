import { describe, expect, it } from 'vitest';
import { DELETED, wantedOf } from './docs';
import { noteRejected, notePushed, noteSuperseded, noteWritten, type Outbox } from './outbox';
import { buildWrites } from './push';

const cell = wantedOf('obs:a|b|2024|actual|', { type: 'cell', rows: [] }, new Map());

describe('what a flush writes', () => {
  it('a new document, a change on the current winner, and a settled conflict in one call', () => {
    const docs = buildWrites(
      new Map([
        ['n', cell],
        ['c', cell],
        ['k', cell],
      ]),
      new Map([
        ['c', { rev: '2-a', deleted: false, conflicts: [] }],
        ['k', { rev: '3-w', deleted: false, conflicts: ['3-l', '2-m'] }],
      ]),
      'alice',
      7,
    );
    expect(docs).toEqual([
      { _id: 'n', type: 'cell', rows: [], by: 'alice', at: 7 },
      { _id: 'c', _rev: '2-a', type: 'cell', rows: [], by: 'alice', at: 7 },
      { _id: 'k', _rev: '3-w', type: 'cell', rows: [], by: 'alice', at: 7 },
      { _id: 'k', _rev: '3-l', _deleted: true },
      { _id: 'k', _rev: '2-m', _deleted: true },
    ]);
  });

  it('removes a document that is there, and nothing when it is absent or already removed', () => {
    const gone = { content: null, json: DELETED };
    const docs = buildWrites(
      new Map([
        ['x', gone],
        ['y', gone],
        ['z', gone],
      ]),
      new Map([
        ['x', { rev: '1-a', deleted: false, conflicts: [] }],
        ['z', { rev: '2-b', deleted: true, conflicts: [] }],
      ]),
      'bob',
      1,
    );
    expect(docs).toEqual([{ _id: 'x', _rev: '1-a', _deleted: true, by: 'bob', at: 1 }]);
  });
});

describe('the outbox', () => {
  const empty: Outbox = { pending: new Map(), rejected: [] };
  it('waits for the newest revision written, and lets it go once pushed at or past it', () => {
    let box = noteWritten(empty, [{ id: 'a', rev: '1-x' }]);
    box = noteWritten(box, [
      { id: 'a', rev: '2-y' },
      { id: 'b', rev: '1-z' },
    ]);
    expect([...box.pending]).toEqual([
      ['a', '2-y'],
      ['b', '1-z'],
    ]);
    box = notePushed(box, [{ _id: 'a', _rev: '1-x' }]);
    expect(box.pending.has('a')).toBe(true);
    box = notePushed(box, [{ _id: 'a', _rev: '2-y' }]);
    expect([...box.pending.keys()]).toEqual(['b']);
    expect(noteSuperseded(box, ['b']).pending.size).toBe(0);
  });

  it('moves a refused document to rejected; writing it again takes it off that list', () => {
    let box = noteWritten(empty, [{ id: 'a', rev: '1-x' }]);
    box = noteRejected(box, { id: 'a', reason: 'forbidden', detail: 'read-only account' });
    expect(box.pending.size).toBe(0);
    expect(box.rejected).toEqual([{ id: 'a', reason: 'forbidden', detail: 'read-only account' }]);
    box = noteWritten(box, [{ id: 'a', rev: '2-y' }]);
    expect(box.rejected).toEqual([]);
    expect(box.pending.get('a')).toBe('2-y');
  });
});
