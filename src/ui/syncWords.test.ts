import { describe, expect, it } from 'vitest';
import { catalogDocId, goalSetDocId, obsDocId } from '../model/syncIds';
import type { RefusedDoc, SyncVersion } from '../state/syncInfo';
import { refusedText, versionText } from './syncWords';

const cell = {
  district: '荣昌区',
  indicator: '居民健康素养水平',
  year: 2024,
  kind: 'actual' as const,
  scope: '',
};
const id = obsDocId(cell);

const version = (content: SyncVersion['content'], by = 'bob'): SyncVersion => ({
  rev: '2-x',
  by,
  at: 0,
  content,
  winner: false,
});

describe('refused remote documents in words', () => {
  const refused = (r: Omit<RefusedDoc, 'rev'>) => refusedText({ rev: '1-a', ...r }, new Map());

  it('names the document once, decoded, and then the problem', () => {
    const text = refused({
      id,
      problem: {
        code: 'badField',
        expected: 'text',
        found: { kind: 'value', text: '5' },
        path: `${id}/by`,
      },
    });
    expect(text).not.toContain('%E8');
    expect(text).not.toContain('obs:');
    expect(text).toContain('荣昌区 · 居民健康素养水平 · 2024');
    expect(text.split('荣昌区').length).toBe(2);
  });

  it('says markup in the author as markup, not “text expected, text found”', () => {
    const text = refused({
      id,
      problem: { code: 'markupInName', text: '<img src=x', path: `${id}/by` },
    });
    expect(text).toContain('标记或控制字符');
    expect(text).not.toContain('应为文本');
    expect(text).not.toContain('obs:');
  });

  it('never says row 0 for a catalog entry', () => {
    const cid = catalogDocId('上行指标');
    const text = refused({
      id: cid,
      problem: { code: 'catalogDirection', text: 'up', path: `${cid}/entry.direction` },
    });
    expect(text).not.toContain('第 0 行');
    expect(text).toContain('“up”');
    expect(text).toContain('entry.direction');
  });

  it('names a goal set by its id, decoded, and an unknown id without saying it twice', () => {
    const gid = goalSetDocId('规划 2025');
    expect(
      refused({ id: gid, problem: { code: 'syncWrongType', id: gid, path: `${gid}/type` } }),
    ).toContain('规划 2025');
    const odd = 'weird:%E4%B8%AD';
    const text = refused({ id: odd, problem: { code: 'syncUnknownDoc', id: odd, path: odd } });
    expect(text).toContain('中');
    expect(text).not.toContain('%E4');
  });
});

describe('kept versions in words', () => {
  it('says 已删除 for a version that deleted the cell', () => {
    expect(versionText(id, version({ type: 'cell', rows: [] }))).toBe('已删除');
  });

  it('says 已删除 for a version that deleted the built-in goal set', () => {
    const set = { id: 'g-rongchang-2025', name: '荣昌区 2025 目标', targets: [] };
    const text = versionText(
      'goalset:g-rongchang-2025',
      version({ type: 'goalSet', set, order: 0, removed: true }),
    );
    expect(text).toContain('已删除');
  });

  it('tells slide decks apart by their slides', () => {
    const slide = (title: string, indicator: string | null = null) => ({
      id: title || 'x',
      kind: 'across' as const,
      title,
      indicator,
      scope: '',
      district: null,
      year: 'latest' as const,
      dataKind: 'actual' as const,
      goalSource: 'own',
    });
    const a = versionText('deck', version({ type: 'deck', slides: [slide('甲'), slide('乙')] }));
    const b = versionText(
      'deck',
      version({ type: 'deck', slides: [slide('甲'), slide('', '人均预期寿命')] }),
    );
    expect(a).not.toBe(b);
    expect(a).toContain('乙');
    expect(b).toContain('人均预期寿命');
  });

  it('tells peer groups apart by their members', () => {
    const group = (members: string[]) =>
      version({ type: 'peerGroup', group: { id: 'g1', name: '我的组', members } });
    const a = versionText('peer:g1', group(['江津区']));
    const b = versionText('peer:g1', group(['荣昌区']));
    expect(a).toContain('江津区');
    expect(b).toContain('荣昌区');
  });
});
