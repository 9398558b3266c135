// The words for peer-group messages and problems: plain reasons, the groups named on a restore.
import { describe, expect, it } from 'vitest';
import { messageText } from './messages';
import { problemText } from './problems';
import { peersViewEn } from './features/peersView.en';
import { PEER_GROUPS, SUB_GROUPS } from '../model/peerGroups';

describe('peer group words', () => {
  it('a restore that changed only the groups says so', () => {
    const change = { code: 'restoreSnapshot', name: 'v1' } as const;
    const text = messageText({ code: 'restored', change, count: 0, groups: 2 }, new Map());
    expect(text).toContain('2 个比较组有变化');
    expect(messageText({ code: 'restored', change, count: 3 }, new Map())).not.toContain('比较组');
  });

  it('each refusal gives its own reason; a typed name’s message has no JSON path', () => {
    const problem = { code: 'nameTooLong', max: 40, length: 200 } as const;
    const said = messageText({ code: 'groupRefused', problem }, new Map());
    expect(said).toContain('最多 40 个字');
    expect(said).not.toContain('peerGroup');
    expect(problemText({ code: 'builtInId', id: 'cq-main', path: 'peerGroups[0].id' })).toMatch(
      /^peerGroups\[0\]\.id：.*内置比较组/,
    );
    expect(problemText({ code: 'notADistrict', text: '不存在区' })).toContain('不是本工作簿的区县');
  });

  it('the English names a planner group may not take are the ones shown', () => {
    for (const g of [...PEER_GROUPS, ...SUB_GROUPS])
      expect(peersViewEn.groupName[g.id]).toBe(g.nameEn);
  });
});
