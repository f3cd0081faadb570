/**
 * <narrative-recordings>: on Record, the casualty's dictated pieces, each with its recording playable beside it, and
 * how many recordings this casualty keeps on the device and their size. A piece typed by hand has none, so is not
 * listed; a casualty with no recordings shows nothing here. Each recording plays from an object URL, revoked once the recording leaves the list or the view closes.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Casualty } from '../../../records/index.js';
import { recordingSize, type Recording } from '../../../records/recordings.js';
import {
  RECORDINGS_CHANGED,
  dropRecordingsOfPurgedCasualties,
  listRecordings,
  recordingEvents,
  type HeldCasualties,
} from '../../recordings/kept-recordings.js';
import { clockOf } from '../../casualties/casualty-label.js';
import { timelineStyles } from '../../styles/timeline-styles.js';

@customElement('narrative-recordings')
export class NarrativeRecordings extends LitElement {
  static styles = [
    timelineStyles,
    css`
      h2 {
        font-size: 1.125rem;
        margin: 1.25rem 0 0.25rem;
      }
      .usage {
        margin: 0 0 0.5rem;
        color: var(--ink-muted);
      }
      /* HH:MM here, HH:MM:SS on Capture. */
      li {
        grid-template-columns: 4rem minmax(0, 1fr);
      }
      audio {
        grid-column: 2;
        width: 100%;
        max-width: 28rem;
        height: 2.75rem;
      }
    `,
  ];

  @property({ attribute: false }) casualty: Casualty | undefined;
  /** The app's casualties: once loaded, the recordings of those no longer held may be dropped. */
  @property({ attribute: false }) held: HeldCasualties | undefined;
  @state() private recordings: Recording[] = [];
  /** Object URL per recording id, for as long as it is listed. */
  private readonly urls = new Map<string, string>();

  private readonly onChanged = (e: Event) => {
    if ((e as CustomEvent<string>).detail === this.casualty?.id) void this.reread();
  };

  connectedCallback(): void {
    super.connectedCallback();
    recordingEvents.addEventListener(RECORDINGS_CHANGED, this.onChanged);
    if (this.casualty) void this.reread();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    recordingEvents.removeEventListener(RECORDINGS_CHANGED, this.onChanged);
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('held') && this.held) void dropRecordingsOfPurgedCasualties(this.held).catch(() => undefined);
    const before = changed.get('casualty');
    if (
      changed.has('casualty') &&
      (before?.id !== this.casualty?.id || before?.timeline.length !== this.casualty?.timeline.length)
    )
      void this.reread();
  }

  private async reread(): Promise<void> {
    const id = this.casualty?.id;
    if (!id) return;
    const list = await listRecordings(id).catch(() => []);
    if (id !== this.casualty?.id) return;
    const keep = new Set(list.map((r) => r.id));
    for (const [rid, url] of this.urls)
      if (!keep.has(rid)) {
        URL.revokeObjectURL(url);
        this.urls.delete(rid);
      }
    for (const r of list)
      if (!this.urls.has(r.id)) this.urls.set(r.id, URL.createObjectURL(new Blob([r.audio], { type: r.mimeType })));
    this.recordings = list;
  }

  render() {
    const c = this.casualty;
    const onPieces = this.recordings.filter((r) => r.pieceAt);
    // Nothing at all without recordings: the Record view stays the facts' (three screens at 1024x600).
    if (!c || !onPieces.length) return nothing;
    const bytes = onPieces.reduce((sum, r) => sum + r.audio.byteLength, 0);
    const dictated = c.timeline.filter((entry) => onPieces.some((r) => r.pieceAt === entry.at));
    return html`
      <h2>Dictated narrative</h2>
      <p class="usage">Recordings: ${onPieces.length}, ${recordingSize(bytes)} (kept on this device only)</p>
      <ol aria-label="Dictated pieces">
        ${dictated.map((entry) => {
          const clock = clockOf(entry.at);
          return html`<li>
            <time datetime=${entry.at}>${clock}</time><span class="piece">${entry.text}</span>
            ${onPieces
              .filter((r) => r.pieceAt === entry.at)
              .map(
                (r) =>
                  html`<audio
                    controls
                    preload="metadata"
                    src=${this.urls.get(r.id) ?? ''}
                    aria-label=${`Recording of the piece at ${clock}`}
                  ></audio>`,
              )}
          </li>`;
        })}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'narrative-recordings': NarrativeRecordings;
  }
}
