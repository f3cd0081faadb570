/** The doctor's real {@link SystemProbe}: commands with a timeout, systemd's clock state, statfs, a bind test. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { lanIPv4Addresses } from '../../server/network.js';
import type { SystemProbe } from './doctor-checks.js';

/** systemd-timesyncd touches this file once the clock is synchronised. */
const TIMESYNC_FLAG = '/run/systemd/timesync/synchronized';

function run(file: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 10_000, encoding: 'utf8' }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}

export const realSystemProbe: SystemProbe = {
  nodeVersion: process.version,
  async clockSynchronized() {
    // timedatectl first: it covers chrony and ntpd too (systemd asks whichever NTP service runs).
    const answer = (await run('timedatectl', ['show', '--property=NTPSynchronized', '--value']))?.trim();
    if (answer === 'yes' || answer === 'no') return answer === 'yes';
    return existsSync(TIMESYNC_FLAG) ? true : undefined;
  },
  async freeBytes(dir) {
    // The data directory may not exist yet: measure the disk it will be created on.
    let at = dir;
    while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
    const s = await statfs(at);
    return s.bavail * s.bsize;
  },
  bindProblem(host, port) {
    return new Promise((resolve) => {
      const server = createServer();
      server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(undefined)));
    });
  },
  command: run,
  lanAddresses: () => lanIPv4Addresses(),
  now: () => new Date(),
};
