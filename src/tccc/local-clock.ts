/** "14:02": the 24-hour local time of a moment (a Date, an ISO string or epoch ms), as the whole app writes times. */
export function localClock(at: Date | string | number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
