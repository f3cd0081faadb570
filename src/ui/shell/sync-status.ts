import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { deviceName, setDeviceName } from '../../app/device-name.js';
import { syncStatusText } from '../../app/sync-status.js';
import { watchApp } from '../app-context.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { headerChipStyles } from './header-chip-styles.js';

/**
 * Header chip saying where sync with the kiosk stands ("synced with kiosk", "offline: 3 changes waiting", "kiosk
 * unreachable since 14:02"), so a device never diverges without saying so; a tap shows it whole and lets the medic
 * name this device (the name a conflict shows beside its value). A polite live region announces each change.
 */
@customElement('sync-status')
export class SyncStatusElement extends LitElement {
  static styles = [
    sharedStyles,
    headerChipStyles,
    css`
      :host {
        min-width: 0;
      }
      .chip {
        /* A bound in the viewport's terms: the header's grid track sizes to its content's min-content width. */
        max-width: 20rem;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      @media (max-width: 600px) {
        /* A phone's header holds the name and two chips: this one shows its start, a tap shows it whole. */
        .chip {
          max-width: 14vw;
        }
      }
      .chip[data-link='connected'][data-waiting='0'] {
        border-color: transparent;
      }
      .popover {
        max-width: min(24rem, calc(100vw - 1.5rem));
      }
      .panel p {
        margin: 0 0 0.5rem;
      }
    `,
  ];

  @state() private open = false;
  @state() private name = deviceName();
  private readonly workspace = watchApp(this, (app) => app.casualties);
  private readonly onOutside = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutside);
  }

  disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.onOutside);
    super.disconnectedCallback();
  }

  private rename(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('device-name') as HTMLInputElement;
    setDeviceName(input.value);
    this.name = deviceName();
    input.value = this.name;
  }

  render() {
    const status = this.workspace.value.sync;
    if (!status) return nothing;
    const words = syncStatusText(status);
    return html`
      <button
        type="button"
        class="chip"
        data-link=${status.link}
        data-waiting=${status.waiting}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="sync-panel"
        @click=${() => (this.open = !this.open)}
      >
        ${words}
      </button>
      <div id="sync-panel" class="popover panel" ?hidden=${!this.open}>
        <p>${words}</p>
        <form @submit=${this.rename}>
          <label for="device-name">This device's name</label>
          <input id="device-name" name="device-name" .value=${this.name} maxlength="40" />
          <button type="submit">Save name</button>
        </form>
      </div>
      <span class="sr" role="status" data-testid="sync-status">${words}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sync-status': SyncStatusElement;
  }
}
