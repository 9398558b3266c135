import { describe, expect, it } from 'vitest';
import { readCatalogCsv } from '../io/catalogFile';
import { placed } from './catalogCsvFile';

const said = (text: string) => {
  const r = readCatalogCsv(text, new Map());
  return r.ok ? '' : placed(r.reason);
};

describe('a malformed catalog file is worded, the line said once', () => {
  it('too many fields', () => {
    expect(said('indicator,unit,direction\n床位数,张,higher,x,y\n')).toBe(
      '第 2 行：列数不符：有 5 列，表头有 3 列',
    );
  });
  it('an unclosed quote', () => {
    const words = said('indicator,unit,direction\n"床位数,张,higher\n');
    expect(words).toMatch(/^第 2 行/);
    expect(words.match(/第 2 行/g)).toHaveLength(1);
    expect(words).not.toMatch(/Quoted/);
  });
});
