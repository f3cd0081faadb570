import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETUP, SERVER_UNIT } from './kiosk-files.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Where the kiosk keeps its data: the flag, KIOSK_DATA_DIR, the installed service's folder, or the checkout's `.kiosk`. */
export function kioskDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.KIOSK_DATA_DIR) return resolve(env.KIOSK_DATA_DIR);
  return existsSync(SERVER_UNIT) ? DEFAULT_SETUP.dataDir : resolve(PROJECT_ROOT, '.kiosk');
}
