import { describe, expect, it } from 'vitest';
import { readerRow, type ReaderFields } from './readerRows';

const fields = (f: Partial<ReaderFields> = {}): ReaderFields => ({
  indicator: '居民健康素养水平',
  district: '江津区',
  year: '2023',
  kind: 'actual',
  value: '32.22',
  unit: '%',
  ...f,
});

describe('readerRow (a candidate the planner accepted)', () => {
  it('reads the fields', () => {
    const r = readerRow(fields({ value: '≥95' }));
    expect(r).toEqual({
      ok: true,
      value: {
        indicator: '居民健康素养水平',
        district: '江津区',
        year: 2023,
        kind: 'actual',
        value: 95,
        qualifier: '≥',
        unit: '%',
      },
    });
  });

  it('refuses a blank year or value with its reason, never storing 0', () => {
    const year = readerRow(fields({ year: ' ' }));
    expect(year.ok).toBe(false);
    expect(!year.ok && year.reason).toMatchObject({ code: 'badYear', field: 'year', text: '' });
    const value = readerRow(fields({ value: '' }));
    expect(value.ok).toBe(false);
    expect(!value.ok && value.reason).toMatchObject({ code: 'noValue', field: 'value' });
    expect(readerRow(fields({ district: '' })).ok).toBe(false);
    expect(readerRow(fields({ indicator: ' ' })).ok).toBe(false);
    expect(readerRow(fields({ year: '23' })).ok).toBe(false);
    expect(readerRow(fields({ value: '三十' })).ok).toBe(false);
  });
});
