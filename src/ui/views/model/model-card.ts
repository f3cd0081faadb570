import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { deleteModel, type StoredModel } from '../../../model-store/catalog.js';
import { isSpeechModel } from '../../../model-store/manifest.js';
import { formatBytes } from '../../../model-store/progress.js';
import type { StorageReport } from '../../../model-store/storage.js';
import type { ModelLocation } from '../../../model-store/tasks.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import type { TrackedDownload } from '../../../app/download-tracker.js';
import { watchApp } from '../../app-context.js';
import { manifestSize } from '../../../app/model-catalog.js';
import { modelStyles } from './model-styles.js';
import { describeProgress } from './progress-text.js';

/** Fired (bubbling, composed) after a model was deleted, so the view re-reads the store and re-chooses the engine. */
export const STORED_CHANGED = 'stored-changed';

/** One model the kiosk offers: size, what is stored, download with progress and controls, delete. */
@customElement('model-card')
export class ModelCard extends LitElement {
  static styles = [sharedStyles, modelStyles];

  @property({ attribute: false }) location!: ModelLocation;
  @property({ attribute: false }) stored: StoredModel | undefined;
  /** Whether the kiosk serves the model's files; undefined while unknown. */
  @property({ attribute: false }) onKiosk: boolean | undefined;
  @property({ attribute: false }) storage: StorageReport | undefined;
  /** The download on screen, if any (this model's or another's). */
  @property({ attribute: false }) download: TrackedDownload | undefined;
  private readonly tracker = watchApp(this, (app) => app.downloads);
  @state() private confirmingDelete = false;
  @state() private problem = '';

  render() {
    const { manifest } = this.location;
    const mine = this.download?.modelId === manifest.id ? this.download : undefined;
    return html`
      <article aria-labelledby="title" data-model=${manifest.id}>
        <h3 id="title">${manifest.id}</h3>
        <p class="muted">${kindOf(this.location)}</p>
        <p>
          ${this.sizeLine()}${mine ? nothing : html` · <span data-testid="stored-state">${this.storedLine()}</span>`}
        </p>
        ${this.fitWarning()} ${mine ? this.progress(mine) : this.actions()}
        ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      </article>
    `;
  }

  private sizeLine(): string {
    const size = manifestSize(this.location.manifest);
    if (size.complete) return `Size ${formatBytes(size.bytes)}`;
    return 'Size known once the download starts';
  }

  private storedLine(): string {
    const s = this.stored;
    if (s?.complete) return `Stored and verified (${formatBytes(s.bytes)})`;
    if (s && s.bytes > 0) return `Partly stored (${formatBytes(s.bytes)}): download again to resume`;
    if (this.onKiosk === false)
      return `Not on this kiosk: mirror it first (npm run model:mirror -- ${this.location.manifest.id})`;
    return 'Not downloaded';
  }

  /** A clear message, before anything starts, when the model cannot fit in what the browser lets us store. */
  private fitWarning() {
    const size = manifestSize(this.location.manifest);
    if (!this.storage || !size.complete || this.stored?.complete) return nothing;
    const needed = size.bytes - (this.stored?.bytes ?? 0);
    if (needed <= this.storage.available) return nothing;
    return html`<p class="error" role="alert">
      Will not fit: it needs ${formatBytes(needed)} more, this browser lets the app store only
      ${formatBytes(this.storage.available)} more. Delete a stored model or free disk space.
    </p>`;
  }

  private tooBig(): boolean {
    const size = manifestSize(this.location.manifest);
    return !!this.storage && size.complete && size.bytes - (this.stored?.bytes ?? 0) > this.storage.available;
  }

  private actions() {
    const busy = this.download !== undefined && !this.download.error;
    const stored = this.stored;
    if (this.confirmingDelete) {
      return html`<div class="actions" role="group" aria-label="Confirm delete">
        <span>Delete ${this.location.manifest.id} (${formatBytes(stored?.bytes ?? 0)}) from this device?</span>
        <button class="danger" @click=${() => void this.deleteStored()}>Delete</button>
        <button class="secondary" @click=${() => (this.confirmingDelete = false)}>Keep it</button>
      </div>`;
    }
    return html`<div class="actions">
      ${
        stored?.complete
          ? nothing
          : html`<button
              ?disabled=${busy || this.onKiosk === false || this.tooBig()}
              @click=${() => void this.startDownload()}
            >
              ${stored && stored.bytes > 0 ? 'Resume download' : 'Download'}
            </button>`
      }
      ${stored && stored.bytes > 0 ? html`<button class="secondary" ?disabled=${busy} @click=${() => (this.confirmingDelete = true)}>Delete…</button>` : nothing}
    </div>`;
  }

  private progress(d: TrackedDownload) {
    const p = d.progress;
    const state = p?.state ?? 'checking';
    const active = state === 'downloading' || state === 'checking';
    return html`<div class="download" data-testid="download">
      <p aria-live="polite">
        <strong>${d.where === 'other-tab' ? 'Downloading in another tab' : (stateWords[state] ?? state)}</strong>
        ${p ? html` · <span data-testid="overall">${describeProgress(p.overall, active)}</span>` : nothing}
      </p>
      <progress max="100" .value=${p?.overall.percent ?? 0} aria-label="Overall download progress"></progress>
      ${d.error ? html`<p class="error" role="alert" data-testid="download-error">${d.error}</p>` : nothing}
      ${d.where === 'here' ? this.controls(state, !!d.error) : nothing}
      ${
        p && p.files.length
          ? html`<details class="files" ?open=${active}>
              <summary>Files (${p.files.filter((f) => f.state === 'done').length} of ${p.files.length} done)</summary>
              <ul>
                ${[...p.files].sort((a, b) => FILE_ORDER[a.state] - FILE_ORDER[b.state]).map((f) => html`<li class=${f.state}><span class="path">${f.path}</span><span>${describeProgress(f, f.state === 'downloading')}</span></li>`)}
              </ul>
            </details>`
          : nothing
      }
    </div>`;
  }

  private controls(state: string, failed: boolean) {
    if (failed) {
      return html`<div class="actions">
        <button @click=${() => void this.startDownload()}>Try again</button>
        <button class="secondary" @click=${() => this.tracker.value.clear()}>Dismiss</button>
      </div>`;
    }
    return html`<div class="actions">
      ${state === 'paused' ? html`<button @click=${() => void this.tracker.value.resume()}>Resume</button>` : html`<button class="secondary" @click=${() => void this.tracker.value.pause()}>Pause</button>`}
      <button class="secondary" @click=${() => void this.tracker.value.cancel()}>Cancel</button>
    </div>`;
  }

  private async startDownload(): Promise<void> {
    this.problem = '';
    await this.tracker.value
      .start(this.location)
      .catch((error: unknown) => (this.problem = String((error as Error).message ?? error)));
  }

  private async deleteStored(): Promise<void> {
    this.confirmingDelete = false;
    try {
      await deleteModel(this.location);
    } catch (error) {
      this.problem = `Could not delete ${this.location.manifest.id}: ${(error as Error).message}`;
    }
    this.dispatchEvent(new Event(STORED_CHANGED, { bubbles: true, composed: true }));
  }
}

/** Files arriving now first, then those waiting, then those done: what a person watches is at the top. */
const FILE_ORDER = { downloading: 0, queued: 1, done: 2 } as const;

const stateWords: Record<string, string> = {
  idle: 'Starting',
  checking: 'Checking the model and free space',
  downloading: 'Downloading',
  paused: 'Paused',
  done: 'Downloaded and verified',
  failed: 'Download stopped',
  cancelled: 'Cancelled',
};

/** What the model is, in a person's words. */
function kindOf(location: ModelLocation): string {
  const { engine, variant } = location.manifest;
  if (isSpeechModel(location.manifest))
    return 'Speech model for Dictate: turns what the medic says into text, on this device';
  if (engine === 'transformers') return 'Small CPU model: slower, runs on any device';
  const bits = variant.quantization.includes('f16') ? '16-bit' : '32-bit';
  return `Phi-2 for the GPU, ${bits} build (${variant.quantization}), ${variant.contextWindow}-token context`;
}

declare global {
  interface HTMLElementTagNameMap {
    'model-card': ModelCard;
  }
}
