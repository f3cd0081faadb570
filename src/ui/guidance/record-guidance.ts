import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Library } from '../../library/library.js';
import { passagesForRecord, recordHasPassages } from '../../library/record-passages.js';
import { BUILD_TIME } from '../build-time.js';
import { clockDoubt, evaluateAlerts, type AlertSeverity, type ProtocolAlert } from '../../tccc/alerts/index.js';
import type { TcccRecord } from '../../tccc/record.js';
import { clockOf } from '../casualties/casualty-label.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { guidanceStyles } from './guidance-styles.js';
import './passage-card.js';

/** Alerts are re-evaluated this often, so a tourniquet crossing 2 h shows up without any edit. */
const ALERT_REFRESH_MS = 30_000;

/** Severity in words and a shape, so it reads without colour (glyphs the kiosk's DejaVu fonts have). */
const SEVERITY_LABEL: Record<AlertSeverity, { icon: string; text: string }> = {
  alert: { icon: '‼', text: 'Alert' },
  warning: { icon: '⚠', text: 'Warning' },
  info: { icon: 'ℹ', text: 'Info' },
};

/** The Library view opens the passage named by `?passage=`. */
const libraryPassageHref = (passageId: string) => `/library?passage=${encodeURIComponent(passageId)}`;

/** "1 alert, 2 warnings" or "No protocol alerts for this record." */
function alertSummary(alerts: ProtocolAlert[]): string {
  if (alerts.length === 0) return 'No protocol alerts for this record.';
  const counts = (['alert', 'warning', 'info'] as const)
    .map((severity) => [severity, alerts.filter((alert) => alert.severity === severity).length] as const)
    .filter(([, count]) => count > 0);
  return counts.map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`).join(', ');
}

/**
 * Guidance beside a casualty record: the protocol alerts for the record at the current time, each with the
 * passage behind it, and the library passages that bear on each of the record's facts. Reads the record only.
 * Usage: `<record-guidance .record=${record}></record-guidance>` (the TXA and vitals rules count from the record's `time_of_injury`).
 */
@customElement('record-guidance')
export class RecordGuidance extends LitElement {
  static styles = [sharedStyles, guidanceStyles];

  @property({ attribute: false }) record?: TcccRecord;

  @state() private now = new Date();
  @state() private library?: Library;
  @state() private libraryError?: string;
  private timer?: ReturnType<typeof setInterval>;
  /** The alerts for `record` at `now`, worked out once per update. */
  private alerts: ProtocolAlert[] = [];
  /** Why the device's clock is in doubt, if it is (the time-based alerts then cannot be judged). */
  private doubt: string | undefined;
  private libraryOpening = false;

  connectedCallback(): void {
    super.connectedCallback();
    this.now = new Date();
    this.timer = setInterval(() => (this.now = new Date()), ALERT_REFRESH_MS);
  }

  protected willUpdate(): void {
    if (!this.record) return;
    this.doubt = clockDoubt(this.record, this.now, BUILD_TIME);
    this.alerts = evaluateAlerts(this.record, { now: this.now, clockInDoubt: this.doubt !== undefined });
    // The 144 KB passage index and its database open only once there is a passage to show: a new casualty (every
    // first start) has none, and its Record view then renders without that work on the page's main thread.
    if (
      !this.library &&
      !this.libraryOpening &&
      !this.libraryError &&
      (this.alerts.length > 0 || recordHasPassages(this.record))
    ) {
      this.libraryOpening = true;
      void this.openLibrary().finally(() => (this.libraryOpening = false));
    }
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  private async openLibrary(): Promise<void> {
    try {
      // Lazy: the index ships in its own chunk, loaded when guidance is first shown.
      const { loadLibrary } = await import('../../library/load-library.js');
      this.library = (await loadLibrary()).library;
    } catch (error) {
      this.libraryError = `The library could not be opened (${error instanceof Error ? error.message : String(error)}); alerts still work.`;
    }
  }

  render() {
    if (!this.record) return html`<p class="empty">No casualty record yet.</p>`;
    const { alerts, doubt } = this;
    return html`
      <section aria-labelledby="alerts-heading">
        <div class="alerts-head">
          <h2 id="alerts-heading">Protocol alerts <span class="as-of">at ${clockOf(this.now)}</span></h2>
          <!-- Only the count is live: the messages' minutes tick every refresh and would be announced each time. -->
          <p class="summary" aria-live="polite">${alertSummary(alerts)}</p>
        </div>
        ${
          doubt
            ? html`<p class="clock-doubt" role="alert">
                <strong>Check this device's clock:</strong> ${doubt}. Tourniquet time, the TXA window and vitals
                intervals cannot be judged until it is right.
              </p>`
            : nothing
        }
        ${
          alerts.length === 0
            ? nothing
            : html`<ul class="alerts">
                ${alerts.map((alert) => this.renderAlert(alert))}
              </ul>`
        }
        <p class="note">Alerts inform; they never change the record. Tap one for its passage.</p>
      </section>
      ${this.libraryError ? html`<p class="error" role="alert">${this.libraryError}</p>` : this.renderFactPassages(this.record)}
    `;
  }

  /** A compact chip: severity and message on one tap target; the tap opens the passage behind it. */
  private renderAlert(alert: ProtocolAlert) {
    const label = SEVERITY_LABEL[alert.severity];
    const passage = this.library?.get(alert.passageId);
    return html`
      <li class="alert is-${alert.severity}" data-rule=${alert.rule}>
        <details>
          <summary class="message">
            <span class="severity"><span aria-hidden="true">${label.icon}</span> ${label.text}</span>
            <span class="text">${alert.message}</span>
          </summary>
          <div class="alert-guidance">
            ${passage ? html`<passage-card .passage=${passage} open></passage-card>` : nothing}
            <a class="open-in-library" href=${libraryPassageHref(alert.passageId)}>Open in Library</a>
          </div>
        </details>
      </li>
    `;
  }

  private renderFactPassages(record: TcccRecord) {
    const needed = recordHasPassages(record);
    if (needed && !this.library) return html`<p class="empty">Loading guidance…</p>`;
    const facts = needed && this.library ? passagesForRecord(record, this.library) : [];
    const count = facts.reduce((n, f) => n + f.passages.length, 0);
    // Collapsed: on the kiosk the record's facts come first; the passages are a tap away.
    return html`
      <details class="fact-guidance">
        <summary class="fact-guidance-title">
          Guidance for this casualty <span class="as-of">&nbsp;· ${count} passage${count === 1 ? '' : 's'}</span>
        </summary>
        ${
          facts.length === 0
            ? html`<p class="empty">No injuries, interventions or medications recorded yet.</p>`
            : facts.map(
                ({ kind, fact, passages }) => html`
                  <div class="fact">
                    <h3><span class="kind">${kind}</span> ${fact}</h3>
                    <ul class="passages">
                      ${passages.map((passage) => html`<li><passage-card .passage=${passage}></passage-card></li>`)}
                    </ul>
                  </div>
                `,
              )
        }
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'record-guidance': RecordGuidance;
  }
}
