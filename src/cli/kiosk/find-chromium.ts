import { existsSync } from 'node:fs';
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
