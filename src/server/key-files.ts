/**
 * The start-up check of the kiosk's private keys: each must lie outside every folder the kiosk serves (realpath, so
 * no symlink hides it there) and be readable by the kiosk's user only (mode 0600). The kiosk's own generated keys are
 * tightened to 0600 if something loosened them; a key the user supplied is refused with the command that fixes it.
 */
import { chmod, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';

/** Thrown when a key cannot be used safely; the message names the file and the fix. */
export class KeyFileError extends Error {
  override name = 'KeyFileError';
}

/**
 * Checks `keyFile` against `servedDirs`; returns a notice when it had to tighten the mode of a generated key.
 * `owned`: the kiosk generated this key, so it may fix the mode itself.
 */
export async function checkPrivateKeyFile(
  keyFile: string,
  servedDirs: readonly string[],
  owned: boolean,
): Promise<string | undefined> {
  const real = await realpath(keyFile);
  await refuseInsideServed(keyFile, real, servedDirs);
  const mode = (await stat(real)).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  if (!owned)
    throw new KeyFileError(
      `${keyFile} can be read by other users (mode ${mode.toString(8)}): run chmod 600 ${keyFile}`,
    );
  await chmod(real, 0o600);
  return `${keyFile} could be read by other users (mode ${mode.toString(8)}); set to 600.`;
}

/** Refuses a folder for generated keys that lies in a served folder, before any key is written into it. */
export async function checkKeyFolder(dir: string, servedDirs: readonly string[]): Promise<void> {
  await refuseInsideServed(dir, await realpathOfMaybeMissing(dir), servedDirs);
}

async function refuseInsideServed(path: string, real: string, servedDirs: readonly string[]): Promise<void> {
  for (const dir of servedDirs) {
    const served = await realpath(dir).catch(() => undefined);
    if (served && (real === served || real.startsWith(served + sep))) {
      throw new KeyFileError(
        `${path} lies inside ${dir}, which the kiosk serves: move the key (or --data-dir) out of it`,
      );
    }
  }
}

/** The real path of `path`, or of its nearest existing parent with the rest appended (a folder yet to be made). */
async function realpathOfMaybeMissing(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(path);
  return parent === path ? path : join(await realpathOfMaybeMissing(parent), basename(path));
}
