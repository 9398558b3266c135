import { describe, expect, it } from 'vitest';
import { buildCompare } from './compare';
import { withDerived } from './derived';
import { wideSheet } from './sheetExport';
import { tableFrom } from './table';
import { formulaEntry, perThousandOf, plainEntry, testCatalog, testObservation } from './testRows';

const rate = formulaEntry('每千人口托位数（算）', '个', perThousandOf('婴幼儿托位总数', '人口'));

describe('wide sheet of a formula indicator', () => {
  it('lists the inputs’ reports as the computed value’s sources', () => {
    const catalog = testCatalog(
      plainEntry('人口', '万人'),
      plainEntry('婴幼儿托位总数', '个'),
      rate,
    );
    const table = withDerived(
      tableFrom([
        testObservation({
          id: 'a',
          indicator: '人口',
          unit: '万人',
          value: 150,
          source: 'r.txt',
          quote: '150万',
        }),
        testObservation({
          id: 'b',
          indicator: '婴幼儿托位总数',
          unit: '个',
          value: 3748,
          source: 'r.txt',
          quote: '3748个',
        }),
      ]),
      catalog,
    );
    const view = buildCompare(table, catalog, {
      year: 'latest',
      kind: 'actual',
      category: '',
      districts: ['江津区'],
    });
    const out = wideSheet(
      { ...view, rows: view.rows.filter((r) => r.indicator === rate.indicator) },
      table,
      'zh',
      'actual',
    );
    const quotes = out.sources.rows.slice(1).map((r) => r[r.length - 1]);
    expect(quotes).toEqual(['3748个', '150万']);
  });
});
