/**
 * The kind of device a browser's user agent says it runs on ("iPad", "Android tablet"…), or undefined when it says
 * nothing useful. One table for both names a device gets before a medic names it: its own (`app/device-name.ts`) and
 * the kiosk's for a tablet paired without a name (`server/device-routes.ts`).
 */
export function deviceKind(userAgent: string): string | undefined {
  if (/iPad|Macintosh.*Mobile/.test(userAgent)) return 'iPad';
  if (/iPhone/.test(userAgent)) return 'iPhone';
  if (/Android/.test(userAgent)) return /Mobile/.test(userAgent) ? 'Android phone' : 'Android tablet';
  if (/Windows/.test(userAgent)) return 'Windows tablet';
  if (/CrOS/.test(userAgent)) return 'Chromebook';
  if (/Linux/.test(userAgent)) return 'Linux device';
  if (/Mac OS X/.test(userAgent)) return 'Mac';
  return undefined;
}
