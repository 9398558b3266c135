// The bundled seed observations. Loaded on demand: only a first run or a reset needs them.
import indicatorsCsv from '../../seeds/indicators.csv?raw';
import { parseCsv } from '../io/csv';
import { recordToObservation } from '../model/observations';
import type { Observation } from '../model/types';

/** Seed observations get stable ids (s1, s2 …) so a reset restores the same rows. */
export function loadSeedObservations(text: string = indicatorsCsv): Observation[] {
  const parsed = parseCsv(text);
  return parsed.records.map((r, i) => {
    const res = recordToObservation(r, `s${i + 1}`);
    if (!res.ok)
      throw new Error(`seeds/indicators.csv 第 ${i + 2} 行：${JSON.stringify(res.reason)}`);
    return res.value;
  });
}
