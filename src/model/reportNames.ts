// Distinct names for stored reports: a second report never takes the first one's name.

/** “name” for n = 1, else “name (n)”, before a file extension: “报告 (2).txt”. */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 && name.length - dot <= 5
    ? `${name.slice(0, dot)} (${n})${name.slice(dot)}`
    : `${name} (${n})`;
}
