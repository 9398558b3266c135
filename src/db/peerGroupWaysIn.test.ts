// One verdict for a peer group whichever way it comes in: stored (IndexedDB load), a backup, a
// journal left by a closed tab, or another tab's write (restorePeerGroups in sync.ts).
import { describe, expect, it } from 'vitest';
import { readBackup, readStored } from '../model/backup';
import { replayJournal } from './journal';
import { initialState } from '../state/state';
import { restorePeerGroups } from '../model/restore';

const good = { id: 'p1', name: '好组', members: ['江津区'] };
const hostile: unknown[] = [
  { id: 'p2', name: '<img src=x onerror=alert(1)>', members: [] },
  { id: 'p3', name: '组', members: [{ toString: 1 }] },
  { id: 'p4', name: '组4', members: [], constructor: 'x' },
  'not a group',
  null,
];

describe('a peer group gets the same verdict on every way in', () => {
  it.each(hostile.map((h) => [h]))('refuses %j everywhere', (bad) => {
    const list = [good, bad];
    expect(restorePeerGroups(list).groups).toEqual([good]);
    expect(
      readStored({ goalSets: [], catalog: [], deck: [], peerGroups: list }).peerGroups,
    ).toEqual([good]);
    const b = readBackup({
      format: 'district-health-backup',
      version: 3,
      observations: [],
      peerGroups: list,
    });
    expect(b.ok).toBe(false);
    const s = replayJournal(initialState(new Map(), [], 't'), {
      v: 1,
      t: 0,
      rows: [],
      peerGroups: list,
    });
    expect(s.peerGroups).toEqual([good]);
  });
});
