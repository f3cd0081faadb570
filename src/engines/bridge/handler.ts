import type { Engine } from '../engine.js';
import { serializeError } from '../errors.js';
import type { CallMessage, FromWorker, MessageEndpoint, ReturnMessage, ToWorker } from './protocol.js';

/**
 * The worker side of the bridge: runs calls on an in-thread engine and answers with data.
 * Exported as a class so tests can drive `onMessage` with a scripted engine, no worker needed.
 */
export class EngineHandler {
  private readonly aborts = new Map<number, AbortController>();
  private readonly streams = new Map<number, AsyncIterator<string>>();

  constructor(
    private readonly engine: Engine,
    private readonly post: (message: FromWorker) => void,
  ) {}

  async onMessage(message: ToWorker): Promise<void> {
    const { id } = message;
    try {
      if (message.kind === 'abort') {
        this.aborts.get(id)?.abort();
        await this.streams.get(id)?.return?.();
        this.streams.delete(id);
        return;
      }
      if (message.kind === 'next') {
        const stream = this.streams.get(id);
        if (!stream) return this.post({ kind: 'yield', id, payload: { done: true, value: undefined } });
        const result = await stream.next();
        if (result.done) this.finish(id);
        return this.post({ kind: 'yield', id, payload: result.done ? { done: true, value: undefined } : result });
      }
      this.post(await this.call(message));
    } catch (error) {
      this.finish(id);
      this.post({ kind: 'throw', id, payload: serializeError(error) });
    }
  }

  private async call(message: CallMessage): Promise<ReturnMessage> {
    const { id } = message;
    const controller = new AbortController();
    this.aborts.set(id, controller);
    const signal = controller.signal;
    switch (message.method) {
      case 'load':
        await this.engine.load((progress) => this.post({ kind: 'progress', id, payload: progress }));
        this.aborts.delete(id);
        return { kind: 'return', id, method: 'load', payload: undefined };
      case 'extract': {
        const [narrative, context] = message.payload;
        const result = await this.engine.extract(narrative, { ...context, signal });
        this.aborts.delete(id);
        return { kind: 'return', id, method: 'extract', payload: result };
      }
      case 'generate': {
        const [prompt, options] = message.payload;
        this.streams.set(id, this.engine.generate(prompt, { ...options, signal })[Symbol.asyncIterator]());
        return { kind: 'return', id, method: 'generate', payload: undefined };
      }
      case 'stats':
        this.aborts.delete(id);
        return { kind: 'return', id, method: 'stats', payload: await this.engine.stats() };
      case 'unload':
        this.aborts.delete(id);
        await this.engine.unload();
        return { kind: 'return', id, method: 'unload', payload: undefined };
    }
  }

  private finish(id: number): void {
    this.aborts.delete(id);
    this.streams.delete(id);
  }
}

/** Worker entry helper: answers every message on `endpoint` with `engine`. */
export function serveEngine(endpoint: MessageEndpoint, engine: Engine): EngineHandler {
  const handler = new EngineHandler(engine, (message) => endpoint.postMessage(message));
  endpoint.addEventListener('message', (event) => void handler.onMessage(event.data as ToWorker));
  return handler;
}
