import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getActorId } from '@automerge/automerge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCasualty } from '../sync/casualty-fixtures.js';
import type { CasualtyDoc } from '../sync/casualty-doc.js';
import { casualtyOf, initCasualtyDoc } from '../sync/casualty-convert.js';
import { createDeviceToken } from './pairing.js';
import { spawnKiosk, type KioskProcess } from './testing/kiosk-process.js';
import { syncClient } from './testing/sync-client.js';

let root: string;
const kiosks: KioskProcess[] = [];
let aidStation: KioskProcess;
let forward: KioskProcess;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-upstream-'));
  aidStation = await spawnKiosk({ dataDir: join(root, 'aid-station') });
  kiosks.push(aidStation);
  const token = await createDeviceToken(join(root, 'aid-station'), 'forward kiosk');
  forward = await spawnKiosk({
    dataDir: join(root, 'forward'),
    upstream: {
      url: `wss://127.0.0.1:${aidStation.httpsPort}/sync`,
      token,
      caFile: join(root, 'aid-station', 'tls', 'ca.crt'),
    },
  });
  kiosks.push(forward);
}, 60_000);

afterAll(async () => {
  await Promise.all(kiosks.map((k) => k.stop()));
  await rm(root, { recursive: true, force: true });
});

const own = (k: KioskProcess) => syncClient(`ws://127.0.0.1:${k.port}/sync`);

describe('a kiosk with --upstream', () => {
  it('relays a casualty created on either kiosk to the other', async () => {
    await forward.upstreamState('connected');
    const onForward = own(forward);
    const onAidStation = own(aidStation);
    try {
      const created = onForward.create<CasualtyDoc>();
      created.change((d) =>
        initCasualtyDoc(d, sampleCasualty(1), { device: 'tablet', actor: getActorId(created.doc()) }),
      );
      await aidStation.saved(created.documentId);
      expect(casualtyOf((await onAidStation.find<CasualtyDoc>(created.url)).doc())).toEqual(sampleCasualty(1));

      const upward = onAidStation.create<CasualtyDoc>();
      upward.change((d) => initCasualtyDoc(d, sampleCasualty(2), { device: 'aid', actor: getActorId(upward.doc()) }));
      await forward.saved(upward.documentId);
      expect(casualtyOf((await onForward.find<CasualtyDoc>(upward.url)).doc())).toEqual(sampleCasualty(2));
    } finally {
      await Promise.all([onForward.shutdown(), onAidStation.shutdown()]);
    }
  }, 60_000);

  it('keeps running and says why when the upstream refuses its token', async () => {
    const refused = await spawnKiosk({
      dataDir: join(root, 'unpaired'),
      upstream: {
        url: `wss://127.0.0.1:${aidStation.httpsPort}/sync`,
        token: 'A'.repeat(43),
        caFile: join(root, 'aid-station', 'tls', 'ca.crt'),
      },
    });
    kiosks.push(refused);
    const status = await refused.upstreamState('unreachable');
    expect(status).toMatchObject({ state: 'unreachable', reason: expect.stringContaining('401') });
    expect(refused.child.exitCode).toBeNull();
  }, 60_000);
});
