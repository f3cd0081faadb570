import { LitElement, html, nothing, svg } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { dateClockOf } from '../../casualties/casualty-label.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';
import type { PairedDevice } from '../../../sync/paired-device.js';
import { listDevices, newPairingLink, revokeDevice, type PairingLink } from './devices-api.js';
import { devicesStyles } from './devices-styles.js';
import { qrPath } from './qr-code.js';

/** Last seen moves as tablets sync; the list is read again this often while the page is open. */
const LIST_REFRESH_MS = 10_000;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The kiosk's Devices page (#13.4), on its own screen only: a one-time pairing link as text and QR code for a tablet
 * to open, a fresh one on demand, and the paired devices with when each was last seen, each revocable after a
 * confirmation. The kiosk server answers these calls only from its own loopback page.
 */
@customElement('devices-view')
export class DevicesView extends LitElement {
  static styles = [sharedStyles, viewStyles, devicesStyles];

  @state() private pairing: PairingLink | undefined;
  @state() private devices: PairedDevice[] | undefined;
  /** The device whose revocation waits for the medic's confirmation. */
  @state() private confirming: PairedDevice | undefined;
  @state() private message: { text: string; bad?: boolean } | undefined;
  private timer?: ReturnType<typeof setInterval>;

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.pairing) void this.makeLink();
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), LIST_REFRESH_MS);
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  private async makeLink(): Promise<void> {
    try {
      this.pairing = await newPairingLink();
      this.message = undefined;
    } catch (e) {
      this.message = { text: `No pairing link: ${errorText(e)}`, bad: true };
    }
  }

  private async refresh(): Promise<void> {
    try {
      this.devices = await listDevices();
    } catch (e) {
      this.message = { text: `The paired devices could not be listed: ${errorText(e)}`, bad: true };
    }
  }

  private async revoke(device: PairedDevice): Promise<void> {
    this.confirming = undefined;
    try {
      await revokeDevice(device.id);
      this.message = { text: `${device.name} is revoked: it can no longer sync with this kiosk.` };
    } catch (e) {
      this.message = { text: `${device.name} was not revoked: ${errorText(e)}`, bad: true };
    }
    await this.refresh();
  }

  render() {
    return html`
      <h1>Devices</h1>
      ${
        this.message
          ? html`<p class="message ${this.message.bad ? 'bad' : ''}" role=${this.message.bad ? 'alert' : 'status'}>
              ${this.message.text}
            </p>`
          : nothing
      }
      <div class="columns">
        <section aria-labelledby="pair-heading">
          <h2 id="pair-heading">Pair a tablet</h2>
          <p>
            On the tablet (which trusts this kiosk's certificate), scan the code or open the link. It works once, within
            an hour.
          </p>
          ${this.renderLink(this.pairing)}
          <button class="secondary" @click=${() => this.makeLink()}>New pairing link</button>
        </section>
        <section aria-labelledby="paired-heading">
          <h2 id="paired-heading">Paired devices</h2>
          ${this.renderDevices()}
          <button class="secondary" @click=${() => this.refresh()}>Refresh list</button>
        </section>
      </div>
    `;
  }

  /** The link and its code; until one arrives, a box of the same size, so nothing below moves when it does. */
  private renderLink(pairing: PairingLink | undefined) {
    if (!pairing)
      return html`<figure>
        <div class="qr"></div>
        <figcaption><span class="link">Making a pairing link…</span></figcaption>
      </figure>`;
    const { path, size } = qrPath(pairing.link);
    return html`
      <figure>
        <svg
          class="qr"
          viewBox="0 0 ${size} ${size}"
          role="img"
          aria-label="QR code of the pairing link"
          shape-rendering="crispEdges"
        >
          ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
        </svg>
        <figcaption>
          <code class="link">${pairing.link}</code>
          <span class="expires">Works once, until ${dateClockOf(pairing.expiresAt)}.</span>
        </figcaption>
      </figure>
    `;
  }

  private renderDevices() {
    if (!this.devices) return html`<p>Reading the list…</p>`;
    if (this.devices.length === 0) return html`<p>No device is paired yet.</p>`;
    return html`<table>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Last seen</th>
          <th scope="col">Access</th>
        </tr>
      </thead>
      <tbody>
        ${this.devices.map(
          (d) =>
            html`<tr data-id=${d.id}>
              <th scope="row">${d.name}</th>
              <td>${d.lastSeen ? dateClockOf(d.lastSeen) : 'never'}</td>
              <td>${d.revokedAt ? `revoked ${dateClockOf(d.revokedAt)}` : this.renderRevoke(d)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderRevoke(d: PairedDevice) {
    if (this.confirming?.id !== d.id)
      return html`<button class="secondary" @click=${() => (this.confirming = d)} aria-label="Revoke ${d.name}">
        Revoke
      </button>`;
    return html`<div class="confirm" role="group" aria-label="Confirm revoking ${d.name}">
      <span>Revoke ${d.name}? It stops syncing at once.</span>
      <button class="danger" @click=${() => this.revoke(d)}>Yes, revoke</button>
      <button class="secondary" @click=${() => (this.confirming = undefined)}>Cancel</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'devices-view': DevicesView;
  }
}
