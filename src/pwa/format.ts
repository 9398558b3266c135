// Pure formatting helpers for the 关于 / 存储 dialog.

const UNITS = ['KB', 'MB', 'GB', 'TB'];

/** Bytes in binary units with one decimal, e.g. 1.2 MB, 10.5 GB. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${UNITS[i]}`;
}

/** Share of quota used, e.g. 12.3%, 0.05%, <0.01%. */
export function formatPercent(usage: number, quota: number): string {
  if (!(quota > 0) || !Number.isFinite(usage) || usage < 0) return '—';
  const p = (usage / quota) * 100;
  if (p === 0) return '0%';
  if (p < 0.01) return '<0.01%';
  return `${p < 1 ? p.toFixed(2) : p.toFixed(1)}%`;
}
