/**
 * <dictate-button>: Dictate on Capture. Tap to start and tap to stop, or hold to talk (released after a hold, it
 * stops); Alt+D does the same from the keyboard. While listening it shows the input level and sends the recognised
 * text as it grows (`dictation-text`, the whole dictated text so far); `dictation-start` and `dictation-end` frame a
 * dictation, `dictation-end` carrying its recording (`detail.audio`, when the browser could record). Whatever stops it (no speech model, microphone refused or missing) is said in words, and the button
 * stays live: tapping again checks again.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { SpeechEngine } from '../../../engines/speech/shared.js';
import type { DictationEvent } from '../../../engines/speech/pipeline.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { DictationProblem, PROBLEM_TEXT } from './dictation-problem.js';
import type { DictationSession } from './dictation-session.js';
import type { DictationAudio } from './dictation-recorder.js';

/** Held longer than this, the button talks while held; shorter is a tap that toggles. */
const HOLD_MS = 450;

/**
 * Test only, loopback only: `?test-speech-engine` makes Dictate use the scripted speech engine (each utterance the
 * real VAD finds becomes the next line of TEST_SPEECH_LINES), so e2e runs the flow with no speech-model weights.
 */
const SPEECH_TEST_FLAG = 'test-speech-engine';
const TEST_SPEECH_LINES = ['tourniquit applied left thigh', 'gave T X A two grams at fourteen forty'];
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const scriptedForTests = LOOPBACK.has(location.hostname) && new URLSearchParams(location.search).has(SPEECH_TEST_FLAG);

type Phase = 'idle' | 'preparing' | 'listening' | 'finishing';

let loadedEngine: Promise<SpeechEngine> | undefined;

/** The speech engine, loaded once per page; undefined (and nothing loaded) when no speech model is stored. */
async function speechEngine(onProgress: (fraction: number) => void): Promise<SpeechEngine | undefined> {
  if (loadedEngine) return loadedEngine;
  // The speech code (engines, model store, catalog) loads at the first tap, never with Capture's first screen.
  if (scriptedForTests) {
    const { ScriptedSpeechEngine } = await import('../../../engines/testing/scripted-speech.js');
    const engine = new ScriptedSpeechEngine(TEST_SPEECH_LINES);
    loadedEngine = engine.load((p) => onProgress(p.fraction)).then(() => engine);
  } else {
    const { storedSpeechModel } = await import('./dictation-session.js');
    const model = await storedSpeechModel();
    if (!model) return undefined;
    const { loadSpeechEngine } = await import('./speech-backend.js');
    loadedEngine = loadSpeechEngine(model, onProgress); // WASM or WebGPU, by measurement where there is a GPU
  }
  loadedEngine.catch(() => (loadedEngine = undefined));
  return loadedEngine;
}

@customElement('dictate-button')
export class DictateButton extends LitElement {
  static styles = [
    sharedStyles,
    css`
      :host {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
      button.dictate {
        min-height: 3.5rem;
        min-width: 9rem;
        font-size: 1.15rem;
        touch-action: none;
        user-select: none;
      }
      button.dictate[aria-pressed='true'] {
        background: #b3261e;
        color: #fff;
      }
      .level {
        width: 6rem;
        height: 0.6rem;
        background: #ddd;
        border-radius: 0.3rem;
        overflow: hidden;
      }
      .level > div {
        height: 100%;
        background: #2e7d32;
      }
      .problem {
        flex-basis: 100%;
        margin: 0;
        color: #8c1d18;
      }
    `,
  ];

  @state() private phase: Phase = 'idle';
  @state() private problem: DictationProblem | undefined;
  @state() private level = 0;
  @state() private loading: number | undefined;
  private session: DictationSession | undefined;
  private finals: string[] = [];
  private partial = '';
  private pressedAt = 0;
  private pressStarted = false;
  private meter = 0;

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onShortcut);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onShortcut);
    void this.stop();
  }

  private readonly onShortcut = (event: KeyboardEvent): void => {
    if (event.altKey && event.code === 'KeyD') {
      event.preventDefault();
      void (this.phase === 'listening' ? this.stop() : this.start());
    }
  };

  /** A press on an idle button starts; a press while dictating stops (on release). */
  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    this.pressedAt = performance.now();
    this.pressStarted = this.phase === 'idle';
    if (this.pressStarted) void this.start();
  }

  /** Released after a hold, a press that started dictation stops it (hold-to-talk); after a tap it keeps listening. */
  private onPointerUp(): void {
    const held = performance.now() - this.pressedAt;
    if (!this.pressStarted || held >= HOLD_MS) void this.stop();
  }

  /** Enter or Space on the focused button (a click with no pointer) toggles. */
  private onClick(event: MouseEvent): void {
    if (event.detail === 0) void (this.phase === 'idle' ? this.start() : this.stop());
  }

  private async start(): Promise<void> {
    if (this.phase !== 'idle') return;
    this.phase = 'preparing';
    this.problem = undefined;
    try {
      const engine = await speechEngine((fraction) => (this.loading = fraction));
      this.loading = undefined;
      if (!engine) throw new DictationProblem('no-model', PROBLEM_TEXT['no-model']);
      this.finals = [];
      this.partial = '';
      const { DictationSession } = await import('./dictation-session.js');
      const session = await DictationSession.start(engine, (e) => this.onDictation(e));
      if (this.phase !== 'preparing') return void session.stop(); // released or stopped while it started
      this.session = session;
      this.phase = 'listening';
      this.dispatchEvent(new CustomEvent('dictation-start', { bubbles: true, composed: true }));
      this.meter = requestAnimationFrame(this.tick);
    } catch (error) {
      this.loading = undefined;
      this.phase = 'idle';
      this.problem =
        error instanceof DictationProblem
          ? error
          : new DictationProblem('engine-failed', `Dictation did not start: ${(error as Error).message}`);
    }
  }

  /**
   * Ends a dictation under way (its last words recognised, `dictation-end` with its recording sent) and resolves
   * once it has; at once when none is. Capture calls it when the medic adds the draft while still dictating.
   */
  finish(): Promise<void> {
    return this.stop();
  }

  private async stop(): Promise<void> {
    if (this.phase === 'preparing') {
      this.phase = 'finishing';
      return;
    }
    const session = this.session;
    if (!session || this.phase !== 'listening') return;
    this.phase = 'finishing';
    cancelAnimationFrame(this.meter);
    this.level = 0;
    this.session = undefined;
    let audio: DictationAudio | undefined;
    try {
      audio = await session.stop();
    } finally {
      this.phase = 'idle';
      this.dispatchEvent(new CustomEvent('dictation-end', { detail: { audio }, bubbles: true, composed: true }));
    }
  }

  private readonly tick = (): void => {
    if (!this.session) return;
    this.level = this.session.level();
    this.meter = requestAnimationFrame(this.tick);
  };

  private onDictation(event: DictationEvent): void {
    if (event.kind === 'partial') this.partial = event.text;
    else if (event.kind === 'final') {
      this.finals.push(event.segment.text);
      this.partial = '';
    } else if (event.kind === 'error')
      this.problem = new DictationProblem(
        'engine-failed',
        `Speech recognition failed: ${(event.error as Error).message}`,
      );
    else return;
    const text = [...this.finals, this.partial].filter(Boolean).join(' ');
    this.dispatchEvent(new CustomEvent('dictation-text', { detail: { text }, bubbles: true, composed: true }));
  }

  render() {
    const listening = this.phase === 'listening';
    const label = listening
      ? 'Stop'
      : this.phase === 'finishing'
        ? 'Finishing…'
        : this.phase === 'preparing'
          ? 'Starting…'
          : 'Dictate';
    return html`
      <button
        class="dictate"
        type="button"
        aria-pressed=${listening ? 'true' : 'false'}
        aria-keyshortcuts="Alt+D"
        title="Tap to start and stop, or hold to talk (Alt+D)"
        @pointerdown=${this.onPointerDown}
        @pointerup=${this.onPointerUp}
        @click=${this.onClick}
      >
        ${label}
      </button>
      ${listening ? html`<div class="level" role="meter" aria-label="Input level" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(this.level * 100)}><div style="width:${Math.round(this.level * 100)}%"></div></div>` : nothing}
      ${this.loading !== undefined ? html`<span role="status">Loading the speech model ${Math.round(this.loading * 100)}%</span>` : nothing}
      ${
        this.problem
          ? html`<p class="problem" role="alert" data-problem=${this.problem.kind}>
              ${this.problem.message}${this.problem.kind === 'no-model' ? html` <a href="/model">Open the Model page</a>` : nothing}
            </p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dictate-button': DictateButton;
  }
}
