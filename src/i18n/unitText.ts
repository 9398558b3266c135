// A number followed by its unit, as planners write it: 32%, 80.14岁, 18.32/10万.

/**
 * `value` and `unit` joined. A rate per N written as a unit «1/10万» reads after the number as
 * «/10万» (18.32/10万, never 18.321/10万); any other unit that starts with a digit is set apart
 * by a space, so its digits never run into the number's. `spaced` puts a space before every unit.
 */
export function joinUnit(value: string, unit: string, spaced = false): string {
  if (!unit) return value;
  if (/^1\/\S/.test(unit)) return `${value}${unit.slice(1)}`;
  return spaced || /^[0-9０-９.]/.test(unit) ? `${value} ${unit}` : `${value}${unit}`;
}
