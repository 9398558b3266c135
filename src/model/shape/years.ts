// Column headers that are years: 2024, 2024年, 2024年度, 2024年末, and the ISO dates a workbook
// gives for a date-formatted year cell (2024-12-31). Such a header is a year, never a district.
import { toHalfWidth } from '../numbers';

const YEAR_HEADER =
  /^(\d{4})\s*(?:年\s*(?:度|末|底)?|-\d{1,2}(?:-\d{1,2})?|\/\d{1,2}(?:\/\d{1,2})?)?$/;

/** The year a header names, or null. */
export function yearOfHeader(header: string): number | null {
  const m = YEAR_HEADER.exec(toHalfWidth(header).trim());
  if (!m) return null;
  const year = Number(m[1]);
  return year >= 1900 && year <= 2100 ? year : null;
}
