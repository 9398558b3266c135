import { describe, expect, it } from 'vitest';
import { backupJson, makeBackup, readBackup, readStored, type Backup } from './backup';
import type { GoalSet } from './goalSets';
import type { Slide } from './slides';
import type { CatalogEntry, Observation } from './types';

const obs = (id: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  id,
  district: '江津区',
  indicator: '居民健康素养水平',
  unit: '%',
  year: 2023,
  kind: 'actual',
  value,
  qualifier: '',
  scope: '',
  source: '',
  quote: '',
  note: '',
  ...extra,
});
const entry: CatalogEntry = {
  indicator: '新指标',
  nameEn: 'New',
  unit: '个',
  direction: 'higher',
  min: 0,
  max: null,
  category: '其他',
};
const slide: Slide = {
  id: 's1',
  kind: 'across',
  title: '会议',
  indicator: '居民健康素养水平',
  scope: '',
  district: null,
  year: 'latest',
  dataKind: 'actual',
  goalSource: 'own',
};
const set = (id: string, value: unknown): GoalSet =>
  ({
    id,
    name: id,
    targets: [{ indicator: '居民健康素养水平', value, year: 2025, qualifier: '' }],
  }) as GoalSet;

function backup(parts: Partial<Backup> = {}): Backup {
  return makeBackup({
    exportedAt: '2026-11-29T00:00:00.000Z',
    appVersion: 'test',
    observations: [obs('a', 1)],
    goalSets: [set('g1', 30)],
    catalog: [entry],
    ui: { view: 'goals' },
    deck: [slide],
    history: [],
    reports: [],
    snapshots: [],
    ...parts,
  });
}
/** What the app's own restore reads: the written file, parsed. */
const reread = (b: Backup) => readBackup(JSON.parse(backupJson(b)));
/** The refusal's codes and places, as text to search. */
const reason = (r: ReturnType<typeof readBackup>) => (r.ok ? '' : JSON.stringify(r.reason));

describe('readBackup', () => {
  it('accepts a backup holding 1e21 (numbers are read as numbers, not re-parsed as text)', () => {
    const r = reread(backup({ observations: [obs('a', 1e21)] }));
    expect(reason(r)).toBe('');
    expect(r.ok && r.value.observations[0]?.value).toBe(1e21);
  });

  it('reads a version given as the text "2" as version 2, never as newer', () => {
    const b = JSON.parse(backupJson(backup())) as Record<string, unknown>;
    const r = readBackup({ ...b, version: '2', deck: undefined, snapshots: undefined });
    expect(reason(r)).toBe('');
    expect(reason(readBackup({ ...b, version: 99 }))).toContain('newerVersion');
    expect(reason(readBackup({ ...b, version: 'abc' }))).toContain('"abc"');
  });

  it('refuses a null catalog entry, naming where it is', () => {
    const b = JSON.parse(backupJson(backup())) as Record<string, unknown>;
    const r = readBackup({ ...b, catalog: [entry, null] });
    expect(r.ok).toBe(false);
    expect(reason(r)).toContain('catalog[1]');
  });

  it('refuses a malformed goal set with the JSON path of the bad value', () => {
    const r = reread(backup({ goalSets: [set('g1', 30), set('g2', 40), set('g3', '三十')] }));
    expect(r.ok).toBe(false);
    expect(reason(r)).toContain('goalSets[2].targets[0].value');
    const noTargets = { id: 'g9', name: 'x' } as unknown as GoalSet;
    expect(reason(reread(backup({ goalSets: [noTargets] })))).toContain('goalSets[0].targets');
    expect(reason(reread(backup({ goalSets: [set('g1', 1), set('g1', 2)] })))).toContain('g1');
  });

  it('refuses bad slides, reports and snapshots instead of dropping them', () => {
    const badSlide = { ...slide, kind: 'pie' } as unknown as Slide;
    expect(reason(reread(backup({ deck: [slide, badSlide] })))).toContain('deck[1].kind');
    const badReport = { name: 'r', text: 5, added: 1 } as unknown as NonNullable<
      Backup['reports']
    >[number];
    expect(reason(reread(backup({ reports: [badReport] })))).toContain('reports[0].text');
    const snap = {
      name: 's',
      t: 1,
      auto: false,
      rows: 1,
      observations: [obs('a', 'x' as unknown as number)],
      goalSets: [],
      catalog: [],
    };
    expect(reason(reread(backup({ snapshots: [snap] })))).toContain(
      'snapshots[0].observations[0].value',
    );
  });

  it('keeps every field of an observation exactly, including the original and the choice', () => {
    const o = obs('a', 7, {
      qualifier: '≥',
      scope: '区人民医院',
      source: 'r.txt',
      quote: '达7%',
      note: 'n',
      original: { value: 6, qualifier: '' },
      preferred: true,
    });
    const r = reread(backup({ observations: [o] }));
    expect(r.ok && r.value.observations[0]).toEqual(o);
  });
});

describe('readStored (what IndexedDB holds, read at start-up)', () => {
  it('leaves out a malformed goal set, catalog entry or slide, saying what and where', () => {
    const r = readStored({
      goalSets: [set('g1', 30), set('g2', '三十'), null],
      catalog: [entry, null],
      deck: [slide, { id: 'x' }],
    });
    // g2's one target is bad: the set stays (its other targets would be lost on the next save).
    expect(r.goalSets.map((g) => [g.id, g.targets.length])).toEqual([
      ['g1', 1],
      ['g2', 0],
    ]);
    expect(r.catalog).toEqual([entry]);
    expect(r.deck).toEqual([slide]);
    const where = JSON.stringify(r.problems);
    expect(where).toContain('goalSets[1].targets[0].value');
    expect(where).toContain('goalSets[2]');
    expect(where).toContain('catalog[1]');
    expect(where).toContain('deck[1].kind');
  });

  it('keeps a goal set with its good targets and names every bad one', () => {
    const good = set('g', 30).targets[0]!;
    const r = readStored({
      goalSets: [
        {
          id: 'g',
          name: '荣昌区 2025 目标',
          targets: [
            { ...good, value: 'x' },
            { ...good, indicator: '人均预期寿命', year: 'abc' },
            { ...good, indicator: undefined },
            { ...good, indicator: '人口', value: 150 },
          ],
        },
      ],
      catalog: [],
      deck: [],
    });
    expect(r.goalSets.map((g) => g.targets.map((x) => x.indicator))).toEqual([['人口']]);
    expect(r.problems.map((p) => p.path)).toEqual([
      'goalSets[0].targets[0].value',
      'goalSets[0].targets[1].year',
      'goalSets[0].targets[2].indicator',
    ]);
  });
});
