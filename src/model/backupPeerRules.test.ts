// A backup's peer groups follow the restore step's rules, checked against the districts of the
// workbook the backup brings; each refusal names its place in the file.
import { describe, expect, it } from 'vitest';
import {
  backupJson,
  makeBackup,
  readBackup,
  readSnapshotData,
  readStored,
  type Backup,
} from './backup';
import type { Observation } from './types';

const row = (district: string): Observation => ({
  id: `o-${district}`,
  district,
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
});
const backup = (peerGroups: unknown[], observations = [row('江津区'), row('试点1区')]): Backup =>
  makeBackup({
    exportedAt: '',
    appVersion: 'test',
    observations,
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
const first = (b: Backup) => {
  const r = reread(b);
  return r.ok ? null : (r.reason as { first?: unknown[] }).first?.[0];
};

describe('backup peer groups: the restore step’s rules', () => {
  it('resolves members to districts: the workbook’s and the 38', () => {
    const r = reread(backup([{ id: 'g1', name: '组', members: ['江津', '试点1区', '500151'] }]));
    expect(r.ok && r.value.peerGroups).toEqual([
      { id: 'g1', name: '组', members: ['江津区', '试点1区', '铜梁区'] },
    ]);
  });

  it.each([
    [['不存在区', '江津区'], 'notADistrict', 'peerGroups[0].members[0]'],
    [['江津区', 'Jiangjin'], 'repeatedMember', 'peerGroups[0].members[1]'],
    [['江津区', '500116'], 'repeatedMember', 'peerGroups[0].members[1]'],
  ])('refuses members %j: %s at %s', (members, code, path) => {
    expect(first(backup([{ id: 'g1', name: '组', members }]))).toMatchObject({ code, path });
  });

  it('a district only in another workbook is no member here', () => {
    expect(
      first(backup([{ id: 'g1', name: '组', members: ['试点1区'] }], [row('江津区')])),
    ).toMatchObject({ code: 'notADistrict', path: 'peerGroups[0].members[0]' });
  });

  it.each([
    [{ id: 'cq-main', name: '组', members: [] }, 'builtInId', 'peerGroups[0].id'],
    [{ id: 'g1', name: '主城都市区', members: [] }, 'builtInName', 'peerGroups[0].name'],
    [{ id: 'g1', name: '很'.repeat(200), members: [] }, 'nameTooLong', 'peerGroups[0].name'],
  ])('refuses %j with %s at %s', (g, code, path) => {
    expect(first(backup([g]))).toMatchObject({ code, path });
  });

  it('a snapshot’s groups are checked against the snapshot’s districts', () => {
    const r = readSnapshotData({
      observations: [row('江津区')],
      goalSets: [],
      catalog: [],
      peerGroups: [{ id: 'g1', name: '组', members: ['不存在区'] }],
    });
    expect(!r.ok && r.reason).toMatchObject({ first: [{ code: 'notADistrict' }] });
  });

  it('stored groups are checked against the loaded districts', () => {
    const kept = readStored({
      goalSets: [],
      catalog: [],
      deck: [],
      districts: ['江津区'],
      peerGroups: [{ id: 'g1', name: '组', members: ['Jiangjin', '不存在区'] }],
    });
    expect(kept.peerGroups).toEqual([]);
    expect(kept.problems).toMatchObject([
      { code: 'notADistrict', path: 'peerGroups[0].members[1]' },
    ]);
  });
});
