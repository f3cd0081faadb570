/**
 * Where the kiosk keeps every synced casualty: `<data-dir>/records/`, automerge-repo's NodeFS layout, readable by the
 * kiosk's user only. The folder is 0700 (checked and set back at every start) and each file is written 0600 through
 * a temporary file and a rename, so a crash mid-write leaves the old chunk or the new one, never half of one.
 */
import { chmod, mkdir, open, readdir, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { NodeFSStorageAdapter } from '@automerge/automerge-repo-storage-nodefs';
import type { StorageKey } from '@automerge/automerge-repo';

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** The records folder of a kiosk data directory. */
export const recordsDirOf = (dataDir: string) => join(dataDir, 'records');

/** Creates `dir` (and parents) if missing and makes it 0700; returns a notice when its mode had to be set back. */
export async function ensurePrivateDir(dir: string): Promise<string | undefined> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
  const mode = (await stat(dir)).mode & 0o777;
  if (mode === PRIVATE_DIR) return undefined;
  await chmod(dir, PRIVATE_DIR);
  return `${dir} was readable by others (mode ${mode.toString(8)}); set back to 700.`;
}

/** Writes `data` to `path` with mode 0600 through a temporary file, then renames it into place. */
export async function writePrivateFile(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const file = await open(temporary, 'w', PRIVATE_FILE);
  try {
    await file.writeFile(data);
  } finally {
    await file.close();
  }
  await rename(temporary, path);
}

/** automerge-repo's NodeFS storage, writing its files private and whole (see the file comment). */
export class PrivateFsStorage extends NodeFSStorageAdapter {
  constructor(private readonly dir: string) {
    super(dir);
  }

  override async save(key: StorageKey, binary: Uint8Array): Promise<void> {
    // The same path and cache as the base class (`<dir>/<first 2 chars>/<rest>/<key…>`), written privately.
    (this as unknown as { cache: Record<string, Uint8Array> }).cache[join(...key)] = binary;
    const [first = '', ...rest] = key;
    const path = join(this.dir, first.slice(0, 2), first.slice(2), ...rest);
    await mkdir(dirname(path), { recursive: true, mode: PRIVATE_DIR });
    await writePrivateFile(path, binary);
  }
}

/** The ids of every document stored under a records folder (the layout splits each id after two characters). */
export async function storedDocumentIds(dir: string): Promise<string[]> {
  const ids: string[] = [];
  const entries = async (path: string) => {
    try {
      return await readdir(path, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
  for (const head of await entries(dir)) {
    if (!head.isDirectory() || head.name.length !== 2) continue;
    for (const tail of await entries(join(dir, head.name))) if (tail.isDirectory()) ids.push(head.name + tail.name);
  }
  return ids.sort();
}
