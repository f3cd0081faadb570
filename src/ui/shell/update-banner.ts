import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ServiceWorkerBridge } from '../sw-bridge.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** "Update available — reload" bar; appears only when the bridge reports a waiting version. */
@customElement('update-banner')
export class UpdateBanner extends LitElement {
  static styles = [
    sharedStyles,
    css`
      .banner {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1rem;
        padding: 0.375rem 1rem;
        background: var(--notice);
        border-bottom: 2px solid var(--ink);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) bridge: ServiceWorkerBridge | undefined;
  @state() private visible = false;
  private readonly onUpdate = (): void => {
    this.visible = true;
  };

  connectedCallback(): void {
    super.connectedCallback();
    // A live region present from the start, so screen readers announce the banner when it fills in.
    this.setAttribute('role', 'status');
  }

  protected willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('bridge')) return;
    (changed.get('bridge') as ServiceWorkerBridge | undefined)?.removeEventListener('update-available', this.onUpdate);
    this.bridge?.addEventListener('update-available', this.onUpdate);
    this.visible = this.bridge?.updateAvailable ?? false;
  }

  render() {
    if (!this.visible) return nothing;
    return html`
      <div class="banner">
        <span>Update available — reload</span>
        <button @click=${() => this.bridge?.applyUpdate()}>Reload now</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'update-banner': UpdateBanner;
  }
}
