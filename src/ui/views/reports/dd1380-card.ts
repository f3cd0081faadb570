import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TcccRecord } from '../../../tccc/record.js';
import { BLANK, type CardBox, type CardEntry, type CasualtyCard } from '../../../tccc/reports/index.js';
import { words } from '../../../tccc/reports/labels.js';
import '../../body-diagram/body-diagram.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { cardStyles } from './dd1380-card-styles.js';

const box = (b: CardBox) =>
  html`<span class="box ${b.checked ? 'on' : ''}"
    ><span class="mark" aria-hidden="true">${b.checked ? '✕' : ''}</span
    >${b.label}${b.checked ? html`<span class="sr"> (checked)</span>` : nothing}</span
  >`;
const entry = (e: CardEntry) => words(e.label, e.location, e.amount, e.route, e.time);
const list = (entries: CardEntry[]) =>
  entries.length ? entries.map((e) => html`<li>${entry(e)}</li>`) : html`<li class="blank">${BLANK}</li>`;
const cell = (v: string | number | undefined) => (v === undefined || v === '' ? BLANK : String(v));

/**
 * DD Form 1380 as its two printed faces: identification, mechanism, the body diagram (drawn from `record`)
 * with the injuries and tourniquets in words beside it, and signs on the front; treatments by MARCH,
 * medications, other and notes on the back. With the `print` attribute each face is the card's 4 x 7 in.
 */
@customElement('dd1380-card')
export class Dd1380Card extends LitElement {
  static styles = [sharedStyles, cardStyles];

  @property({ attribute: false }) card!: CasualtyCard;
  /** The record the card was built from: the body diagram marks its injuries and treatments. */
  @property({ attribute: false }) record: TcccRecord = {};

  render() {
    const c = this.card;
    if (!c) return nothing;
    const sex = c.sex ? (c.sex === 'male' ? 'M' : 'F') : BLANK;
    return html`
      <section class="face" aria-label="Card front">
        <h2>TCCC CASUALTY CARD <small>DD FORM 1380</small></h2>
        <div class="row"><span class="k">BATTLE ROSTER #</span><span class="v">${cell(c.battleRoster)}</span></div>
        <div class="row">
          <span class="k">EVAC</span
          ><span class="boxes">${c.evacBoxes.map(box)}</span
          >${c.evac === 'urgent_surgical' ? html`<span class="v">(Urgent surgical)</span>` : nothing}
        </div>
        <div class="row"><span class="k">NAME</span><span class="v">${cell(c.name)}</span></div>
        <div class="row trio">
          <span><span class="k">SEX</span> <span class="v">${sex}</span></span>
          <span><span class="k">DATE</span> <span class="v">${cell(c.date)}</span></span>
          <span><span class="k">TIME</span> <span class="v">${cell(c.time)}</span></span>
        </div>
        <div class="row"><span class="k">UNIT</span><span class="v">${cell(c.unit)}</span></div>
        <div class="row"><span class="k">ALLERGIES</span><span class="v">${cell(c.allergies)}</span></div>
        <h3>MECHANISM OF INJURY</h3>
        <div class="boxes mech">${c.mechanisms.map(box)}</div>
        ${c.mechanismOther.length ? html`<div class="row"><span class="k">Other</span><span class="v">${c.mechanismOther.join(', ')}</span></div>` : nothing}
        <h3>INJURY</h3>
        <div class="diagram-row">
          <body-diagram .record=${this.record}></body-diagram>
          <div class="beside">
            <ul class="injuries">
              ${
                c.injuries.length
                  ? c.injuries.map(
                      (r) =>
                        html`<li>
                          <span class="k">${r.label}${r.view === 'back' ? ' (back)' : ''}</span>
                          ${r.injuries.map((i) => i.label).join(', ')}
                        </li>`,
                    )
                  : html`<li class="blank">${BLANK}</li>`
              }
            </ul>
            <h4>TQ</h4>
            <ul>
              ${
                c.tourniquets.length
                  ? c.tourniquets.map(
                      (t) =>
                        html`<li>
                          ${words(t.locationLabel ?? 'site not stated', t.type)}
                          <span class="k">TIME</span> ${t.time ?? 'not stated'}
                        </li>`,
                    )
                  : html`<li class="blank">${BLANK}</li>`
              }
            </ul>
          </div>
        </div>
        <h3>SIGNS &amp; SYMPTOMS</h3>
        <table>
          <thead>
            <tr>
              <th>Time</th>
              <th>Pulse</th>
              <th>BP</th>
              <th>RR</th>
              <th>SpO2</th>
              <th>AVPU</th>
              <th>Pain</th>
            </tr>
          </thead>
          <tbody>
            ${
              c.vitals.length
                ? c.vitals.map(
                    (v) =>
                      html`<tr>
                        <td>${cell(v.time)}</td>
                        <td>${cell(v.pulse)}</td>
                        <td>${cell(v.bp)}</td>
                        <td>${cell(v.resp_rate)}</td>
                        <td>${cell(v.spo2)}</td>
                        <td>${cell(v.avpu)}</td>
                        <td>${cell(v.pain)}</td>
                      </tr>`,
                  )
                : html`<tr>
                    <td colspan="7" class="blank">${BLANK}</td>
                  </tr>`
            }
          </tbody>
        </table>
      </section>
      <section class="face" aria-label="Card back">
        <h3>TREATMENTS</h3>
        <dl class="march">
          <dt>M</dt>
          <dd>
            <ul>
              ${list(c.treatments.massiveHemorrhage)}
            </ul>
          </dd>
          <dt>A</dt>
          <dd>
            <ul>
              ${list(c.treatments.airway)}
            </ul>
          </dd>
          <dt>R</dt>
          <dd>
            <ul>
              ${list(c.treatments.respiration)}
            </ul>
          </dd>
          <dt>C</dt>
          <dd>
            <ul>
              ${list(c.treatments.circulation)}
            </ul>
          </dd>
        </dl>
        <h3>MEDS</h3>
        <dl class="meds">
          <dt>Analgesic</dt>
          <dd>
            <ul>
              ${list(c.medications.analgesic)}
            </ul>
          </dd>
          <dt>Antibiotic</dt>
          <dd>
            <ul>
              ${list(c.medications.antibiotic)}
            </ul>
          </dd>
          <dt>Other</dt>
          <dd>
            <ul>
              ${list(c.medications.other)}
            </ul>
          </dd>
        </dl>
        <h3>OTHER</h3>
        <ul>
          ${list(c.other)}
        </ul>
        <h3>NOTES</h3>
        <ul class="notes">
          ${c.notes.length ? c.notes.map((n) => html`<li>${n}</li>`) : html`<li class="blank">${BLANK}</li>`}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dd1380-card': Dd1380Card;
  }
}
