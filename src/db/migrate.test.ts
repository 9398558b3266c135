import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import v1 from './fixtures/db-v1.json';
import backupV1 from '../model/fixtures/backup-v1.json';
import { readBackup } from '../model/backup';
import { openDb } from './db';

/** Writes the frozen v1 database with the raw IndexedDB API, exactly as schema v1 left it. */
function writeV1(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, v1.idbVersion);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('chunks', { keyPath: 'district' });
      req.result.createObjectStore('kv', { keyPath: 'key' });
    };
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['chunks', 'kv'], 'readwrite');
      for (const c of v1.chunks) tx.objectStore('chunks').put(c);
      for (const k of v1.kv) tx.objectStore('kv').put(k);
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => reject(tx.error ?? new Error('v1 write failed'));
    };
    req.onerror = () => reject(req.error ?? new Error('v1 open failed'));
  });
}

describe('schema migrations', () => {
  it('opens a database written by schema v1 and migrates it with nothing lost', async () => {
    await writeV1('migrate-v1');
    const r = await openDb('migrate-v1');
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    const data = await r.value.load();
    expect(data?.observations.map((o) => o.id).sort()).toEqual(['s10', 's11', 'u7']);
    expect(data?.observations.find((o) => o.id === 'u7')).toMatchObject({
      value: 26.5,
      note: '规划科录入',
    });
    expect(data?.goalSets.map((g) => g.name)).toEqual(['荣昌区 2025 目标', '会前目标']);
    expect(data?.goalSets[0]?.targets[0]).toEqual({
      indicator: '居民健康素养水平',
      value: 30,
      year: 2025,
      qualifier: '',
    });
    expect(data?.ui).toEqual({ view: 'goals', goalSource: 'g-rongchang-2025' });
    // The v2 tables exist and work.
    await r.value.write({ history: [{ t: 1, source: 'edit', label: 'x', rows: [] }] });
    expect(await r.value.history(10)).toHaveLength(1);
    r.value.close();
  });

  it('reads a version-1 backup file and migrates it', () => {
    const r = readBackup(backupV1);
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    expect(r.value.version).toBe(3);
    expect(r.value.observations.map((o) => [o.id, o.kind, o.note])).toEqual([
      ['s10', 'actual', ''],
      ['s114', 'target', ''],
      ['u1', 'actual', ''],
    ]);
    expect(r.value.observations[1]).toMatchObject({ value: 95, qualifier: '≥' });
    expect(r.value.goalSets[0]?.name).toBe('荣昌区 2025 目标');
    expect(r.value.history).toEqual([]);
  });

  it('refuses a backup with unreadable rows instead of dropping them', () => {
    const bad = {
      ...backupV1,
      observations: [
        ...backupV1.observations,
        {
          id: 'x',
          district: '江津区',
          indicator: 'a',
          unit: '',
          year: 'abc',
          kind: '实际',
          value: 1,
        },
      ],
    };
    const r = readBackup(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.reason)).toContain('badYear');
    expect(readBackup({ format: 'other' }).ok).toBe(false);
    const newer = readBackup({ ...backupV1, version: 9 });
    expect(!newer.ok && newer.reason).toEqual({ code: 'newerVersion', version: 9 });
  });

  it('tells an old connection that a newer schema wants the database', async () => {
    const told: string[] = [];
    const r = await openDb('vc-test', { onLost: (c) => told.push(c) });
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    await new Promise<void>((resolve) => {
      const req = indexedDB.open('vc-test', 1000);
      req.onsuccess = () => (req.result.close(), resolve());
    });
    expect(told).toEqual(['upgraded']);
  });

  it('tells a connection its database was deleted, and writes then fail at once', async () => {
    const told: string[] = [];
    const r = await openDb('del-test', { onLost: (c) => told.push(c) });
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    await r.value.write({ chunks: new Map([['江津区', []]]) });
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase('del-test');
      req.onsuccess = () => resolve();
    });
    expect(told).toEqual(['deleted']);
    await expect(r.value.write({ ui: {} })).rejects.toThrow();
  });
});
