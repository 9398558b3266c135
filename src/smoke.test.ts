import { describe, expect, it } from 'vitest';
import { handsontableLicenseKey } from './config';

describe('smoke', () => {
  it('has a Handsontable licence key', () => {
    expect(handsontableLicenseKey.length).toBeGreaterThan(0);
  });
});
