import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** What the shell shows about the engine producing records. */
export interface EngineStatus {
  /** Engine name as the medic should read it ("Rules engine", "Phi-2 on WebGPU"). */
  engine: string;
  /** Why this engine runs, in a few words ("no model downloaded"). */
  reason: string;
}

const changes = new EventTarget();
let current: EngineStatus = { engine: 'Rules engine', reason: 'no on-device model loaded' };

/** Shows `status` in the shell header; call it whenever the engine in use changes. */
export function setEngineStatus(status: EngineStatus): void {
  current = { ...status };
  changes.dispatchEvent(new Event('change'));
}

/** The status the header shows now. */
export function getEngineStatus(): EngineStatus {
  return current;
}

/** Header chip with the running engine and why; a polite live region, so changes are announced. */
@customElement('engine-status')
export class EngineStatusElement extends LitElement {
  static styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 0.5rem;
        min-width: 0;
        color: var(--on-header);
        font-size: 0.9375rem;
      }
      .reason {
        color: var(--on-header-muted);
      }
      /* Phones: the engine name alone; the reason stays readable by screen readers. */
      @media (max-width: 560px) {
        .reason {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
          white-space: nowrap;
        }
      }
    `,
  ];

  @state() private status = current;
  private readonly onChange = (): void => {
    this.status = current;
  };

  connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'status');
    changes.addEventListener('change', this.onChange);
    this.status = current;
  }

  disconnectedCallback(): void {
    changes.removeEventListener('change', this.onChange);
    super.disconnectedCallback();
  }

  render() {
    return html`<span>Engine: <strong>${this.status.engine}</strong></span><span class="reason">${this.status.reason}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'engine-status': EngineStatusElement;
  }
}
