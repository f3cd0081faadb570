import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PiecePart } from '../../../tccc/rules/casualties.js';
import { sharedStyles } from '../../styles/shared-styles.js';

/** Where the medic files one part: a casualty by id, a new casualty, or nowhere. */
export type PartTarget = { kind: 'casualty'; id: string } | { kind: 'new' } | { kind: 'leave-out' };

/** The medic's choice: each part with where it goes, in order. */
export class SplitConfirmEvent extends Event {
  constructor(readonly filed: { part: PiecePart; target: PartTarget }[]) {
    super('split-confirm', { bubbles: true, composed: true });
  }
}

/**
 * Shown by Capture when a piece covers several casualties: says so, and lets the medic pick or create the
 * casualty for each part before anything is added (nothing is merged silently). Fires `split-confirm` or `split-cancel`.
 * Usage: `<casualty-split-offer .parts=${parts} .casualties=${[{ id, label }]} .currentId=${id}></casualty-split-offer>`.
 */
@customElement('casualty-split-offer')
export class CasualtySplitOffer extends LitElement {
  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        border: 2px solid var(--accent);
        border-radius: 8px;
        padding: 0.75rem;
      }
      ol {
        display: grid;
        gap: 0.75rem;
        margin: 0.5rem 0;
        padding-left: 1.25rem;
      }
      blockquote {
        margin: 0 0 0.25rem;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        gap: 0.75rem;
      }
    `,
  ];

  @property({ attribute: false }) parts: PiecePart[] = [];
  /** Casualties a part may be filed on, with the name the medic knows them by. */
  @property({ attribute: false }) casualties: { id: string; label: string }[] = [];
  @property({ attribute: false }) currentId = '';
  @state() private choice: string[] = [];

  protected willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('parts')) return;
    // The first casualty's part goes on the open casualty, each other on a new one; words said of no one are left out.
    let firstCasualty = true;
    this.choice = this.parts.map((p) => {
      if (p.unattributed) return 'leave-out';
      const pick = firstCasualty ? `casualty:${this.currentId}` : 'new';
      firstCasualty = false;
      return pick;
    });
  }

  private confirm(): void {
    const target = (value: string): PartTarget =>
      value === 'new'
        ? { kind: 'new' }
        : value === 'leave-out'
          ? { kind: 'leave-out' }
          : { kind: 'casualty', id: value.slice('casualty:'.length) };
    this.dispatchEvent(new SplitConfirmEvent(this.parts.map((part, i) => ({ part, target: target(this.choice[i]) }))));
  }

  render() {
    const casualtyCount = this.parts.filter((p) => !p.unattributed).length;
    return html`
      <p role="alert">
        <strong>This piece covers ${casualtyCount} casualties.</strong> Choose the casualty for each part; nothing is
        added until you confirm.
      </p>
      <ol aria-label="Parts of the piece">
        ${this.parts.map(
          (part, i) =>
            html`<li>
              <blockquote>${part.unattributed ? html`<em>Said of no one casualty:</em> ` : ''}${part.text}</blockquote>
              <label
                >Add to
                <select
                  aria-label=${`Casualty for part ${i + 1}`}
                  .value=${this.choice[i]}
                  @change=${(e: Event) => (this.choice = this.choice.map((c, k) => (k === i ? (e.target as HTMLSelectElement).value : c)))}
                >
                  ${this.casualties.map((c) => html`<option value=${`casualty:${c.id}`} ?selected=${this.choice[i] === `casualty:${c.id}`}>${c.id === this.currentId ? `This casualty (${c.label})` : c.label}</option>`)}
                  <option value="new" ?selected=${this.choice[i] === 'new'}>A new casualty</option>
                  <option value="leave-out" ?selected=${this.choice[i] === 'leave-out'}>Leave out</option>
                </select></label
              >
            </li>`,
        )}
      </ol>
      <div class="actions">
        <button @click=${this.confirm}>Add each part to its casualty</button>
        <button
          class="secondary"
          @click=${() => this.dispatchEvent(new Event('split-cancel', { bubbles: true, composed: true }))}
        >
          Cancel
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'casualty-split-offer': CasualtySplitOffer;
  }
}
