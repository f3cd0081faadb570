/**
 * <recordings-export-option>: on Reports › Casualty file, the medic's choice to put the casualty's dictation
 * recordings in the exported file (never by default: audio is large and may hold more than the record should),
 * with how many there are and their size. Shows nothing when the casualty has none.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { exportCasualty, type Casualty } from '../../../records/index.js';
import { exportCasualtyWithRecordings } from '../../../records/recordings-file.js';
import { recordingSize } from '../../../records/recordings.js';
import {
  RECORDINGS_CHANGED,
  listRecordings,
  recordingEvents,
  recordingUsage,
} from '../../recordings/kept-recordings.js';

/** The casualty file's JSON text, with the recordings when `withRecordings`. */
export async function casualtyFileText(c: Casualty, withRecordings: boolean): Promise<string> {
  const file = withRecordings ? exportCasualtyWithRecordings(c, await listRecordings(c.id)) : exportCasualty(c);
  return JSON.stringify(file, null, 2);
}

@customElement('recordings-export-option')
export class RecordingsExportOption extends LitElement {
  static styles = css`
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 44px;
    }
    input {
      width: 1.5rem;
      height: 1.5rem;
    }
  `;

  @property() casualtyId = '';
  /** Whether the medic asked for the recordings in the file. */
  @state() checked = false;
  @state() private usage: { count: number; bytes: number } | undefined;

  private readonly onChanged = (e: Event) => {
    if ((e as CustomEvent<string>).detail === this.casualtyId) void this.reread();
  };

  connectedCallback(): void {
    super.connectedCallback();
    recordingEvents.addEventListener(RECORDINGS_CHANGED, this.onChanged);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    recordingEvents.removeEventListener(RECORDINGS_CHANGED, this.onChanged);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('casualtyId')) {
      this.checked = false;
      void this.reread();
    }
  }

  private async reread(): Promise<void> {
    const id = this.casualtyId;
    const usage = await recordingUsage(id).catch(() => undefined);
    if (id === this.casualtyId) this.usage = usage;
  }

  render() {
    const usage = this.usage;
    if (!usage?.count) return nothing;
    return html`<label
      ><input
        type="checkbox"
        .checked=${this.checked}
        @change=${(e: Event) => (this.checked = (e.target as HTMLInputElement).checked)}
      />
      Include the recordings (${usage.count}, ${recordingSize(usage.bytes)})</label
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'recordings-export-option': RecordingsExportOption;
  }
}
