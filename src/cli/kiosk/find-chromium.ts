import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Chromium builds looked for on PATH, in order: a deb build first, Ubuntu's snap wrapper (chromium-browser) after. */
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The first Chromium on PATH, or /usr/bin/chromium (installer and doctor then say it is missing). */
export function findChromium(path = process.env.PATH ?? ''): string {
  for (const name of CHROMIUM_NAMES) {
    for (const dir of path.split(delimiter)) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return '/usr/bin/chromium';
}

/**
 * Whether `path` is Ubuntu's snap Chromium: under /snap/, or the small wrapper script Ubuntu installs as
 * /usr/bin/chromium-browser that runs the snap. A snap may not write hidden folders in the home directory.
 */
export function isSnapChromium(path: string): boolean {
  if (path.startsWith('/snap/')) return true;
  try {
    return statSync(path).size < 64 * 1024 && readFileSync(path, 'latin1').includes('/snap/bin/');
  } catch {
    return false;
  }
}
