import { describe, expect, it } from 'vitest';
import { testCatalog, testObservation } from '../model/testRows';
import { tableFrom } from '../model/table';
import type { Observation } from '../model/types';
import { pickDistrict } from './pickDistrict';
import { initialState, setUi, type AppState } from './state';

const o = (id: string, district: string, value: number): Observation =>
  testObservation({ id, district, value });

describe('pickDistrict', () => {
  const s0: AppState = setUi(
    {
      ...initialState(testCatalog(), ['江津区', '荣昌区', '大足区'], 't-'),
      table: tableFrom([o('a', '江津区', 30), o('b', '荣昌区', 40)]),
      storage: 'memory',
    },
    { indicator: '素养', scope: '', obsId: 'a', district: '江津区' },
  );
  it('points the source panel at the picked district’s value', () => {
    expect(pickDistrict(s0, '荣昌区').ui).toMatchObject({ district: '荣昌区', obsId: 'b' });
  });
  it('shows no other district’s value for a district without one', () => {
    expect(pickDistrict(s0, '大足区').ui).toMatchObject({ district: '大足区', obsId: null });
  });
});
