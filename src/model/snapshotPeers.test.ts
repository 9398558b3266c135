import { describe, expect, it } from 'vitest';
import { readSnapshotData } from './backup';

const group = { id: 'p1', name: '渝西', members: ['江津区', '大足区'] };
const copy = (extra: Record<string, unknown>) => ({
  observations: [],
  goalSets: [],
  catalog: [],
  ...extra,
});

describe('peer groups in a snapshot', () => {
  it('are read back when the snapshot kept them', () => {
    const r = readSnapshotData(copy({ peerGroups: [group] }));
    expect(r.ok && r.value.peerGroups).toEqual([group]);
  });

  it('stay absent for a snapshot taken before groups were kept (restoring leaves them)', () => {
    const r = readSnapshotData(copy({}));
    expect(r.ok && 'peerGroups' in r.value).toBe(false);
  });

  it.each([
    [[{ ...group, name: '<b>x</b>' }], 'markupInName', 'peerGroups[0].name'],
    [[group, { ...group, name: '别名' }], 'repeatedId', 'peerGroups'],
    ['nope', 'badField', 'peerGroups'],
  ])('refuse the snapshot whole for %j, naming %s at %s', (groups, code, path) => {
    const r = readSnapshotData(copy({ peerGroups: groups }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatchObject({
      code: 'snapshotUnreadable',
      first: [{ code, path }],
    });
  });
});
