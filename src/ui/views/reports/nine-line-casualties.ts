import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { summaryOf, type Casualty } from '../../../records/index.js';
import { casualtyDetail, casualtyTitle, clockOf } from '../../casualties/casualty-label.js';
import { sharedStyles } from '../../styles/shared-styles.js';

/** Fired with the ids of the casualties the medic ticked for the request. */
export class RequestCasualtiesEvent extends Event {
  constructor(readonly ids: string[]) {
    super('request-casualties', { bubbles: true, composed: true });
  }
}

/** Fired when the medic marks the request as sent. */
class MarkRequestedEvent extends Event {
  constructor() {
    super('mark-requested', { bubbles: true, composed: true });
  }
}

/**
 * Which casualties go on the 9-line request: one tick box per casualty on this device (the one the request is written
 * on first ticked by default), and "Mark as requested", which puts the ticked ones on the board as requested.
 */
@customElement('nine-line-casualties')
export class NineLineCasualties extends LitElement {
  static styles = [
    sharedStyles,
    css`
      fieldset {
        margin: 0 0 0.75rem;
        padding: 0.25rem 0.75rem 0.5rem;
        border: 2px solid var(--rule);
        border-radius: 8px;
      }
      legend {
        font-weight: 600;
      }
      label {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-height: var(--tap);
      }
      input {
        width: 1.5rem;
        height: 1.5rem;
      }
      .detail,
      .requested {
        color: var(--ink-muted);
      }
      .mark {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin-top: 0.25rem;
      }
    `,
  ];

  /** Every casualty on this device, in the casualty list's order. */
  @property({ attribute: false }) casualties: Casualty[] = [];
  /** The ids ticked now. */
  @property({ attribute: false }) chosen: string[] = [];

  private toggle(id: string, on: boolean): void {
    const next = on ? [...this.chosen, id] : this.chosen.filter((c) => c !== id);
    // Kept in the casualty list's order, so the request reads the same whatever order they were ticked in.
    this.dispatchEvent(new RequestCasualtiesEvent(this.casualties.map((c) => c.id).filter((c) => next.includes(c))));
  }

  render() {
    const chosen = this.casualties.filter((c) => this.chosen.includes(c.id));
    const requested = chosen.filter((c) => c.evacRequest).map((c) => clockOf(c.evacRequest!.requestedAt));
    return html`<fieldset>
      <legend>Casualties on this request (${chosen.length} of ${this.casualties.length})</legend>
      ${this.casualties.map((c) => {
        const summary = summaryOf(c);
        return html`<label
          ><input
            type="checkbox"
            .checked=${live(this.chosen.includes(c.id))}
            @change=${(e: Event) => this.toggle(c.id, (e.target as HTMLInputElement).checked)}
          /><span>${casualtyTitle(summary, c.createdAt)}</span>
          <span class="detail">${casualtyDetail(summary)}</span>
          ${c.evacRequest ? html`<span class="requested">requested ${clockOf(c.evacRequest.requestedAt)}</span>` : nothing}
        </label>`;
      })}
      <div class="mark">
        <button ?disabled=${chosen.length === 0} @click=${() => this.dispatchEvent(new MarkRequestedEvent())}>
          Mark as requested
        </button>
        ${
          requested.length === chosen.length && chosen.length
            ? html`<span class="requested">All ${chosen.length} marked as requested.</span>`
            : nothing
        }
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nine-line-casualties': NineLineCasualties;
  }
}
