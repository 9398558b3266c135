import { describe, expect, it } from 'vitest';
import { backupJson, makeBackup, readBackup, type Backup } from './backup';
import type { Observation } from './types';

const group = { id: 'p1', name: '我的组', members: ['江津区', '试点1区'] };
// Members must be districts of the backup's workbook: 试点1区 is one through this row.
const pilot: Observation = {
  id: 'o1',
  district: '试点1区',
  indicator: '医共体数量',
  unit: '个',
  year: 2023,
  kind: 'actual',
  value: 3,
  qualifier: '',
  scope: '',
  source: '',
  quote: '',
  note: '',
};
const backup = (peerGroups: unknown[]): Backup =>
  makeBackup({
    exportedAt: '',
    appVersion: 'test',
    observations: [pilot],
    goalSets: [],
    catalog: [],
    ui: null,
    deck: [],
    peerGroups: peerGroups as Backup['peerGroups'],
    history: [],
    reports: [],
    snapshots: [],
  });
const reread = (b: Backup) => readBackup(JSON.parse(backupJson(b)));

describe('peer groups in a backup', () => {
  it('round-trip; a backup without them reads as none', () => {
    const r = reread(backup([group]));
    expect(r.ok && r.value.peerGroups).toEqual([group]);
    const old = JSON.parse(backupJson(backup([]))) as Record<string, unknown>;
    delete old.peerGroups;
    const r2 = readBackup(old);
    expect(r2.ok && r2.value.peerGroups).toEqual([]);
  });

  it.each([
    [{ ...group, name: '<script>x</script>' }, 'markupInName', 'peerGroups[1].name'],
    [{ ...group, members: [1] }, 'badField', 'peerGroups[1].members[0]'],
    [{ ...group, onload: 'x' }, 'unknownField', 'peerGroups[1].onload'],
  ])('refuses the file whole for %j, naming %s at %s', (bad, code, path) => {
    const r = reread(backup([{ ...group, id: 'p0' }, bad]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatchObject({
      code: 'backupUnreadable',
      first: [{ code, path }],
    });
  });

  it('refuses two groups with one id', () => {
    const r = reread(backup([group, { ...group, name: '另一个' }]));
    expect(!r.ok && r.reason).toEqual({ code: 'duplicateId', list: 'peerGroups', id: 'p1' });
  });
});
