import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  MAX_NARRATIVE_CHARS,
  recordFacts,
  recordOf,
  summaryOf,
  unsavedPieces,
  type Casualty,
} from '../../../records/index.js';
import type { PiecePart } from '../../../tccc/rules/casualties.js';
import { MODULE_URLS } from 'virtual:module-urls';
import { preloadModules } from '../../module-preload/preload-modules.js';
import '../../casualties/casualty-bar.js';
import { casualtyTitle, clockOf } from '../../casualties/casualty-label.js';
import { viewTopStyles } from '../../casualties/view-top-styles.js';
import { watchApp } from '../../app-context.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { timelineStyles } from '../../styles/timeline-styles.js';
import './dictate-button.js';
import type { DictateButton } from './dictate-button.js';
import { viewStyles } from '../../styles/view-styles.js';
import './casualty-split-offer.js';
import type { SplitConfirmEvent } from './casualty-split-offer.js';
import { captureStyles } from './capture-styles.js';
import type { DictationAudio } from './dictation-recorder.js';
import {
  draftAdded,
  draftEdited,
  dropPurgedRecordings,
  keepDictationRecording,
  recordingProblem,
} from './draft-recordings.js';

const timeOfEntry = (iso: string) => `${clockOf(iso)}:${String(new Date(iso).getSeconds()).padStart(2, '0')}`;

const DRAFT_PLACEHOLDER = 'e.g. GSW left thigh at 14:05, tourniquet high and tight 14:07, pulse 120…';

/**
 * Capture: the medic types or pastes the narrative in pieces. The draft is saved as it is typed;
 * "Add to record" appends it to the casualty's timeline and re-extracts the whole narrative. A piece that covers
 * several casualties is not added as it is: Capture says so and the medic files each part on its casualty.
 */
@customElement('capture-view')
export class CaptureView extends LitElement {
  static styles = [sharedStyles, viewStyles, viewTopStyles, timelineStyles, captureStyles];

  @query('textarea') private textarea!: HTMLTextAreaElement;
  /** Why the last "Add to record" was refused (the narrative would pass its size cap). */
  @state() private refused: string | undefined;
  private readonly workspace = watchApp(this, (app) => app.casualties);
  private get state() {
    return this.workspace.value;
  }
  /** The parts of the piece being filed, while the medic chooses a casualty for each. */
  @state() private offer: PiecePart[] | undefined;

  connectedCallback(): void {
    super.connectedCallback();
    dropPurgedRecordings(this.state);
  }

  // The rules engine's casualty split is most of the app's code: not on the view's critical path, and running its
  // modules is one long task, so it runs at the first "Add". But it is fetched once the view is on screen (fetched,
  // not run), and so is the rules engine that reads the piece then: "Add" still works when the network went away
  // since, on a tablet whose service worker has not taken over yet.
  private splitter: Promise<typeof import('../../../tccc/rules/casualties.js')> | undefined;
  private loadSplitter() {
    this.splitter ??= import('../../../tccc/rules/casualties.js').catch((error: unknown) => {
      this.splitter = undefined; // tried again at the next add
      throw error;
    });
    return this.splitter;
  }

  protected firstUpdated(): void {
    const fetchAhead = () => preloadModules([...MODULE_URLS.casualtySplit, ...MODULE_URLS.rulesEngine]);
    if ('requestIdleCallback' in window) requestIdleCallback(fetchAhead, { timeout: 2000 });
    else setTimeout(fetchAhead, 200);
  }

  private onInput(event: InputEvent): void {
    const id = this.state.currentId;
    this.refused = undefined; // the medic is shortening the piece
    if (id) this.state.setDraft(id, (event.target as HTMLTextAreaElement).value);
    if (id) draftEdited(this.state, id, (event.target as HTMLTextAreaElement).value);
  }

  private async add(event: Event): Promise<void> {
    event.preventDefault();
    // Added while still dictating: the dictation ends first, so its last words and its recording go with this piece.
    await this.renderRoot.querySelector<DictateButton>('dictate-button')?.finish();
    await this.updateComplete;
    const id = this.state.currentId;
    if (!id) return;
    const { pieceParts } = await this.loadSplitter();
    const parts = pieceParts(this.textarea.value);
    if (parts.length > 0) {
      this.offer = parts;
      return;
    }
    const text = this.textarea.value;
    this.refused = this.workspace.app.narrative.addPiece(id, text);
    if (!this.refused && text.trim()) draftAdded(this.state, id);
    this.textarea.focus();
  }

  /** Files each part on the casualty the medic chose (creating those asked for), then clears the draft. */
  private fileParts(event: SplitConfirmEvent, from: string): void {
    let refused: string | undefined;
    for (const { part, target } of event.filed) {
      if (target.kind === 'leave-out') continue;
      const id = target.kind === 'new' ? this.state.create().id : target.id;
      refused ??= this.workspace.app.narrative.addPiece(id, part.text);
    }
    this.refused = refused;
    // A refused part (its casualty's narrative is full) keeps the draft, so nothing typed is lost.
    if (!refused) this.state.setDraft(from, '');
    if (!refused)
      draftAdded(
        this.state,
        from,
        event.filed.some(({ target }) => target.kind === 'casualty' && target.id === from),
      );
    this.state.select(from);
    this.offer = undefined;
  }

  /** The draft as it was when dictation started: dictated text is written after it, growing as it is recognised. */
  private dictationBase = '';

  private onDictation(event: Event): void {
    const id = this.state.currentId;
    if (!id) return;
    if (event.type === 'dictation-start') this.dictationBase = this.textarea.value.trimEnd();
    else if (event.type === 'dictation-end')
      keepDictationRecording(this.state, id, (event as CustomEvent<{ audio?: DictationAudio }>).detail.audio);
    else
      this.state.setDraft(
        id,
        [this.dictationBase, (event as CustomEvent<{ text: string }>).detail.text].filter(Boolean).join(' '),
      );
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void this.add(event);
  }

  render() {
    const c = this.state.current;
    return html`
      <div class="top">
        <h1>Capture</h1>
        <casualty-bar></casualty-bar>
      </div>
      ${c ? this.renderCapture(c) : this.state.loaded ? nothing : this.renderOpening()}
    `;
  }

  /**
   * The form as it will be, drawn at once while the casualties open (in their worker, a moment after the first paint):
   * the medic sees where to write from the start, and nothing moves when the store answers.
   */
  private renderOpening() {
    return html`
      <form aria-busy="true" @submit=${(event: Event) => event.preventDefault()}>
        <label for="draft">What happened, what you found, what you did</label>
        <textarea id="draft" disabled placeholder=${DRAFT_PLACEHOLDER}></textarea>
        <div class="actions"><button class="add" type="submit" disabled>Add to record</button></div>
      </form>
    `;
  }

  private renderCapture(c: Casualty) {
    const facts = recordFacts(recordOf(c)).length;
    const failure = this.workspace.app.narrative.extractionFailure(c.id);
    // A piece shows as added only once storage holds it (a power cut then cannot lose it).
    const unsaved = unsavedPieces(c, this.state.storedVersion(c.id));
    const draftFull = (c.draft ?? '').length >= MAX_NARRATIVE_CHARS;
    return html`
      <form @submit=${this.add}>
        <label for="draft">What happened, what you found, what you did</label>
        <textarea
          id="draft"
          .value=${live(c.draft ?? '')}
          maxlength=${MAX_NARRATIVE_CHARS}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          placeholder=${DRAFT_PLACEHOLDER}
          autocomplete="off"
          spellcheck="false"
        ></textarea>
        <div class="actions">
          <button class="add" type="submit">Add to record</button>
          <dictate-button
            @dictation-start=${this.onDictation}
            @dictation-text=${this.onDictation}
            @dictation-end=${this.onDictation}
          ></dictate-button>
          <span class="status" role="status">
            ${
              this.workspace.app.narrative.isExtracting(c.id)
                ? 'Reading the narrative…'
                : c.timeline.length
                  ? html`${facts} ${facts === 1 ? 'fact' : 'facts'} in the record.
                      <a href="/record">Review the record</a>`
                  : 'Nothing added yet. Your typing is saved as you go.'
            }
          </span>
        </div>
        ${failure ? html`<p class="failure" role="alert">Extraction failed: ${failure}. The narrative is saved; add to it to try again.</p>` : nothing}
        ${this.refused ? html`<p class="failure" role="alert">${this.refused}</p>` : nothing}
        ${recordingProblem() ? html`<p class="failure" role="alert">${recordingProblem()}</p>` : nothing}
        ${
          draftFull
            ? html`<p class="failure" role="alert">
                The text box holds at most ${MAX_NARRATIVE_CHARS.toLocaleString('en-US')} characters; anything pasted
                beyond that was not taken.
              </p>`
            : nothing
        }
      </form>
      ${
        this.offer
          ? html`<casualty-split-offer
              .parts=${this.offer}
              .casualties=${this.state.casualties.map((k) => ({ id: k.id, label: casualtyTitle(summaryOf(k), k.createdAt) }))}
              .currentId=${c.id}
              @split-confirm=${(e: SplitConfirmEvent) => this.fileParts(e, c.id)}
              @split-cancel=${() => (this.offer = undefined)}
            ></casualty-split-offer>`
          : nothing
      }
      <h2>Narrative (${c.timeline.length} ${c.timeline.length === 1 ? 'piece' : 'pieces'})</h2>
      ${
        c.timeline.length
          ? html`<ol aria-label="Narrative timeline">
              ${c.timeline.map(
                (entry, i) =>
                  html`<li data-saved=${!unsaved.has(i)}>
                    <time datetime=${entry.at}>${unsaved.has(i) ? 'Saving…' : timeOfEntry(entry.at)}</time
                    ><span class="piece">${entry.text}</span>
                  </li>`,
              )}
            </ol>`
          : html`<p class="hint">Each piece you add appears here with the time you added it.</p>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'capture-view': CaptureView;
  }
}
