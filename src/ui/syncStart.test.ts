import { describe, expect, it } from 'vitest';
import { changeText } from '../i18n/messages';
import { chipOf } from './syncStart';

const none = { rejected: [], conflicts: new Map() };

describe('the sharing chip', () => {
  it('says each status in words, and nothing when sharing is off', () => {
    expect(chipOf({ ...none, status: { kind: 'off' } }).text).toBe('');
    expect(chipOf({ ...none, status: { kind: 'synced' } }).text).toBe('已同步');
    expect(chipOf({ ...none, status: { kind: 'syncing', pending: 2 } }).text).toBe('同步中…');
    expect(chipOf({ ...none, status: { kind: 'offline', pending: 3 } }).text).toBe(
      '离线，3 项待上传',
    );
    expect(chipOf({ ...none, status: { kind: 'otherTab' } }).text).toBe('由另一个标签页同步');
    const denied = (reason: 'unauthorized' | 'forbidden' | 'notFound', detail = '') =>
      chipOf({ ...none, status: { kind: 'denied', reason, detail, pending: 0 } }).text;
    expect(denied('unauthorized')).toBe('未登录');
    expect(
      chipOf({
        ...none,
        status: { kind: 'denied', reason: 'unauthorized', detail: '', pending: 2 },
      }).text,
    ).toBe('未登录，2 项待上传');
    expect(denied('forbidden', 'read-only account')).toBe('服务器拒绝：read-only account');
    expect(denied('notFound')).toBe('服务器拒绝：找不到数据库');
  });

  it('never says 已同步 while the server has refused local changes', () => {
    const chip = chipOf({
      status: { kind: 'synced' },
      rejected: [{ id: 'obs:x', reason: 'forbidden', detail: '' }],
      conflicts: new Map(),
    });
    expect(chip).toEqual({ text: '服务器拒绝：无权限', look: 'denied' });
  });

  it('says how many conflicts wait for a choice instead of a bare 已同步', () => {
    const v = { rev: '1-a', by: 'bob', at: 0, content: null, winner: true };
    const conflicts = new Map([
      ['deck', { id: 'deck', versions: [v, v] }],
      ['peer:g', { id: 'peer:g', versions: [v, v] }],
    ]);
    expect(chipOf({ rejected: [], conflicts, status: { kind: 'synced' } })).toEqual({
      text: '已同步，2 处冲突待选择',
      look: 'conflict',
    });
  });

  it('names a missing database in words, never the server code', () => {
    expect(
      chipOf({
        ...none,
        status: { kind: 'denied', reason: 'notFound', detail: 'no_db_file', pending: 0 },
      }).text,
    ).toBe('服务器拒绝：找不到数据库');
  });
});

describe('修改历史 for a change from another replica', () => {
  it('says who sent it', () => {
    expect(changeText({ code: 'syncReceived', by: 'alice', count: 2 }, new Map())).toContain(
      'alice',
    );
  });
});
