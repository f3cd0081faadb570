import type { SpeechEngine } from './shared.js';
import type { FromSpeechWorker, ToSpeechWorker } from './shared.js';
import { serializeError } from '../errors.js';

/**
 * The worker side of the speech protocol: runs calls on an in-thread SpeechEngine and answers with data.
 * A class so tests can drive `onMessage` with any engine, no worker needed.
 */
export class SpeechHandler {
  private readonly aborts = new Map<number, AbortController>();

  constructor(
    private readonly engine: SpeechEngine,
    private readonly post: (message: FromSpeechWorker, transfer?: Transferable[]) => void,
  ) {}

  async onMessage(message: Exclude<ToSpeechWorker, { kind: 'settings' }>): Promise<void> {
    const { id } = message;
    if (message.kind === 'abort') return this.aborts.get(id)?.abort();
    const controller = new AbortController();
    this.aborts.set(id, controller);
    try {
      switch (message.kind) {
        case 'load':
          await this.engine.load((payload) => this.post({ kind: 'progress', id, payload }));
          return this.post({ kind: 'return', id, payload: undefined });
        case 'transcribe': {
          const onPartial = (text: string) => this.post({ kind: 'partial', id, text });
          const payload = await this.engine.transcribe(message.audio, { signal: controller.signal, onPartial });
          return this.post({ kind: 'return', id, payload });
        }
        case 'unload':
          await this.engine.unload();
          return this.post({ kind: 'return', id, payload: undefined });
      }
    } catch (error) {
      this.post({ kind: 'throw', id, payload: serializeError(error) });
    } finally {
      this.aborts.delete(id);
    }
  }
}
