import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { boardRows, type BoardRow, type BoardRowCache } from '../../../app/board-row.js';
import { watchApp } from '../../app-context.js';
import { BUILD_TIME } from '../../build-time.js';
import { clockOf } from '../../casualties/casualty-label.js';
import { navigate } from '../../router.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';
import { boardCells, type BoardCell } from './board-cells.js';
import { boardStyles } from './board-styles.js';

/** The clocks on the board move this often, as the Record view's alerts do, so a tourniquet crossing 2 h shows. */
const BOARD_REFRESH_MS = 30_000;

/** A cell's class: its level, which colours it. */
const level = (c: BoardCell) => (c.level ? `is-${c.level}` : '');

/**
 * The casualty collection point board (#13.6): every casualty this device holds, one row each, most pressing first
 * (`app/board-row.ts`); live as casualties change here, in other tabs or on other devices, and as the clock moves.
 */
@customElement('board-view')
export class BoardView extends LitElement {
  static styles = [sharedStyles, viewStyles, boardStyles];

  @state() private now = new Date();
  private timer?: ReturnType<typeof setInterval>;
  /** Rows of casualties unchanged since the last render in the same minute are not worked out again. */
  private readonly rowCache: BoardRowCache = new WeakMap();
  private readonly workspace = watchApp(this, (app) => app.casualties);

  connectedCallback(): void {
    super.connectedCallback();
    this.now = new Date();
    this.timer = setInterval(() => (this.now = new Date()), BOARD_REFRESH_MS);
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  /** Opens a casualty's record from its row. */
  private open(id: string): void {
    this.workspace.value.select(id);
    navigate('/record');
  }

  render() {
    const { casualties, loaded } = this.workspace.value;
    const rows = boardRows(casualties, this.now, BUILD_TIME, this.rowCache);
    return html`
      <h1>Board</h1>
      <p class="as-of" aria-live="polite">
        ${loaded ? `${rows.length} ${rows.length === 1 ? 'casualty' : 'casualties'}` : 'Reading casualties…'}, at
        ${clockOf(this.now)}
      </p>
      <div class="scroller" role="region" aria-labelledby="board-caption" tabindex="0">
        <table>
          <caption id="board-caption">
            Casualties by evacuation priority, then time since injury
          </caption>
          <colgroup>
            <col class="casualty" />
            <col class="priority" />
            <col class="since" />
            <col class="tourniquet" />
            <col class="txa" />
            <col class="vitals" />
            <col class="evac" />
            <col class="device" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Casualty</th>
              <th scope="col">Priority</th>
              <th scope="col">Since injury</th>
              <th scope="col">Tourniquet</th>
              <th scope="col">TXA (3 h)</th>
              <th scope="col">Latest vitals</th>
              <th scope="col">9-line</th>
              <th scope="col">Device</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((row) => this.renderRow(row))}
          </tbody>
        </table>
      </div>
      ${loaded && rows.length === 0 ? html`<p>No casualties on this device yet.</p>` : nothing}
    `;
  }

  /** One template per row, its cells inline: a template per cell made a 200-row board render markedly slower. */
  private renderRow(row: BoardRow) {
    const c = boardCells(row);
    return html`<tr data-id=${row.id}>
      <th scope="row">
        <a href="/record" @click=${(e: Event) => (e.preventDefault(), this.open(row.id))}>${c.casualty}</a>
      </th>
      <td class=${level(c.priority)}>${c.priority.text}</td>
      <td class=${level(c.sinceInjury)}>${c.sinceInjury.text}</td>
      <td class=${level(c.tourniquet)}>${c.tourniquet.text}</td>
      <td class=${level(c.txa)}>${c.txa.text}</td>
      <td class=${level(c.vitals)}>${c.vitals.text}</td>
      <td class=${level(c.evac)}>${c.evac.text}</td>
      <td>${c.recordedBy}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'board-view': BoardView;
  }
}
