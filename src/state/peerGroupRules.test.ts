// The editor's way in follows the restore step's rules, and its messages carry no JSON path
// (the planner typed a name, not a file).
import { describe, expect, it } from 'vitest';
import { createPeerGroup, renamePeerGroup, togglePeerMember } from './peerGroupActions';
import { initialState } from './state';
import { restoreWithGroups } from './historyActions';

const base = initialState(new Map(), ['江津区', '黔江区', '大足区'], 't');

describe('peer group actions: the restore step’s rules', () => {
  it.each([
    ['主城都市区', 'builtInName'],
    ['central urban districts', 'builtInName'],
    ['很'.repeat(200), 'nameTooLong'],
  ])('refuses %j with %s, no path in the message', (name, code) => {
    const r = createPeerGroup(base, name);
    expect(r.peerGroups).toBe(base.peerGroups);
    const msg = r.message?.msg as { code: string; problem?: Record<string, unknown> };
    expect(msg).toMatchObject({ code: 'groupRefused', problem: { code } });
    expect(msg.problem).not.toHaveProperty('path');
  });

  it('a blank name says so plainly', () => {
    expect(createPeerGroup(base, '  ').message?.msg).toEqual({ code: 'groupNameEmpty' });
  });

  it('renaming to a built-in name is refused too', () => {
    const s = createPeerGroup(base, '渝西');
    const id = s.peerGroups[0]!.id;
    const r = renamePeerGroup(s, id, ' 主城新区 ');
    expect(r.peerGroups).toBe(s.peerGroups);
    expect(r.message?.msg).toMatchObject({ problem: { code: 'builtInName' } });
  });

  it('members given by another name become the district; a non-district is refused', () => {
    const s = createPeerGroup(base, '渝西', ['Jiangjin', '500111']);
    expect(s.peerGroups[0]!.members).toEqual(['江津区', '大足区']);
    const r = createPeerGroup(base, '渝西', ['不存在区']);
    expect(r.peerGroups).toBe(base.peerGroups);
    expect(r.message?.msg).toMatchObject({ problem: { code: 'notADistrict' } });
  });

  it('a member the workbook no longer has can still be taken out', () => {
    const s = { ...createPeerGroup(base, '渝西'), districts: ['江津区', '试点1区'] };
    const id = s.peerGroups[0]!.id;
    const withPilot = togglePeerMember(s, id, '试点1区', true);
    const gone = { ...withPilot, districts: ['江津区'] };
    const on = togglePeerMember(gone, id, '江津区', true);
    expect(on.peerGroups[0]!.members).toEqual(['江津区', '试点1区']);
    expect(togglePeerMember(on, id, '试点1区', false).peerGroups[0]!.members).toEqual(['江津区']);
  });
});

describe('restoring a copy whose groups differ', () => {
  it('says how many groups changed, even when no row did', () => {
    const s = createPeerGroup(base, '渝西');
    const kept = [{ id: 'p9', name: '旧组', members: ['黔江区'] }];
    const label = { code: 'restoreSnapshot', name: 'v1' } as const;
    const r = restoreWithGroups(
      s,
      { observations: [], goalSets: [], catalog: [], peerGroups: kept },
      label,
    );
    // 渝西 removed and 旧组 added.
    expect(r.message?.msg).toMatchObject({ code: 'restored', count: 0, groups: 2 });
  });
});
