// The seed report index read from reports.csv's text with the project's CSV code (tests read the
// file so); the app takes the records read at build time (src/data/reports.ts).
import { parseCsv } from '../io/csv';
import { reportIndex, type SeedReportInfo } from './reports';

export const loadReportIndex = (text: string): SeedReportInfo[] =>
  reportIndex(parseCsv(text).records);
