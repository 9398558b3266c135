// How a formula indicator's computed value is shown: a short reason in place of a missing value
// (缺分母, never 0 or blank), and the tooltip lines that mark it as computed.
import { indicatorName, t } from '../i18n';
import { problemText } from '../i18n/problems';
import { formulaText } from '../model/formula';
import type { Catalog, DerivedMark } from '../model/types';

/** The short words for a value that could not be computed. */
export const derivedShort = (mark: DerivedMark): string =>
  mark.reason ? t.derived.short[mark.reason.code] : '';

/** Tooltip lines: computed (read-only), why there is no value, inputs from an earlier year. */
export function derivedNotes(mark: DerivedMark, catalog: Catalog): string[] {
  const notes = [t.derived.computed];
  if (mark.reason) notes.push(problemText(mark.reason, catalog));
  for (const i of mark.inputs)
    if (i.earlier && i.year !== null)
      notes.push(t.derived.earlier(indicatorName(catalog, i.indicator), i.year));
  return notes;
}

/** Grid classes of a computed cell: derived, missing (muted) or from an earlier year. */
export const derivedClasses = (mark: DerivedMark): string[] => [
  'cell-derived',
  mark.reason ? 'cell-derived-missing' : '',
  mark.inputs.some((i) => i.earlier) ? 'cell-derived-earlier' : '',
];

/** The formula of a formula indicator as text, or null for an ordinary one. */
export function formulaOf(catalog: Catalog, indicator: string): string | null {
  const f = catalog.get(indicator)?.formula;
  return f ? formulaText(f.ast) : null;
}
