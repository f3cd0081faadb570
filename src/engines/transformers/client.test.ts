import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../bridge/protocol.js';
import { serializeError } from '../errors.js';
import { createTransformersEngine, type TransformersWorker } from './client.js';

/** A Worker stand-in that answers every bridge call at once, and fails `unload` when told to. */
class FakeWorker {
  readonly received: unknown[] = [];
  terminated = false;
  private readonly listeners: Array<(event: MessageEvent) => void> = [];

  constructor(private readonly failUnload = false) {}

  postMessage(message: unknown): void {
    this.received.push(message);
    const call = message as ToWorker | { kind: 'settings' };
    if (call.kind !== 'call') return;
    const reply: FromWorker =
      call.method === 'unload' && this.failUnload
        ? { kind: 'throw', id: call.id, payload: serializeError(new Error('worker wedged')) }
        : ({ kind: 'return', id: call.id, method: call.method, payload: undefined } as FromWorker);
    queueMicrotask(() => this.listeners.forEach((listener) => listener({ data: reply } as MessageEvent)));
  }

  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    if (type === 'message') this.listeners.push(listener);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** An engine over fake workers, with every worker it started. */
function engineWithFakes(failUnload = false) {
  const workers: FakeWorker[] = [];
  const engine = createTransformersEngine({ modelId: 'tiny-phi' }, () => {
    const worker = new FakeWorker(failUnload);
    workers.push(worker);
    return worker as unknown as TransformersWorker;
  });
  return { engine, workers };
}

const methods = (worker: FakeWorker) =>
  worker.received.map((m) => (m as { method?: string; kind: string }).method ?? (m as { kind: string }).kind);

describe('createTransformersEngine', () => {
  it('asks the worker to unload, then terminates it', async () => {
    const { engine, workers } = engineWithFakes();
    await engine.load();
    await engine.unload();
    expect(workers).toHaveLength(1);
    expect(methods(workers[0])).toEqual(['settings', 'load', 'unload']);
    expect(workers[0].terminated).toBe(true);
  });

  it('terminates the worker even when its unload fails', async () => {
    const { engine, workers } = engineWithFakes(true);
    await engine.load();
    await expect(engine.unload()).rejects.toThrow('worker wedged');
    expect(workers[0].terminated).toBe(true);
  });

  it('starts a fresh worker, settings first, when loaded again after unload', async () => {
    const { engine, workers } = engineWithFakes();
    await engine.load();
    await engine.unload();
    await engine.load();
    expect(workers).toHaveLength(2);
    expect(workers[1].terminated).toBe(false);
    expect(methods(workers[1])).toEqual(['settings', 'load']);
    expect(workers[1].received[0]).toMatchObject({ settings: { modelId: 'tiny-phi', device: 'wasm' } });
  });

  it('starts no worker just to unload', async () => {
    const { engine, workers } = engineWithFakes();
    await engine.unload();
    expect(workers).toEqual([]);
  });
});
