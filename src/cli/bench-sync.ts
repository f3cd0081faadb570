/**
 * `npm run bench:sync [-- --devices 2,10 --casualties 200 --changes 100 --board-renders 30 --board-only]`: the kiosk
 * hub in its own process on
 * loopback, and simulated tablets (automerge-repo clients in this process, each paired with its own token, over
 * wss://127.0.0.1). For each device count: time from a change on one device to its arrival on every other (median,
 * p95), time for a device that was offline while 100 changes were made (and made 100 of its own) to have them after
 * reconnecting, and for its own to reach another tablet, and the kiosk's memory and disk per casualty. All simulated
 * tablets share this one Node process (and its CPU), unlike real ones. Last, the board's render time for the same
 * number of casualties in Chromium (`bench-board.ts`, needs `npm run build`). Prints figures; asserts nothing.
 * Targets: p95 ≤ 1 s; converged ≤ 5 s; the board rendered within 100 ms.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getActorId } from '@automerge/automerge';
import type { DocHandle, Repo } from '@automerge/automerge-repo';
import { appendNarrative, createCasualty, type Casualty } from '../records/casualty.js';
import { createDeviceToken } from '../server/pairing.js';
import { spawnKiosk, type KioskProcess } from '../server/testing/kiosk-process.js';
import { syncClient, until } from '../server/testing/sync-client.js';
import { UpstreamAdapter } from '../server/upstream-adapter.js';
import { text, type CasualtyDoc } from '../sync/casualty-doc.js';
import { applyCasualty, casualtyOf, initCasualtyDoc } from '../sync/casualty-convert.js';
import { benchBoardRender, boardCasualty, boardRenderLine } from './bench-board.js';
import { median, percentile } from './bench-stats.js';
import { integerOption, parseCommandLine, readFlagsOrExit, UsageError } from './cli-args.js';

const USAGE =
  'usage: npm run bench:sync -- [--devices 2,10] [--casualties 200] [--changes 100] [--board-renders 30] [--board-only]';
const { values } = readFlagsOrExit('bench:sync', USAGE, () =>
  parseCommandLine(process.argv.slice(2), {
    devices: { type: 'string', default: '2,10' },
    casualties: { type: 'string' },
    changes: { type: 'string' },
    'board-renders': { type: 'string' },
    'board-only': { type: 'boolean', default: false },
  }),
);
const DEVICE_COUNTS = readFlagsOrExit('bench:sync', USAGE, () =>
  values.devices.split(',').map((n) => {
    const count = integerOption('--devices', n, 2, 2);
    if (count > 50) throw new UsageError('--devices takes at most 50 per run');
    return count;
  }),
);
const CASUALTIES = readFlagsOrExit('bench:sync', USAGE, () => integerOption('--casualties', values.casualties, 200));
const CHANGES = readFlagsOrExit('bench:sync', USAGE, () => integerOption('--changes', values.changes, 100));
const BOARD_RENDERS = readFlagsOrExit('bench:sync', USAGE, () => {
  const renders = integerOption('--board-renders', values['board-renders'], 30);
  if (renders > 500) throw new UsageError('--board-renders takes at most 500');
  return renders;
});
const PIECES = 20;
/** No single wait may pass this: a bench that hangs says so and stops. */
const DEADLINE_MS = 120_000;

/** A piece of narrative of the length a medic types (about 200 characters). */
const pieceText = (c: number, p: number) =>
  `Casualty ${c} update ${p}: GSW to the left thigh with heavy bleeding, tourniquet applied high and tight at 14:${String(p % 60).padStart(2, '0')}, ` +
  `pulse 1${p % 10}0 radial weak, RR 24, alert to voice, TXA 2 g IV given, hypothermia kit on.`;

function realisticCasualty(n: number): Casualty {
  let c = createCasualty(new Date(Date.UTC(2026, 11, 3, 9)), `bench-${n}`);
  for (let p = 0; p < PIECES; p++) c = appendNarrative(c, pieceText(n, p), new Date(Date.UTC(2026, 11, 3, 9, p)));
  return c;
}

function addPiece(handle: DocHandle<CasualtyDoc>, device: string, text: string): void {
  handle.change((d) =>
    applyCasualty(d, appendNarrative(casualtyOf(handle.doc()), text), { device, actor: getActorId(handle.doc()) }),
  );
}
const hasPiece = (marker: string) => (d: CasualtyDoc) => d.pieces.some((p) => text(p).includes(marker));

/** Resolves once `repo` holds `count` ready documents, checked at each of its sync events. */
function holdsDocuments(repo: Repo, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = () => Object.values(repo.handles).filter((h) => h.isReady()).length >= count;
    const check = () => {
      if (!ready()) return;
      clearTimeout(timer);
      repo.off('doc-metrics', check);
      resolve();
    };
    const timer = setTimeout(
      () => reject(new Error(`a device did not receive ${count} casualties in time`)),
      DEADLINE_MS,
    );
    repo.on('doc-metrics', check);
    check();
  });
}

/** Bytes the files under `dir` take on disk (allocated blocks, as du counts them). */
async function du(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const s = await stat(join(dir, name));
    if (s.isFile()) bytes += s.blocks * 512;
  }
  return bytes;
}

const rssKiB = async (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function run(deviceCount: number): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'bench-sync-'));
  let kiosk: KioskProcess | undefined;
  const devices: Repo[] = [];
  try {
    kiosk = await spawnKiosk({ dataDir: root });
    const ca = await readFile(join(root, 'tls', 'ca.crt'), 'utf8');
    const url = `wss://127.0.0.1:${kiosk.httpsPort}/sync`;
    const rssBefore = await rssKiB(kiosk.child.pid!);
    for (let i = 0; i < deviceCount; i++)
      devices.push(syncClient(url, { token: await createDeviceToken(root, `tablet ${i}`), ca, peerId: `tablet-${i}` }));

    // Seed: the first tablet records every casualty; all tablets and the kiosk receive them.
    const t0 = performance.now();
    const seeded = Array.from({ length: CASUALTIES }, (_, n) => {
      const handle = devices[0].create<CasualtyDoc>();
      handle.change((d) =>
        initCasualtyDoc(d, realisticCasualty(n), { device: 'tablet 0', actor: getActorId(handle.doc()) }),
      );
      return handle;
    });
    await Promise.all(seeded.map((h) => kiosk!.saved(h.documentId)));
    await Promise.all(devices.slice(1).map((d) => holdsDocuments(d, CASUALTIES)));
    const seedMs = performance.now() - t0;
    const rssAfter = await rssKiB(kiosk.child.pid!);
    const diskBytes = await du(join(root, 'records'));

    // Change to arrival: one device changes a casualty; the time until each other device has it.
    const latencies: number[] = [];
    for (let k = 0; k < CHANGES; k++) {
      const from = k % deviceCount;
      const docUrl = seeded[(k * 7) % CASUALTIES].url;
      const handles = await Promise.all(devices.map((d) => d.find<CasualtyDoc>(docUrl)));
      const marker = `change ${k} from tablet ${from}`;
      const start = performance.now();
      const arrivals = handles
        .filter((_, i) => i !== from)
        .map((h) => until(h, hasPiece(marker), DEADLINE_MS).then(() => performance.now() - start));
      addPiece(handles[from], `tablet ${from}`, marker);
      latencies.push(...(await Promise.all(arrivals)));
    }
    latencies.sort((a, b) => a - b);

    // Offline: the last tablet drops off; CHANGES are made elsewhere and CHANGES on it; then it reconnects.
    const offline = devices.at(-1)!;
    const online = devices[0];
    offline.networkSubsystem.removeNetworkAdapter(offline.networkSubsystem.adapters[0]);
    const pairs: { url: (typeof seeded)[number]['url']; marker: string; on: Repo; to: Repo }[] = [];
    for (let k = 0; k < CHANGES; k++) {
      const docUrl = seeded[(k * 13) % CASUALTIES].url;
      const elsewhere = `offline-era change ${k} on tablet 0`;
      addPiece(await online.find<CasualtyDoc>(docUrl), 'tablet 0', elsewhere);
      pairs.push({ url: docUrl, marker: elsewhere, on: online, to: offline });
      const onOffline = `change ${k} made offline`;
      addPiece(
        offline.handles[docUrl.slice('automerge:'.length) as never] as DocHandle<CasualtyDoc>,
        'offline tablet',
        onOffline,
      );
      pairs.push({ url: docUrl, marker: onOffline, on: offline, to: online });
    }
    const back = performance.now();
    offline.networkSubsystem.addNetworkAdapter(
      new UpstreamAdapter({ url, token: await createDeviceToken(root, 'offline tablet again'), ca, retryMs: 200 }),
    );
    const converged = (direction: Repo) =>
      Promise.all(
        pairs
          .filter((p) => p.to === direction)
          .map(async ({ url: docUrl, marker, to }) =>
            until(await to.find<CasualtyDoc>(docUrl), hasPiece(marker), DEADLINE_MS),
          ),
      ).then(() => performance.now() - back);
    const [inboundMs, outboundMs] = await Promise.all([converged(offline), converged(online)]);
    const perCasualtyKiB = (rssAfter - rssBefore) / CASUALTIES;
    console.log(
      `${deviceCount} devices, ${CASUALTIES} casualties of ${PIECES} pieces (about 200 characters each), wss on loopback`,
    );
    console.log(`  seeded (created on one tablet, on the kiosk and every tablet): ${ms(seedMs)}`);
    console.log(
      `  change to arrival on the other ${deviceCount - 1} device(s), ${latencies.length} arrivals: median ${ms(median(latencies))}, p95 ${ms(percentile(latencies, 95))} (target p95 <= 1000 ms)`,
    );
    console.log(
      `  a device offline while ${CHANGES} changes were made elsewhere and ${CHANGES} on it, after reconnecting: it had the ${CHANGES} after ${ms(inboundMs)} (target <= 5000 ms); its own ${CHANGES} were on another tablet after ${ms(outboundMs)}`,
    );
    console.log(
      `  kiosk memory: ${(rssBefore / 1024).toFixed(0)} MiB before, ${(rssAfter / 1024).toFixed(0)} MiB with ${CASUALTIES} casualties (${perCasualtyKiB.toFixed(0)} KiB per casualty)`,
    );
    console.log(
      `  kiosk disk: ${(diskBytes / 1024).toFixed(0)} KiB under records/ (${(diskBytes / 1024 / CASUALTIES).toFixed(1)} KiB per casualty)`,
    );
  } finally {
    await Promise.all(devices.map((d) => d.shutdown()));
    await kiosk?.stop();
    await rm(root, { recursive: true, force: true });
  }
}

if (!values['board-only']) for (const count of DEVICE_COUNTS) await run(count);
const boardCasualties = Array.from({ length: CASUALTIES }, (_, n) => boardCasualty(n, PIECES));
console.log(boardRenderLine(CASUALTIES, await benchBoardRender(boardCasualties, BOARD_RENDERS), BOARD_RENDERS));
