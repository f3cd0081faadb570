/**
 * <casualty-fields>: on Record, what the medic types about the casualty as a whole: the time of injury (an edit of
 * that fact, so the card's TIME box, ZMIST and the TXA window follow it) and the card's notes. A time of injury is
 * stored once it reads as a 24-hour time (or is cleared); until then the text stays as typed, marked, with the form
 * it needs.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { CasualtyWorkspace } from '../../../app/casualty-workspace.js';
import { recordOf, setTimeOfInjury, updateCasualty, type Casualty } from '../../../records/index.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { formControlStyles } from '../../styles/form-control-styles.js';
import { parseClock } from './fact-fields.js';

@customElement('casualty-fields')
export class CasualtyFields extends LitElement {
  static styles = [
    sharedStyles,
    formControlStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.75rem;
        margin-bottom: 0.25rem;
      }
      /* Label beside its field: a row of fields, not two, on the short kiosk screen. */
      label {
        display: flex;
        align-items: center;
        gap: 0.375rem;
        font-weight: 600;
      }
      .notes {
        flex: 1 1 14rem;
      }
      input {
        width: 7rem;
      }
      textarea {
        flex: 1 1 auto;
        min-width: 0;
        resize: vertical;
      }
      .bad {
        border-color: #991b1b;
      }
      .bad-text {
        color: #7f1d1d;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) casualty: Casualty | undefined;
  /** Where the edits go: a time of injury is written at once, notes as typed (autosave). */
  @property({ attribute: false }) workspace: Pick<CasualtyWorkspace, 'commit' | 'update'> | undefined;
  /** The time of injury as typed, while it is not (yet) a time. */
  @state() private toiText: string | undefined;

  protected willUpdate(changed: PropertyValues<this>): void {
    // Another casualty: what was half typed for the last one is not this one's.
    if (changed.has('casualty') && changed.get('casualty')?.id !== this.casualty?.id) this.toiText = undefined;
  }

  private onTimeOfInjury(c: Casualty, text: string): void {
    this.toiText = text;
    const clock = parseClock(text);
    if (clock || !text.trim()) void this.workspace?.commit(c.id, (latest) => setTimeOfInjury(latest, clock));
  }

  render() {
    const c = this.casualty;
    if (!c) return nothing;
    const toi = this.toiText ?? recordOf(c).time_of_injury ?? '';
    const toiBad = !!toi.trim() && !parseClock(toi);
    return html`
      <label
        >Time of injury (24 h)
        <input
          class=${toiBad ? 'bad' : ''}
          .value=${live(toi)}
          inputmode="numeric"
          placeholder="HH:MM"
          aria-invalid=${toiBad}
          @input=${(e: InputEvent) => this.onTimeOfInjury(c, (e.target as HTMLInputElement).value)}
        />
      </label>
      ${toiBad ? html`<span class="bad-text" role="alert">Use a 24-hour time like 14:05.</span>` : nothing}
      <label class="notes"
        >Card notes
        <textarea
          .value=${live(c.notes)}
          rows="1"
          @input=${(e: InputEvent) =>
            this.workspace?.update(c.id, (latest) =>
              updateCasualty(latest, { notes: (e.target as HTMLTextAreaElement).value }),
            )}
        ></textarea>
      </label>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'casualty-fields': CasualtyFields;
  }
}
