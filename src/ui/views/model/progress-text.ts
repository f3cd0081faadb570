import { formatBytes, type ProgressFigures } from '../../../model-store/progress.js';

/** "4.2 MB/s"; "stalled" when nothing arrived over the last few seconds. */
export function formatRate(bytesPerSecond: number): string {
  return bytesPerSecond > 0 ? `${formatBytes(bytesPerSecond)}/s` : 'stalled';
}

/** "45 s left", "3 min left", "1 h 5 min left"; rounded up so it never promises less than it takes. */
export function formatTimeLeft(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s left`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return `${minutes} min left`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}

/** One line for a person: "12 MB of 40 MB (30%) · 4.2 MB/s · 7 s left". */
export function describeProgress(p: ProgressFigures, active: boolean): string {
  const parts = [
    p.total !== undefined
      ? `${formatBytes(p.bytes)} of ${formatBytes(p.total)} (${Math.floor(p.percent ?? 0)}%)`
      : `${formatBytes(p.bytes)} so far`,
  ];
  if (active && p.percent !== 100) {
    parts.push(formatRate(p.rateBps));
    if (p.etaSeconds !== undefined) parts.push(formatTimeLeft(p.etaSeconds));
  }
  return parts.join(' · ');
}
