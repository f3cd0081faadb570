import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Passage } from '../../library/passage.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { highlightTerms } from './highlight.js';

/**
 * One library passage: title and source always visible, the text behind a disclosure
 * (a native <details>, so it opens by touch, keyboard and screen reader alike).
 */
@customElement('passage-card')
export class PassageCard extends LitElement {
  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      details {
        border: 1px solid var(--rule);
        border-radius: 8px;
        background: var(--surface);
      }
      summary {
        display: flex;
        flex-direction: column;
        justify-content: center;
        min-height: var(--tap);
        padding: 0.5rem 0.75rem 0.5rem 2rem;
        position: relative;
        cursor: pointer;
        list-style: none;
        touch-action: manipulation;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      /* The open/closed marker is a shape, not a colour: a triangle that turns. */
      summary::before {
        content: '▶';
        position: absolute;
        left: 0.75rem;
        top: 0.7rem;
        font-size: 0.75rem;
        transition: transform 0.15s;
      }
      details[open] > summary::before {
        transform: rotate(90deg);
      }
      .title {
        font-weight: 600;
      }
      .prefix {
        font-weight: 700;
        color: var(--accent);
      }
      .source {
        color: var(--ink-muted);
        font-size: 0.875rem;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.75rem;
        color: var(--ink-muted);
        font-size: 0.875rem;
      }
      .text {
        padding: 0 0.75rem 0.75rem 2rem;
      }
      .text p {
        max-width: 70ch;
      }
      mark {
        background: var(--notice);
        color: inherit;
      }
    `,
  ];

  @property({ attribute: false }) passage?: Passage;
  /** Query terms to mark in the title and text. */
  @property({ attribute: false }) terms: string[] = [];
  /** Shown before the title, e.g. the "[2]" an answer cites it by. */
  @property() prefix = '';
  /** Extra line under the source, e.g. why this passage is shown. */
  @property() note = '';
  @property({ type: Boolean, reflect: true }) open = false;

  render() {
    const passage = this.passage;
    if (!passage) return nothing;
    return html`
      <details ?open=${this.open} @toggle=${this.onToggle}>
        <summary>
          <span class="title"
            >${this.prefix ? html`<span class="prefix">${this.prefix}</span> ` : nothing}${highlightTerms(passage.title, this.terms)}</span
          >
          <span class="source">Source: ${passage.source}</span>
          ${this.note ? html`<span class="meta">${this.note}</span>` : nothing}
        </summary>
        <div class="text">
          ${passage.text.split(/\n\s*\n|\n/).map((paragraph) => html`<p>${highlightTerms(paragraph, this.terms)}</p>`)}
        </div>
      </details>
    `;
  }

  private onToggle(event: Event): void {
    this.open = (event.currentTarget as HTMLDetailsElement).open;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'passage-card': PassageCard;
  }
}
