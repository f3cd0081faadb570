/**
 * A test speech engine: each utterance the VAD hands it is "recognised" as the next scripted line, word by word as
 * partial text. For e2e runs of the Dictate flow (real microphone path, real VAD) without speech-model weights; the
 * page uses it only behind a loopback-only URL flag. Not a product path.
 */
import type { LoadProgress } from '../engine.js';
import { EngineAbortError } from '../errors.js';
import type { SegmentText, SpeechEngine, TranscribeOptions } from '../speech/shared.js';

export class ScriptedSpeechEngine implements SpeechEngine {
  readonly label = 'Scripted test speech engine';
  private next = 0;

  constructor(private readonly lines: readonly string[]) {}

  async load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    onProgress?.({ fraction: 1, text: 'Scripted speech ready' });
  }

  async transcribe(_audio: Float32Array, options: TranscribeOptions = {}): Promise<SegmentText> {
    const line = this.lines[Math.min(this.next++, this.lines.length - 1)] ?? '';
    const words = line.split(' ');
    for (let i = 1; i <= words.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0)); // one word per turn of the event loop, like decoding
      if (options.signal?.aborted) throw new EngineAbortError();
      options.onPartial?.(words.slice(0, i).join(' '));
    }
    return { text: line, ms: 0 };
  }

  async unload(): Promise<void> {}
}
