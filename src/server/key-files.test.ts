import { chmod, mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPrivateKeyFile, KeyFileError } from './key-files.js';
import { startKiosk } from './kiosk-server.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-keys-'));
  await mkdir(join(root, 'dist'));
  await mkdir(join(root, 'models'));
  await writeFile(join(root, 'dist', 'index.html'), '<!doctype html>');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});
const served = () => [join(root, 'dist'), join(root, 'models')];

describe('checkPrivateKeyFile', () => {
  it('passes a 0600 key outside the served folders', async () => {
    await writeFile(join(root, 'ca.key'), 'k', { mode: 0o600 });
    expect(await checkPrivateKeyFile(join(root, 'ca.key'), served(), true)).toBeUndefined();
  });

  it('tightens a generated key others can read, and says so', async () => {
    await writeFile(join(root, 'ca.key'), 'k');
    await chmod(join(root, 'ca.key'), 0o644);
    expect(await checkPrivateKeyFile(join(root, 'ca.key'), served(), true)).toMatch(
      /ca\.key could be read by other users \(mode 644\); set to 600/,
    );
    expect((await stat(join(root, 'ca.key'))).mode & 0o777).toBe(0o600);
  });

  it('refuses a supplied key others can read, with the command that fixes it', async () => {
    await writeFile(join(root, 'my.key'), 'k');
    await chmod(join(root, 'my.key'), 0o640);
    await expect(checkPrivateKeyFile(join(root, 'my.key'), served(), false)).rejects.toThrow(
      new KeyFileError(
        `${join(root, 'my.key')} can be read by other users (mode 640): run chmod 600 ${join(root, 'my.key')}`,
      ),
    );
  });

  it('refuses a key inside a served folder, even through a symlinked folder', async () => {
    await mkdir(join(root, 'models', 'tls'));
    await writeFile(join(root, 'models', 'tls', 'ca.key'), 'k', { mode: 0o600 });
    await symlink(join(root, 'models', 'tls'), join(root, 'tls'));
    await expect(checkPrivateKeyFile(join(root, 'tls', 'ca.key'), served(), true)).rejects.toThrow(
      /ca\.key lies inside .*models, which the kiosk serves/,
    );
  });
});

describe('startKiosk', () => {
  const config = (dataDir: string) => ({
    host: '127.0.0.1',
    port: 0,
    httpsPort: 0,
    dataDir,
    build: false,
    projectRoot: root,
    help: false,
  });

  it('refuses to start with its keys inside the served app folder, before writing any key there', async () => {
    await expect(startKiosk(config(join(root, 'dist', 'data')))).rejects.toThrow(
      /data\/tls lies inside .*dist, which the kiosk serves/,
    );
    await expect(stat(join(root, 'dist', 'data', 'tls'))).rejects.toThrow(/ENOENT/);
  });
});
