import { describe, expect, it } from 'vitest';
import {
  createPeerGroup,
  deletePeerGroup,
  renamePeerGroup,
  togglePeerMember,
} from './peerGroupActions';
import { initialState, redo, setUi, undo } from './state';
import { restoreWithGroups } from './historyActions';

const base = initialState(new Map(), ['江津区', '黔江区', '大足区'], 't');

describe('peer group actions', () => {
  it('create, rename, tick members and delete: each one undo step', () => {
    let s = createPeerGroup(base, ' 渝西 ');
    const id = s.peerGroups[0]!.id;
    expect(s.peerGroups).toEqual([{ id, name: '渝西', members: [] }]);
    expect(s.ui.peerGroup).toBe(id);
    s = renamePeerGroup(s, id, '渝西片区');
    s = togglePeerMember(s, id, '大足区', true);
    s = togglePeerMember(s, id, '江津区', true);
    // Members keep the workbook's district order.
    expect(s.peerGroups[0]).toMatchObject({ name: '渝西片区', members: ['江津区', '大足区'] });
    s = togglePeerMember(s, id, '大足区', false);
    expect(s.peerGroups[0]!.members).toEqual(['江津区']);
    s = deletePeerGroup(s, id);
    expect(s.peerGroups).toEqual([]);
    expect(s.ui.peerGroup).toBe('');
    expect(s.past).toHaveLength(6);
    s = undo(s);
    expect(s.peerGroups[0]).toMatchObject({ name: '渝西片区', members: ['江津区'] });
    s = undo(undo(undo(undo(s))));
    expect(s.peerGroups[0]).toMatchObject({ name: '渝西', members: [] });
    expect(undo(s).peerGroups).toEqual([]);
    expect(redo(undo(s)).peerGroups).toHaveLength(1);
  });

  it('refuses a blank, taken or marked-up name with a message, changing nothing', () => {
    const s = createPeerGroup(base, '甲');
    for (const name of ['  ', '甲', '<b>乙</b>']) {
      const r = createPeerGroup(s, name);
      expect(r.peerGroups).toBe(s.peerGroups);
      expect(r.past).toBe(s.past);
      expect(r.message?.kind).toBe('error');
    }
    expect(createPeerGroup(s, '甲').message?.msg).toEqual({ code: 'groupNameTaken', name: '甲' });
    expect(createPeerGroup(s, '<b>').message?.msg).toMatchObject({
      code: 'groupRefused',
      problem: { code: 'markupInName' },
    });
    const id = s.peerGroups[0]!.id;
    expect(renamePeerGroup(s, id, '甲')).toBe(s);
    expect(renamePeerGroup(s, 'nope', '乙')).toBe(s);
  });

  it('keeps the filter when another group is deleted', () => {
    let s = createPeerGroup(createPeerGroup(base, '甲'), '乙');
    const [a, b] = s.peerGroups.map((g) => g.id);
    s = setUi(s, { peerGroup: b! });
    expect(deletePeerGroup(s, a!).ui.peerGroup).toBe(b);
  });
});

describe('restoreWithGroups', () => {
  const copy = { observations: [], goalSets: [], catalog: [] };
  const label = { code: 'restoreSnapshot', name: 'v1' } as const;
  it('brings a copy’s groups back with its data, as one undo step', () => {
    const s = createPeerGroup(base, '渝西');
    const kept = [{ id: 'p9', name: '旧组', members: ['黔江区'] }];
    const r = restoreWithGroups(s, { ...copy, peerGroups: kept }, label);
    expect(r.peerGroups).toEqual(kept);
    expect(r.past).toHaveLength(s.past.length + 1);
    expect(undo(r).peerGroups).toEqual(s.peerGroups);
  });

  it('leaves the groups as they are for a copy that did not keep them', () => {
    const s = createPeerGroup(base, '渝西');
    expect(restoreWithGroups(s, copy, label).peerGroups).toBe(s.peerGroups);
  });
});
