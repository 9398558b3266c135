// A map slide (kind 'map' with its colouring) survives storage and backups; a bad colouring is
// refused by a backup, dropped by the stored deck's restore.
import { describe, expect, it } from 'vitest';
import { backupJson, makeBackup, readBackup } from './backup';
import { restoreDeck, type Slide } from './slides';

const mapSlide: Slide = {
  id: 'm1',
  kind: 'map',
  title: '',
  indicator: '居民健康素养水平',
  scope: '',
  district: null,
  year: 2023,
  dataKind: 'actual',
  goalSource: 'own',
  mapBreaks: 'status',
};

const backup = (deck: Slide[]) =>
  readBackup(
    JSON.parse(
      backupJson(
        makeBackup({
          exportedAt: '2026-11-30T00:00:00.000Z',
          appVersion: 'test',
          observations: [],
          goalSets: [],
          catalog: [],
          ui: {},
          deck,
          history: [],
          reports: [],
          snapshots: [],
        }),
      ),
    ),
  );

describe('map slides', () => {
  it('keep their kind and colouring through the stored deck', () => {
    expect(restoreDeck([mapSlide])).toEqual([mapSlide]);
    const { mapBreaks: _, ...plain } = mapSlide;
    expect(restoreDeck([plain])).toEqual([plain]);
    expect(restoreDeck([{ ...mapSlide, mapBreaks: 'pie' }])).toEqual([plain]);
  });

  it('keep them through a backup, and a bad colouring is refused with its path', () => {
    const ok = backup([mapSlide]);
    expect(ok.ok && ok.value.deck).toEqual([mapSlide]);
    const bad = backup([{ ...mapSlide, mapBreaks: 'pie' } as unknown as Slide]);
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad.ok ? null : bad.reason)).toContain('deck[0].mapBreaks');
  });
});
