import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { EngineStatus } from '../../app/engine-manager.js';
import type { EngineId } from '../../engines/engine.js';
import { watchApp } from '../app-context.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { headerChipStyles } from './header-chip-styles.js';

/** The chip's words per backend: the 44 px header has room for a word or two, the rest is behind the tap. */
const ENGINE_CHIP_TEXT: Record<EngineId, string> = {
  rules: 'Rules',
  webllm: 'Phi-2 GPU',
  transformers: 'CPU model',
};

/** The header chip's text for a status. */
function engineChipText(status: EngineStatus): string {
  return status.kind ? ENGINE_CHIP_TEXT[status.kind] : (status.engine.split(/\s+/)[0] ?? status.engine);
}

/**
 * Header chip naming the running engine in a word or two; a tap opens the full name and why it runs.
 * A visually hidden polite live region carries the whole status, so changes are announced.
 */
@customElement('engine-status')
export class EngineStatusElement extends LitElement {
  static styles = [
    sharedStyles,
    headerChipStyles,
    css`
      .reasons p {
        margin: 0;
      }
    `,
  ];

  @state() private open = false;
  private readonly engineStatus = watchApp(this, (app) => app.engines.status);
  /** A tap anywhere else, or Escape, closes the reasons. */
  private readonly onOutside = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.open = false;
  };
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.open = false;
  };

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutside);
    document.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.onOutside);
    document.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  render() {
    const status = this.engineStatus.value.get();
    const { engine, reason } = status;
    return html`
      <button
        type="button"
        class="chip"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="engine-reasons"
        @click=${() => (this.open = !this.open)}
      >
        <span class="sr">Engine: </span>${engineChipText(status)}
      </button>
      <div id="engine-reasons" class="popover reasons" ?hidden=${!this.open}>
        <p>Engine: <strong>${engine}</strong></p>
        <p data-testid="engine-reason">${reason}</p>
      </div>
      <span class="sr" role="status">Engine: ${engine}. ${reason}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'engine-status': EngineStatusElement;
  }
}
