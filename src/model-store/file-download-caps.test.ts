import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { downloadFile, type FileDownloadContext } from './file-download.js';
import type { FileTask } from './tasks.js';
import { storeScopeOf } from './manifest.js';
import * as chunks from './chunk-store.js';

const config: FileTask = {
  modelId: 'm',
  path: 'mlc-chat-config.json',
  kind: 'config',
  url: 'http://kiosk/models/m/resolve/main/mlc-chat-config.json',
  fetchUrl: 'http://kiosk/models/m/resolve/main/mlc-chat-config.json',
  scope: storeScopeOf('webllm', 'config'),
};

/** A body of spaces that never ends on its own (bounded at 16 MiB so a broken reader cannot run away). */
function endless(): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= 16 * 2 ** 20) return controller.close();
      sent += 16 * 1024;
      controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
    },
  });
}

const ctx = (fetchFn: typeof fetch): FileDownloadContext => ({
  signal: new AbortController().signal,
  chunkBytes: 64 * 1024,
  checkpointMs: 1000,
  maxRetries: 0,
  retryBaseMs: 1,
  sizeCaps: { config: 100_000 },
  fetchFn,
  onBytes: () => undefined,
});

describe('downloadFile of a file of unknown size', () => {
  it('stops a body that streams forever at the cap for its kind, naming the file', async () => {
    await expect(
      downloadFile(
        config,
        ctx(async () => new Response(endless(), { status: 200 })),
      ),
    ).rejects.toMatchObject({
      code: 'too-large',
      file: 'mlc-chat-config.json',
      message: 'mlc-chat-config.json: more than the 100 kB a config file of unknown size may have; refused',
    });
    // What was stored of it (a 64 KiB chunk) is dropped, as model:mirror drops its part file: nothing refused stays.
    expect(await chunks.getFile(config.url)).toBeUndefined();
  });

  it('refuses at once a server that announces more than the cap', async () => {
    let read = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => ((read += 1), c.enqueue(new Uint8Array(1024))) });
    const announced = async () => new Response(body, { status: 200, headers: { 'content-length': String(2 ** 30) } });
    await expect(downloadFile(config, ctx(announced))).rejects.toMatchObject({ code: 'too-large' });
    expect(read).toBeLessThan(3);
  });
});
