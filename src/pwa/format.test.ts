import { describe, expect, it } from 'vitest';
import { formatBytes, formatPercent } from './format';

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(1.2 * 1024 * 1024)).toBe('1.2 MB');
    expect(formatBytes(10.5 * 1024 ** 3)).toBe('10.5 GB');
    expect(formatBytes(3 * 1024 ** 5)).toBe('3072.0 TB');
  });
  it('shows a dash for nonsense', () => {
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('keeps small shares readable', () => {
    expect(formatPercent(0, 100)).toBe('0%');
    expect(formatPercent(1, 1e6)).toBe('<0.01%');
    expect(formatPercent(5, 1e4)).toBe('0.05%');
    expect(formatPercent(123, 1000)).toBe('12.3%');
  });
  it('shows a dash without a quota', () => {
    expect(formatPercent(5, 0)).toBe('—');
    expect(formatPercent(Number.NaN, 10)).toBe('—');
  });
});
