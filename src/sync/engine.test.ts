import { afterEach, describe, expect, it } from 'vitest';
import { goalSetDocId } from '../model/syncDocs';
import { createGoalSet, deleteGoalSet } from '../state/goalSetActions';
import { undo } from '../state/state';
import { chooseSyncVersion } from '../state/syncActions';
import type { Db } from './pouchTypes';
import {
  CATALOG,
  memoryServer,
  replica,
  SEED,
  until,
  valueOf,
  type Replica,
  cellOf,
  editValue,
} from './testing/replicas';
import { seedCellsOf } from '../model/syncDocs';

const open: Replica[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.ctl.stop()));
});
async function start(server: Db, user: string, online = true): Promise<Replica> {
  const r = await replica(server, user, { online });
  open.push(r);
  return r;
}
const edit = (r: Replica, id: string, raw: string) => editValue(r.store, id, raw);
const synced = (r: Replica) =>
  until(r.store, (s) => s.sync.status.kind === 'synced' && r.ctl.pending() === 0);
const seed = seedCellsOf(SEED);

describe('two replicas through a server', () => {
  it('an edit reaches the other replica as a sync change, not in its undo; pending drops to 0', async () => {
    const server = memoryServer();
    const a = await start(server, 'alice');
    const b = await start(server, 'bob');
    edit(a, 's1', '11');
    expect(a.ctl.pending()).toBe(0);
    await until(a.store, () => a.ctl.pending() === 1);
    await synced(a);
    const s = await until(b.store, (x) => valueOf(x, 's1') === 11);
    expect(s.lastChange).toMatchObject({
      source: 'sync',
      patch: { label: { code: 'syncReceived', by: 'alice', count: 1 } },
    });
    expect(s.past).toHaveLength(0);
    expect((await server.get(cellOf('s1'))).by).toBe('alice');
    // No echo: bob wrote nothing back.
    await b.ctl.idle();
    expect(b.ctl.pending()).toBe(0);
    expect((await server.get(cellOf('s1')))._rev.startsWith('1-')).toBe(true);
  });

  it('edits of different cells made apart merge on both replicas', async () => {
    const server = memoryServer();
    const a = await start(server, 'alice', false);
    const b = await start(server, 'bob', false);
    edit(a, 's1', '12');
    edit(b, 's3', '33');
    await until(a.store, (s) => s.sync.status.kind === 'offline' && a.ctl.pending() === 1);
    a.net.set(true);
    b.net.set(true);
    for (const r of [a, b]) {
      const s = await until(r.store, (x) => valueOf(x, 's1') === 12 && valueOf(x, 's3') === 33);
      expect(s.sync.conflicts.size).toBe(0);
    }
  });

  it('a same-cell edit made apart keeps both versions on both; choosing settles it everywhere, and undo replicates', async () => {
    const server = memoryServer();
    const a = await start(server, 'alice', false);
    const b = await start(server, 'bob', false);
    edit(a, 's1', '41');
    edit(b, 's1', '42');
    await until(a.store, () => a.ctl.pending() === 1);
    await until(b.store, () => b.ctl.pending() === 1);
    a.net.set(true);
    await synced(a);
    b.net.set(true);
    const id = cellOf('s1');
    const [sa, sb] = await Promise.all(
      [a, b].map((r) => until(r.store, (s) => s.sync.conflicts.get(id)?.versions.length === 2)),
    );
    for (const s of [sa!, sb!]) {
      const versions = s.sync.conflicts.get(id)!.versions;
      expect(new Set(versions.map((v) => v.by))).toEqual(new Set(['alice', 'bob']));
      const values = versions.map((v) =>
        v.content?.type === 'cell' ? v.content.rows[0]?.value : -1,
      );
      expect(new Set(values)).toEqual(new Set([41, 42]));
      expect(versions.filter((v) => v.winner)).toHaveLength(1);
      expect(versions.every((v) => v.at > 0)).toBe(true);
      // The workbook shows the winner's value, the same on both.
      const winner = versions.find((v) => v.winner)!;
      expect(valueOf(s, 's1')).toBe(
        winner.content?.type === 'cell' ? winner.content.rows[0]?.value : -1,
      );
    }
    // Alice takes the loser's value.
    const loser = sa!.sync.conflicts.get(id)!.versions.find((v) => !v.winner)!;
    const chosen = loser.content?.type === 'cell' ? loser.content.rows[0]!.value : null;
    const winnerValue = valueOf(sa!, 's1');
    a.store.update((s) => chooseSyncVersion(s, id, loser.rev, seed, CATALOG));
    for (const r of [a, b])
      await until(r.store, (s) => s.sync.conflicts.size === 0 && valueOf(s, 's1') === chosen);
    const leaves = await server.get(id, { open_revs: 'all' });
    expect(leaves.filter((l) => l.ok && !l.ok._deleted)).toHaveLength(1);
    // Undoing the choice is an ordinary edit that replicates.
    a.store.update(undo);
    await until(b.store, (s) => valueOf(s, 's1') === winnerValue);
  });

  it('choosing the version already shown still settles the others on every replica', async () => {
    const server = memoryServer();
    const a = await start(server, 'alice', false);
    const b = await start(server, 'bob', false);
    edit(a, 's2', '51');
    edit(b, 's2', '52');
    await until(b.store, () => b.ctl.pending() === 1);
    a.net.set(true);
    await synced(a);
    b.net.set(true);
    const id = cellOf('s2');
    const s = await until(b.store, (x) => x.sync.conflicts.has(id));
    await until(a.store, (x) => x.sync.conflicts.has(id));
    const winner = s.sync.conflicts.get(id)!.versions.find((v) => v.winner)!;
    b.store.update((x) => chooseSyncVersion(x, id, winner.rev, seed, CATALOG));
    await until(a.store, (x) => x.sync.conflicts.size === 0);
    await until(b.store, (x) => x.sync.conflicts.size === 0);
  });

  it('hostile documents written into the server are refused and listed, never applied', async () => {
    const server = memoryServer();
    const b = await start(server, 'bob');
    const before = b.store.getState().table;
    const s1 = SEED[0]!;
    const cell = cellOf('s1');
    await server.bulkDocs([
      { _id: cell, type: 'cell', rows: [{ ...s1, value: 'lots' }], by: 'eve', at: 1 },
      { _id: cellOf('s2'), type: 'cell', rows: [{ ...s1, id: 'x9', value: 5 }], by: 'eve', at: 1 },
      {
        _id: cellOf('s3'),
        type: 'cell',
        rows: [{ ...SEED[2]!, value: 5 }],
        by: '<script>x</script>',
        at: 1,
      },
      { _id: 'virus:1', type: 'cell', rows: [], by: 'eve', at: 1 },
      { _id: 'deck', type: 'cell', rows: [], by: 'eve', at: 1 },
      {
        _id: 'goalset:g1',
        type: 'goalSet',
        set: { id: 'g1', name: 'x', targets: 'no' },
        order: 0,
        by: 'eve',
        at: 1,
      },
    ]);
    const s = await until(b.store, (x) => x.sync.refused.length === 6);
    const codes = Object.fromEntries(s.sync.refused.map((r) => [r.id, r.problem.code]));
    expect(codes['virus:1']).toBe('syncUnknownDoc');
    expect(codes.deck).toBe('syncWrongType');
    expect(codes[cellOf('s2')]).toBe('syncRowOutsideCell');
    expect(codes[cellOf('s3')]).toBe('markupInName');
    expect(s.sync.refused.every((r) => r.rev.startsWith('1-'))).toBe(true);
    expect(s.table).toBe(before);
    expect(s.lastChange).toBeNull();
    // Bob does not write over them either (he did not edit those cells).
    await b.ctl.idle();
    expect(b.ctl.pending()).toBe(0);
  });
});

describe('goal sets through the server', () => {
  it('a new goal set reaches the other replica, and so does its removal', async () => {
    const server = memoryServer();
    const a = await start(server, 'alice');
    const b = await start(server, 'bob');
    a.store.update((s) => createGoalSet(s, '全市 2025 目标'));
    // After the built-in set every replica makes (which is no document while unchanged).
    const id = a.store.getState().goalSets.at(-1)!.id;
    await until(b.store, (s) => s.goalSets.some((g) => g.id === id && g.name === '全市 2025 目标'));
    a.store.update((s) => deleteGoalSet(s, id));
    await until(b.store, (s) => !s.goalSets.some((g) => g.id === id));
    expect((await server.get(goalSetDocId(id), { open_revs: 'all' }))[0]?.ok?._deleted).toBe(true);
  });

  it('an unchanged workbook uploads nothing (a read-only account stays quiet); a deleted built-in set reaches the others', async () => {
    const server = memoryServer();
    const a = await start(server, 'alice');
    const b = await start(server, 'bob');
    expect((await server.allDocs({})).rows).toEqual([]);
    const builtIn = a.store.getState().goalSets[0]!.id;
    a.store.update((s) => deleteGoalSet(s, builtIn));
    await until(b.store, (s) => s.goalSets.length === 0);
    // A replica starting later (still holding the set its first run made) takes the removal too.
    const c = await start(server, 'carol');
    await until(c.store, (s) => s.goalSets.length === 0);
  });
});

describe('versions that agree', () => {
  it('the same edit made apart on two replicas is no conflict: the extra leaf is removed', async () => {
    const server = memoryServer();
    const a = await start(server, 'alice', false);
    const b = await start(server, 'bob', false);
    edit(a, 's1', '55');
    edit(b, 's1', '55');
    await until(b.store, () => b.ctl.pending() === 1);
    a.net.set(true);
    await synced(a);
    b.net.set(true);
    const id = cellOf('s1');
    await serverUntil(server, async () => {
      const leaves = await server.get(id, { open_revs: 'all' });
      return leaves.filter((l) => l.ok && !l.ok._deleted).length === 1 && leaves.length === 2;
    });
    for (const r of [a, b]) {
      await r.ctl.idle();
      expect(r.store.getState().sync.conflicts.size).toBe(0);
      expect(valueOf(r.store.getState(), 's1')).toBe(55);
    }
  });
});

/** Resolves once `ok` holds on the server (checked now and after each of its changes). */
async function serverUntil(server: Db, ok: () => Promise<boolean>): Promise<void> {
  if (await ok()) return;
  await new Promise<void>((resolve) => {
    const feed = server.changes({ live: true, since: 'now' }).on('change', () => {
      void ok().then((yes) => {
        if (!yes) return;
        feed.cancel();
        resolve();
      });
    });
  });
}
