import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
// Not the records index, which also brings the exports and the record validator (see vite.config.ts).
import { summaryOf, type Casualty } from '../../records/casualty.js';
import { UNDO_WINDOW_MS } from '../../records/db.js';
import { navigate } from '../router.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { casualtyBarStyles } from './casualty-bar-styles.js';
import { casualtyDetail, casualtyTitle } from './casualty-label.js';
import { watchApp } from '../app-context.js';

// Only a failure is announced: Saving…/Saved on every keystroke would drown a screen reader.
const SAVE_WORDS = { saved: 'Saved', saving: 'Saving…', failed: 'NOT SAVED' } as const;

const titleOf = (c: Casualty) => casualtyTitle(summaryOf(c), c.createdAt);

/**
 * The casualty the medic is working on, with the roster of all casualties: switch, start a new one
 * in one tap, delete with confirmation and undo. Shows the save state and any storage problem.
 */
@customElement('casualty-bar')
export class CasualtyBar extends LitElement {
  static styles = [sharedStyles, casualtyBarStyles];

  @state() private open = false;
  /** The casualty whose delete is waiting for the medic's confirmation. */
  @state() private confirming: string | undefined;
  private readonly workspace = watchApp(this, (app) => app.casualties);
  private get state() {
    return this.workspace.value;
  }

  private startNew(): void {
    this.state.create();
    this.open = false;
    navigate('/capture');
  }

  private pick(id: string): void {
    this.state.select(id);
    this.open = false;
  }

  private async confirmDelete(id: string): Promise<void> {
    this.confirming = undefined;
    await this.state.remove(id);
  }

  render() {
    const { current, casualties, problem, saveState } = this.state;
    const undoable = this.state.deleted.filter((c) => Date.parse(c.deletedAt!) > Date.now() - UNDO_WINDOW_MS);
    const lastDeleted = undoable.at(-1);
    return html`
      ${problem ? html`<p class="problem" role="alert">${problem}</p>` : nothing}
      <div class="bar">
        <button
          class="secondary roster"
          aria-expanded=${this.open}
          aria-controls="roster"
          @click=${() => (this.open = !this.open)}
        >
          Casualties (${casualties.length}) ${this.open ? '▴' : '▾'}
        </button>
        <div class="current" aria-live="polite">
          ${
            current
              ? html`<strong class="title">${titleOf(current)}</strong
                  ><span class="detail">${casualtyDetail(summaryOf(current))}</span>`
              : html`<strong class="title"
                  >${this.state.loaded ? 'No casualty open: tap “+ New casualty” to start one' : 'Loading casualties…'}</strong
                >`
          }
        </div>
        ${
          saveState === 'failed'
            ? html`<span class="save failed" data-save-state="failed" role="alert">${SAVE_WORDS.failed}</span>`
            : html`<span class="save ${saveState}" data-save-state=${saveState} aria-hidden="true"
                >${SAVE_WORDS[saveState]}</span
              >`
        }
        <button class="new" @click=${this.startNew}>+ New casualty</button>
      </div>
      ${
        lastDeleted && !this.open
          ? html`<p class="undo" role="status">
              Deleted ${titleOf(lastDeleted)}.
              <button class="secondary" @click=${() => this.state.undoDelete(lastDeleted.id)}>Undo delete</button>
            </p>`
          : nothing
      }
      ${this.open ? this.renderRoster(casualties, undoable) : nothing}
    `;
  }

  private renderRoster(casualties: Casualty[], undoable: Casualty[]) {
    return html`
      <section id="roster" aria-label="Casualties">
        <ol>
          ${casualties.map((c) => {
            const summary = summaryOf(c);
            const isCurrent = c.id === this.state.currentId;
            return html`<li class=${isCurrent ? 'is-current' : ''}>
              <button
                class="pick secondary"
                aria-current=${isCurrent ? 'true' : 'false'}
                @click=${() => this.pick(c.id)}
              >
                <span class="title">${titleOf(c)}</span>
                <span class="detail">${casualtyDetail(summary)}</span>
              </button>
              ${
                this.confirming === c.id
                  ? html`<span class="confirm" role="alert">
                      Delete ${titleOf(c)}? You can undo for ${UNDO_WINDOW_MS / 60000} minutes.
                      <button class="danger" @click=${() => this.confirmDelete(c.id)}>Yes, delete</button>
                      <button class="secondary" @click=${() => (this.confirming = undefined)}>Keep</button>
                    </span>`
                  : html`<button
                      class="secondary delete"
                      aria-label=${`Delete ${titleOf(c)}`}
                      @click=${() => (this.confirming = c.id)}
                    >
                      Delete
                    </button>`
              }
            </li>`;
          })}
        </ol>
        ${
          undoable.length
            ? html`<h2>Recently deleted</h2>
                <ul>
                  ${undoable.map(
                    (c) =>
                      html`<li>
                        <span class="title">${titleOf(c)}</span>
                        <button class="secondary" @click=${() => this.state.undoDelete(c.id)}>Undo delete</button>
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'casualty-bar': CasualtyBar;
  }
}
