/**
 * A kiosk server process for tests and the sync bench: `tsx src/server/testing/run-kiosk.ts <config JSON>` starts
 * {@link startKiosk} on loopback with the given data directory (and upstream), prints one JSON line with its ports
 * when it listens, one per upstream status change and one each time its hub stores a document, and stops cleanly on
 * SIGTERM. `npm start` minus the build,
 * the doctor and the banner, so a test can run two kiosks side by side.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KioskConfig } from '../config.js';
import { startKiosk } from '../kiosk-server.js';

async function main(): Promise<void> {
  const given = JSON.parse(process.argv[2] ?? '{}') as Pick<KioskConfig, 'dataDir'> & Partial<KioskConfig>;
  const projectRoot = join(given.dataDir, 'project');
  await mkdir(join(projectRoot, 'dist'), { recursive: true });
  await writeFile(join(projectRoot, 'dist', 'index.html'), '<!doctype html><title>kiosk</title>');
  const config: KioskConfig = {
    host: '127.0.0.1',
    port: 0,
    httpsPort: 0,
    build: false,
    help: false,
    projectRoot,
    ...given,
  };
  const kiosk = await startKiosk(config, (status) => console.log(JSON.stringify({ upstream: status })));
  const port = Number(new URL(kiosk.urls.kiosk).port);
  const httpsPort = Number(new URL(await kiosk.pairingLink()).port);
  kiosk.hub.repo.on('doc-metrics', (event) => {
    // The first save of a document is a whole snapshot ("doc-compacted"), later ones increments ("doc-saved").
    if (event.type === 'doc-saved' || event.type === 'doc-compacted')
      console.log(JSON.stringify({ saved: event.documentId }));
  });
  console.log(JSON.stringify({ ready: { port, httpsPort } }));
  process.on('SIGTERM', () => {
    kiosk.close(500).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
