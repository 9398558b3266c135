import { describe, expect, it } from 'vitest';
import { DIVISIONS } from './districtCodes';
import { builtInGroupOf, PEER_GROUPS, resolveGroups, SUB_GROUPS } from './peerGroups';

describe('built-in peer groups (一区两群)', () => {
  it('partitions the 38 divisions as 21 + 11 + 6, disjoint, union = DIVISIONS', () => {
    expect(PEER_GROUPS.map((g) => g.members.length)).toEqual([21, 11, 6]);
    const all = PEER_GROUPS.flatMap((g) => [...g.members]);
    expect(new Set(all).size).toBe(38);
    expect([...all].sort()).toEqual(DIVISIONS.map((d) => d.code).sort());
  });

  it('splits 主城都市区 into 中心城区 9 and 主城新区 12', () => {
    expect(SUB_GROUPS.map((g) => g.members.length)).toEqual([9, 12]);
    const main = PEER_GROUPS[0]!.members;
    expect([...SUB_GROUPS[0]!.members, ...SUB_GROUPS[1]!.members].sort()).toEqual([...main].sort());
  });

  it('finds a district by its full workbook name; others are ungrouped, never a crash', () => {
    expect(builtInGroupOf('江津区')?.id).toBe('cq-main');
    expect(builtInGroupOf('黔江区')?.id).toBe('cq-southeast');
    expect(builtInGroupOf('万州区')?.id).toBe('cq-northeast');
    expect(builtInGroupOf('试点1区')).toBeNull();
    expect(builtInGroupOf('')).toBeNull();
    expect(builtInGroupOf('__proto__')).toBeNull();
  });

  it('resolves groups to the workbook names, planner groups last and as they are', () => {
    const gs = resolveGroups(
      ['江津区', '黔江区', '试点1区', '渝中区'],
      [{ id: 'g1', name: '我的组', members: ['试点1区', '江津区'] }],
    );
    expect(gs.map((g) => g.id)).toEqual([
      'cq-main',
      'cq-northeast',
      'cq-southeast',
      'cq-central',
      'cq-new-main',
      'g1',
    ]);
    expect(gs[0]!.members).toEqual(['江津区', '渝中区']);
    expect(gs[2]!.members).toEqual(['黔江区']);
    expect(gs[3]!.members).toEqual(['渝中区']);
    expect(gs[5]).toMatchObject({ builtIn: false, members: ['试点1区', '江津区'] });
  });
});
