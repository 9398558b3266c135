// The restore step's rules for a planner's group: not a built-in's id or name, a name of at most
// MAX_GROUP_NAME characters, members that are districts (aliases resolved), none listed twice.
import { describe, expect, it } from 'vitest';
import { MAX_GROUP_NAME, restorePeerGroup, restorePeerGroups } from './peerGroup';

const districts = ['江津区', '试点1区', '大足区'];
const ok = { id: 't1', name: '我的组', members: ['江津区', '试点1区'] };
const refused = (raw: unknown) => {
  const r = restorePeerGroup(raw, 'g', districts);
  return r.ok ? null : r.reason;
};

describe('a planner group may not pass for a built-in one', () => {
  it.each([
    '主城都市区',
    ' 主城 都市区 ',
    '中心城区',
    'Chongqing Metropolitan Area',
    'chongqing  metropolitan area',
    'NEW METROPOLITAN DISTRICTS',
  ])('refuses the name %j with builtInName at g.name', (name) => {
    expect(refused({ ...ok, name })).toMatchObject({ code: 'builtInName', path: 'g.name' });
  });

  it('refuses a built-in id with its own code', () => {
    expect(refused({ ...ok, id: 'cq-main' })).toMatchObject({
      code: 'builtInId',
      id: 'cq-main',
      path: 'g.id',
    });
  });
});

describe('the name length', () => {
  it(`refuses a name over ${MAX_GROUP_NAME} characters, saying the limit`, () => {
    expect(MAX_GROUP_NAME).toBe(40);
    expect(refused({ ...ok, name: '很'.repeat(41) })).toMatchObject({
      code: 'nameTooLong',
      max: 40,
      length: 41,
      path: 'g.name',
    });
    expect(restorePeerGroup({ ...ok, name: '很'.repeat(40) }, 'g', districts).ok).toBe(true);
  });
});

describe('members are districts', () => {
  it('resolves short names, codes and romanised names to the workbook name', () => {
    const r = restorePeerGroup(
      { ...ok, members: ['江津', '500111', 'Hechuan', '试点1区'] },
      'g',
      districts,
    );
    expect(r).toEqual({
      ok: true,
      value: { ...ok, members: ['江津区', '大足区', '合川区', '试点1区'] },
    });
  });

  it('refuses a member that is neither a workbook district nor one of the 38', () => {
    expect(refused({ ...ok, members: ['江津区', '不存在区'] })).toMatchObject({
      code: 'notADistrict',
      text: '不存在区',
      path: 'g.members[1]',
    });
    expect(refused({ ...ok, members: ['全市'] })).toMatchObject({ code: 'notADistrict' });
  });

  it('refuses a member listed twice once aliases are resolved', () => {
    expect(refused({ ...ok, members: ['江津区', 'Jiangjin'] })).toMatchObject({
      code: 'repeatedMember',
      name: '江津区',
      written: 'Jiangjin',
      path: 'g.members[1]',
    });
    expect(refused({ ...ok, members: ['江津区', '500116'] })).toMatchObject({
      code: 'repeatedMember',
      path: 'g.members[1]',
    });
  });

  it('a stored list is checked against the districts passed in', () => {
    const r = restorePeerGroups(
      [ok, { ...ok, id: 't2', members: ['不存在区'] }],
      'peerGroups',
      districts,
    );
    expect(r.groups).toEqual([ok]);
    expect(r.problems).toMatchObject([{ code: 'notADistrict', path: 'peerGroups[1].members[0]' }]);
  });
});
