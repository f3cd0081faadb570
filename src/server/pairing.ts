/**
 * Paired devices (#13.4). A one-time pairing code becomes a device with its own token; only a paired, unrevoked
 * device may open the sync endpoint. Everything lives under `<data-dir>/devices/` (0700), one file per device and one
 * per open code (0600), named by the SHA-256 of the secret, so the kiosk never stores a token or code itself and
 * `kiosk:pair` can add a code or a device while the server runs without either side overwriting the other's file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ensurePrivateDir, writePrivateFile } from './records-storage.js';
import type { PairedDevice } from '../sync/paired-device.js';
import { byCodeUnits } from '../records/code-unit-order.js';

/** How long a pairing link works. */
export const PAIRING_CODE_TTL_MS = 60 * 60 * 1000;
/** The cookie a paired browser keeps its device token in (HttpOnly, Secure, SameSite=Strict). */
export const DEVICE_COOKIE = 'tccc_device';

const devicesDirOf = (dataDir: string) => join(dataDir, 'devices');
const codesDirOf = (dataDir: string) => join(devicesDirOf(dataDir), 'codes');
const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');
/** 256 random bits, URL-safe: a secret nobody guesses. */
const newSecret = () => randomBytes(32).toString('base64url');
const isSecret = (s: string) => /^[A-Za-z0-9_-]{43}$/.test(s);

/** Makes a one-time pairing code valid for `ttlMs`; the link to print is `<origin>/pair?code=<code>`. */
export async function createPairingCode(
  dataDir: string,
  now = new Date(),
  ttlMs = PAIRING_CODE_TTL_MS,
): Promise<string> {
  await ensurePrivateDir(devicesDirOf(dataDir));
  await ensurePrivateDir(codesDirOf(dataDir));
  const code = newSecret();
  await writePrivateFile(join(codesDirOf(dataDir), digest(code)), JSON.stringify({ expiresAt: now.getTime() + ttlMs }));
  return code;
}

/** Registers a device directly and returns its token: for another kiosk's `--upstream-token`. */
export async function createDeviceToken(dataDir: string, name: string, now = new Date()): Promise<string> {
  const token = newSecret();
  await writeDevice(dataDir, digest(token), { id: digest(token).slice(0, 16), name, pairedAt: now.toISOString() });
  return token;
}

async function writeDevice(dataDir: string, hash: string, device: PairedDevice): Promise<void> {
  await ensurePrivateDir(devicesDirOf(dataDir));
  await writePrivateFile(join(devicesDirOf(dataDir), `${hash}.json`), JSON.stringify(device));
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The kiosk's view of its paired devices. */
export class DeviceRegistry {
  constructor(readonly dataDir: string) {}

  /**
   * Exchanges a one-time code for a new device and its token; undefined when the code is unknown, used or expired.
   * The code file is removed before the device is made, so two tablets racing with one link get one device.
   */
  async pair(
    code: string,
    name: string,
    now = new Date(),
  ): Promise<{ device: PairedDevice; token: string } | undefined> {
    if (!isSecret(code)) return undefined;
    const path = join(codesDirOf(this.dataDir), digest(code));
    const entry = await readJson<{ expiresAt: number }>(path);
    if (!entry) return undefined;
    try {
      await unlink(path);
    } catch {
      return undefined; // another request consumed it first
    }
    if (entry.expiresAt < now.getTime()) return undefined;
    const token = newSecret();
    const device: PairedDevice = {
      id: digest(token).slice(0, 16),
      name: name.slice(0, 80),
      pairedAt: now.toISOString(),
    };
    await writeDevice(this.dataDir, digest(token), device);
    return { device, token };
  }

  /** The paired, unrevoked device a token belongs to, marked seen now; undefined for any other token. */
  async authenticate(token: string | undefined, now = new Date()): Promise<PairedDevice | undefined> {
    if (!token || !isSecret(token)) return undefined;
    const hash = digest(token);
    const device = await readJson<PairedDevice>(join(devicesDirOf(this.dataDir), `${hash}.json`));
    if (!device || device.revokedAt) return undefined;
    await this.seen(device.id, now);
    return { ...device, lastSeen: now.toISOString() };
  }

  /**
   * Records that a device was connected at `now`. Kept in a file of its own (`<id>.seen`), so it never races a
   * revocation written to the device's file.
   */
  async seen(id: string, now = new Date()): Promise<void> {
    await writePrivateFile(join(devicesDirOf(this.dataDir), `${id}.seen`), now.toISOString());
  }

  /** Every device ever paired here, revoked ones included, oldest first. */
  async list(): Promise<PairedDevice[]> {
    return (await this.entries()).map((e) => e.device).sort((a, b) => byCodeUnits(a.pairedAt, b.pairedAt));
  }

  /** Revokes a device by id; false when there is no such device. Its token never opens the sync endpoint again. */
  async revoke(id: string, now = new Date()): Promise<boolean> {
    const entry = (await this.entries()).find((e) => e.device.id === id);
    if (!entry) return false;
    if (!entry.device.revokedAt)
      await writeDevice(this.dataDir, entry.hash, { ...entry.device, revokedAt: now.toISOString() });
    return true;
  }

  private async entries(): Promise<{ hash: string; device: PairedDevice }[]> {
    let names: string[];
    try {
      names = await readdir(devicesDirOf(this.dataDir));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries = await Promise.all(
      names
        .filter((n) => /^[0-9a-f]{64}\.json$/.test(n))
        .map(async (n) => {
          const device = await readJson<PairedDevice>(join(devicesDirOf(this.dataDir), n));
          const lastSeen =
            device && (await readFile(join(devicesDirOf(this.dataDir), `${device.id}.seen`), 'utf8').catch(() => ''));
          return { hash: n.slice(0, 64), device: device && (lastSeen ? { ...device, lastSeen } : device) };
        }),
    );
    return entries.filter((e): e is { hash: string; device: PairedDevice } => e.device !== undefined);
  }
}
