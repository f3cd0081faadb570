import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineLoadError, isAbortError } from '../errors.js';
import { SpeechWorkerEngine, type SpeechWorkerPort } from './client.js';
import { SpeechHandler } from './handler.js';
import type { SegmentText, SpeechEngine, ToSpeechWorker, TranscribeOptions } from './shared.js';

/** A scripted speech engine: says `words` one by one, waiting for `gate` before each word after the first. */
class ScriptedSpeech implements SpeechEngine {
  readonly label = 'scripted';
  loaded = false;
  lastRun: Promise<SegmentText> | undefined;
  gate: Promise<void> = Promise.resolve();
  constructor(
    private readonly words: string[],
    private readonly failLoad?: string,
  ) {}
  async load(onProgress?: (p: { fraction: number; text: string }) => void) {
    if (this.failLoad) throw new EngineLoadError(this.failLoad);
    onProgress?.({ fraction: 0.5, text: 'half' });
    this.loaded = true;
  }
  transcribe(audio: Float32Array, o: TranscribeOptions = {}): Promise<SegmentText> {
    return (this.lastRun = this.say(audio, o));
  }
  private async say(audio: Float32Array, o: TranscribeOptions): Promise<SegmentText> {
    const said: string[] = [];
    for (const [i, word] of this.words.entries()) {
      if (i > 0) await this.gate;
      if (o.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      said.push(word);
      o.onPartial?.(said.join(' '));
    }
    return { text: `${said.join(' ')} (${audio.length})`, ms: 1 };
  }
  async unload() {
    this.loaded = false;
  }
}

const channels: MessageChannel[] = [];
afterEach(() => channels.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

/** A client and a handler joined by a real MessageChannel (structured clone and transfer, as with a worker). */
function connect(engine: SpeechEngine): { client: SpeechWorkerEngine; seen: ToSpeechWorker[] } {
  const seen: ToSpeechWorker[] = [];
  const client = new SpeechWorkerEngine(
    { modelId: 'm', localModelPath: '/models/', device: 'wasm', dtype: 'fp32' },
    () => {
      const channel = new MessageChannel();
      channels.push(channel);
      const handler = new SpeechHandler(engine, (m) => channel.port2.postMessage(m));
      channel.port2.on(
        'message',
        (m: ToSpeechWorker) => (seen.push(m), m.kind !== 'settings' && void handler.onMessage(m)),
      );
      return channel.port1 as unknown as SpeechWorkerPort;
    },
  );
  return { client, seen };
}

describe('SpeechWorkerEngine over the speech protocol', () => {
  it('sends the settings first, loads with progress, streams partial text and returns the final text', async () => {
    const { client, seen } = connect(new ScriptedSpeech(['tourniquet', 'left', 'thigh']));
    const progress: number[] = [];
    await client.load((p) => progress.push(p.fraction));
    expect(progress).toEqual([0.5]);
    const partials: string[] = [];
    const audio = new Float32Array(1600);
    const result = await client.transcribe(audio, { onPartial: (t) => partials.push(t) });
    expect(partials).toEqual(['tourniquet', 'tourniquet left', 'tourniquet left thigh']);
    expect(result.text).toBe('tourniquet left thigh (1600)');
    expect(audio.length).toBe(1600); // the caller's samples are not transferred away
    expect(seen[0]?.kind).toBe('settings');
  });

  it('rejects at once on abort and tells the worker to stop', async () => {
    const engine = new ScriptedSpeech(['one', 'two', 'three']);
    let open!: () => void;
    engine.gate = new Promise((resolve) => (open = resolve));
    const { client, seen } = connect(engine);
    await client.load();
    const controller = new AbortController();
    const run = client.transcribe(new Float32Array(10), {
      signal: controller.signal,
      onPartial: () => controller.abort(),
    });
    await expect(run).rejects.toSatisfy(isAbortError);
    await vi.waitFor(() => expect(seen.some((m) => m.kind === 'abort')).toBe(true));
    open();
    await expect(engine.lastRun).rejects.toSatisfy(isAbortError); // the worker's engine stopped before its second word
  });

  it('rebuilds a load failure as an EngineLoadError with its message', async () => {
    const { client } = connect(new ScriptedSpeech([], 'no speech model'));
    const error = await client.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineLoadError);
    expect((error as Error).message).toBe('no speech model');
  });
});
