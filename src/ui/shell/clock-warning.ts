import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { clockDoubt } from '../../tccc/alerts/index.js';
import { BUILD_TIME } from '../build-time.js';

/** How often the device clock is checked again (a kiosk may get network time while the app is open). */
const CHECK_EVERY_MS = 30_000;

/**
 * "Check this device's clock" in the header, on every view, when the device clock reads before the app was built
 * (a Jetson with no real-time clock or network time). The Record view also says it when a record's times lie hours
 * ahead of the clock, and leaves out the alerts that would count from it.
 */
@customElement('clock-warning')
export class ClockWarning extends LitElement {
  static styles = css`
    p {
      margin: 0;
      font-weight: 600;
      color: var(--warning-text, #7a4b00);
    }
  `;

  /** When the app was built; the build's own time unless a test sets it. */
  @property({ attribute: false }) builtAt: Date | undefined = BUILD_TIME;
  @state() private now = new Date();
  private timer?: ReturnType<typeof setInterval>;

  connectedCallback(): void {
    super.connectedCallback();
    this.now = new Date();
    this.timer = setInterval(() => (this.now = new Date()), CHECK_EVERY_MS);
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  render() {
    const doubt = clockDoubt({}, this.now, this.builtAt);
    return doubt ? html`<p role="alert">Check this device's clock: ${doubt}.</p>` : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clock-warning': ClockWarning;
  }
}
