/**
 * Records one dictation as the medic speaks it, beside the recognition: MediaRecorder on the same microphone stream,
 * Opus (in WebM or Ogg, whichever the browser gives) at a speech bit rate. A browser that cannot record still
 * dictates: the recording is then simply missing.
 */

/** One dictation's audio. */
export interface DictationAudio {
  audio: Blob;
  mimeType: string;
  durationMs: number;
  /** When recording started (ISO time). */
  recordedAt: string;
}

/** Opus first (small and clear for speech); the browser's own choice when it offers neither. */
const OPUS_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus'];
/** Speech needs little: 24 kbit/s Opus is some 180 KB a minute. */
const BITS_PER_SECOND = 24_000;

export class DictationRecorder {
  private readonly chunks: Blob[] = [];
  private readonly startedAt = performance.now();
  private readonly recordedAt = new Date().toISOString();

  private constructor(private readonly recorder: MediaRecorder) {
    recorder.addEventListener('dataavailable', (e) => e.data.size && this.chunks.push(e.data));
  }

  /** Starts recording `stream`; undefined where this browser cannot record it. */
  static start(stream: MediaStream): DictationRecorder | undefined {
    if (typeof MediaRecorder === 'undefined') return undefined;
    try {
      const mimeType = OPUS_TYPES.find((t) => MediaRecorder.isTypeSupported(t));
      const recorder = new MediaRecorder(stream, {
        ...(mimeType ? { mimeType } : {}),
        audioBitsPerSecond: BITS_PER_SECOND,
      });
      const kept = new DictationRecorder(recorder);
      recorder.start();
      return kept;
    } catch {
      return undefined;
    }
  }

  /** Stops recording; resolves with the audio (undefined when nothing was recorded). */
  stop(): Promise<DictationAudio | undefined> {
    const durationMs = Math.round(performance.now() - this.startedAt);
    return new Promise((resolve) => {
      const done = () => {
        const mimeType = this.recorder.mimeType || this.chunks[0]?.type || 'audio/webm';
        resolve(
          this.chunks.length
            ? { audio: new Blob(this.chunks, { type: mimeType }), mimeType, durationMs, recordedAt: this.recordedAt }
            : undefined,
        );
      };
      if (this.recorder.state === 'inactive') return done();
      this.recorder.addEventListener('stop', done, { once: true });
      this.recorder.addEventListener('error', () => resolve(undefined), { once: true });
      this.recorder.stop();
    });
  }
}
