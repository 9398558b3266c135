import { describe, expect, it } from 'vitest';
import { restorePeerGroup, restorePeerGroups } from './peerGroup';

const ok = { id: 't1', name: '我的组', members: ['江津区', '试点1区'] };

describe('restorePeerGroup', () => {
  it('keeps a well-formed group, trimmed', () => {
    expect(restorePeerGroup({ ...ok, name: ' 我的组 ' })).toEqual({ ok: true, value: ok });
    expect(restorePeerGroup({ ...ok, members: [] })).toMatchObject({ ok: true });
  });

  it.each([
    [{ ...ok, extra: 1 }, 'unknownField', 'g.extra'],
    [{ ...ok, __proto__x: 1 }, 'unknownField', 'g.__proto__x'],
    [{ ...ok, members: ['江津区', 5] }, 'badField', 'g.members[1]'],
    [{ ...ok, members: '江津区' }, 'badField', 'g.members'],
    [{ ...ok, members: ['江津区', '江津区'] }, 'repeatedMember', 'g.members[1]'],
    [{ ...ok, name: '<script>alert(1)</script>' }, 'markupInName', 'g.name'],
    [{ ...ok, name: '' }, 'badField', 'g.name'],
    [{ ...ok, name: 7 }, 'badField', 'g.name'],
    [{ ...ok, id: 'cq-main' }, 'builtInId', 'g.id'],
    [{ ...ok, members: ['<img src=x onerror=1>'] }, 'markupInName', 'g.members[0]'],
    [null, 'badField', 'g'],
    [[ok], 'badField', 'g'],
  ])('refuses %j with %s at %s', (raw, code, path) => {
    const r = restorePeerGroup(raw, 'g');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatchObject({ code, path });
  });

  it('refuses a JSON-parsed __proto__ key as an unknown field', () => {
    const r = restorePeerGroup(
      JSON.parse('{"id":"a","name":"b","members":[],"__proto__":{"x":1}}'),
    );
    expect(r).toMatchObject({ ok: false, reason: { code: 'unknownField', name: '__proto__' } });
  });
});

describe('restorePeerGroups', () => {
  it('keeps the good groups and names each bad one, a repeated id included', () => {
    const r = restorePeerGroups([ok, { ...ok, name: 'again' }, { id: 'x' }, 'junk']);
    expect(r.groups).toEqual([ok]);
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['repeatedId', 'peerGroups[1].id'],
      ['badField', 'peerGroups[2].name'],
      ['badField', 'peerGroups[3]'],
    ]);
    expect(restorePeerGroups(undefined)).toEqual({ groups: [], problems: [] });
  });
});
