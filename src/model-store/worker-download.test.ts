import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesOfModel } from './chunk-store.js';
import { serveDownload } from './download-host.js';
import type { DownloadProgress } from './downloader.js';
import { ModelStoreError } from './errors.js';
import { storeScopeOf, type ModelManifest } from './manifest.js';
import { getArtifact } from './webllm-cache.js';
import { WorkerDownload } from './worker-download.js';

// The page side and the host on the two ends of a MessageChannel, as the Model view and the worker are.
const FILES: Record<string, Uint8Array> = {
  'mlc-chat-config.json': new TextEncoder().encode('{"model_type":"phi"}'),
  'tokenizer.json': new TextEncoder().encode('{"version":"1.0","model":{}}'),
};
const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 1234\n';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const manifest = (id: string): ModelManifest => ({
  id,
  engine: 'webllm',
  baseUrl: `http://kiosk.test/models/${id}`,
  variant: { quantization: 'q4f32_1', contextWindow: 2048, requiredFeatures: [], vramMB: 0 },
  files: [
    {
      path: 'mlc-chat-config.json',
      kind: 'config',
      size: FILES['mlc-chat-config.json'].byteLength,
      sha256: sha(FILES['mlc-chat-config.json']),
    },
    { path: 'tokenizer.json', kind: 'tokenizer' },
  ],
});

/** A fetch serving FILES, or an LFS pointer in place of tokenizer.json when `lfs`. */
const serving =
  (lfs = false): typeof fetch =>
  async (input) => {
    const name = urlOf(input).split('/').pop()!;
    const body = lfs && name === 'tokenizer.json' ? new TextEncoder().encode(LFS_POINTER) : FILES[name];
    return body
      ? new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-length': String(body.byteLength) } })
      : new Response('nope', { status: 404 });
  };

function connect(fetchFn: typeof fetch, id: string) {
  const channel = new MessageChannel();
  serveDownload(channel.port2, fetchFn);
  const terminate = vi.fn(() => channel.port1.close());
  const download = new WorkerDownload(
    { manifest: manifest(id), modelUrl: manifest(id).baseUrl, retryBaseMs: 1, maxRetries: 1 },
    Object.assign(channel.port1, { terminate }),
  );
  return { download, terminate };
}

afterEach(() => vi.unstubAllGlobals());

describe('WorkerDownload', () => {
  it('runs the download on the other end, relays its progress, stores the files, then ends the worker', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 0, quota: 1e12 }) } });
    const { download, terminate } = connect(serving(), 'ok-model');
    const seen: DownloadProgress[] = [];
    download.onProgress((p) => seen.push(p));
    expect(download.progress).toMatchObject({ modelId: 'ok-model', state: 'idle' });

    expect(await download.start()).toBe('done');
    expect(seen.at(-1)).toMatchObject({ state: 'done', overall: { percent: 100 } });
    expect(download.progress.state).toBe('done');
    const url = 'http://kiosk.test/models/ok-model/resolve/main/mlc-chat-config.json';
    expect(new Uint8Array((await getArtifact(storeScopeOf('webllm', 'config'), url)) as ArrayBuffer)).toEqual(
      FILES['mlc-chat-config.json'],
    );
    expect(terminate).toHaveBeenCalledOnce();
  });

  it('rejects with the store’s own error, naming the file, when the host refuses a file', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 0, quota: 1e12 }) } });
    const { download, terminate } = connect(serving(true), 'lfs-model');
    const error = await download.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelStoreError);
    expect(error).toMatchObject({
      code: 'refused-content',
      file: 'tokenizer.json',
      message: expect.stringMatching(/^tokenizer\.json: got a Git LFS pointer/),
    });
    expect(download.progress.state).toBe('failed');
    expect(terminate).toHaveBeenCalled();
  });

  it('cancels: the running start settles as cancelled, the partial file is dropped, and only then the worker ends', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 0, quota: 1e12 }) } });
    let sent!: () => void;
    const someSent = new Promise<void>((r) => (sent = r));
    // tokenizer.json sends its first bytes, then nothing more: a download still running when the medic cancels.
    const stalling: typeof fetch = async (input, init) => {
      if (!urlOf(input).endsWith('tokenizer.json')) return serving()(input, init);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(FILES['tokenizer.json'].slice(0, 8));
          sent();
          init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
        },
      });
      return new Response(body, { headers: { 'content-length': String(FILES['tokenizer.json'].byteLength) } });
    };
    const { download, terminate } = connect(stalling, 'cancel-model');
    const started = download.start();
    await someSent;
    await download.cancel();
    expect(await started).toBe('cancelled');
    expect(download.progress.state).toBe('cancelled');
    expect((await filesOfModel('cancel-model')).filter((f) => !f.complete)).toEqual([]); // the stalled file's partial is gone
    expect(terminate).toHaveBeenCalledOnce();
  });

  it('pauses and resumes in the same worker, which ends only once the download is done', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 0, quota: 1e12 }) } });
    let stall = true;
    let sent!: () => void;
    const someSent = new Promise<void>((r) => (sent = r));
    const pausable: typeof fetch = async (input, init) => {
      if (!stall || !urlOf(input).endsWith('tokenizer.json')) return serving()(input, init);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          sent();
          init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
        },
      });
      return new Response(body, { headers: { 'content-length': String(FILES['tokenizer.json'].byteLength) } });
    };
    const { download, terminate } = connect(pausable, 'pause-model');
    const started = download.start();
    await someSent;
    await download.pause();
    expect(await started).toBe('paused');
    expect(terminate).not.toHaveBeenCalled();
    stall = false;
    expect(await download.resume()).toBe('done');
    expect(download.progress.state).toBe('done');
    expect(terminate).toHaveBeenCalledOnce();
  });
});

/** The URL a fetch was asked for, whichever form `input` takes. */
function urlOf(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : String(input);
}
