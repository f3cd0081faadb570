import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { collectText, type Engine } from '../../../engines/engine.js';
import { answerFromPassages, type Answer, type Generate } from '../../../library/answer.js';
import type { Library } from '../../../library/library.js';
import type { Passage } from '../../../library/passage.js';
import { watchApp } from '../../app-context.js';
import { queryTerms } from '../../guidance/highlight.js';
import '../../guidance/passage-card.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { libraryStyles } from './library-styles.js';

/** Enough for a few cited sentences; a longer answer from a small model only drifts. */
const ANSWER_MAX_TOKENS = 256;

/** The engine's text generator, or undefined for an engine that writes no free text (the rules engine). */
function generatorOf(engine: Engine | undefined): Generate | undefined {
  if (!engine || engine.id === 'rules') return undefined;
  return (prompt, signal) =>
    collectText(engine.generate(prompt, { signal, stream: false, maxTokens: ANSWER_MAX_TOKENS }));
}

/** Why the passages stand alone, in words, for each way an answer can end without model text. */
const REFUSAL_TEXT: Record<Extract<Answer, { kind: 'refused' }>['reason'], string> = {
  'no-passages': 'Nothing in the library matches this question.',
  declined: 'The model found no answer to this in the library passages. Read the closest passages below.',
  'no-citation': 'The model’s answer did not cite the library, so it is not shown. Read the passages below.',
  'unknown-citation':
    'The model’s answer cited a passage it was not given, so it is not shown. Read the passages below.',
};

type AskState =
  | { phase: 'idle' }
  | { phase: 'working'; question: string; controller: AbortController }
  | { phase: 'done'; question: string; answer: Answer; engineLabel: string; failure?: string };

/**
 * "Ask": retrieval first, then, when a language model is loaded, an answer written from the top passages only,
 * with citations; otherwise (rules engine, or the model fails) the passages themselves are the answer.
 */
@customElement('library-ask')
export class LibraryAsk extends LitElement {
  static styles = [
    sharedStyles,
    libraryStyles,
    css`
      .answer {
        padding: 0.75rem;
        border: 2px solid var(--accent);
        border-radius: 8px;
        white-space: pre-wrap;
      }
      .answer p {
        max-width: 70ch;
      }
      .cite {
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) library?: Library;
  @state() private ask: AskState = { phase: 'idle' };
  /** The app's current engine (the rules engine writes no answer: then the passages answer). */
  private readonly appEngine = watchApp(this, (app) => app.engines.engine);

  private get engine(): Engine {
    return this.appEngine.value.get();
  }

  disconnectedCallback(): void {
    if (this.ask.phase === 'working') this.ask.controller.abort();
    super.disconnectedCallback();
  }

  render() {
    const canWrite = generatorOf(this.engine) !== undefined;
    const working = this.ask.phase === 'working';
    return html`
      <form @submit=${this.onSubmit}>
        <label for="question">Ask a question</label>
        <div class="row">
          <input
            id="question"
            name="question"
            type="text"
            enterkeyhint="send"
            autocomplete="off"
            placeholder="e.g. how long can a TQ stay on?"
            ?disabled=${working}
          />
          ${
            working
              ? html`<button type="button" class="secondary" @click=${this.cancel}>Cancel</button>`
              : html`<button type="submit" ?disabled=${!this.library}>Ask</button>`
          }
        </div>
        <p class="status">
          ${
            canWrite
              ? `${this.engine.label} writes the answer from the top library passages only, citing them.`
              : 'No language model is loaded: the best-matching passages are the answer.'
          }
        </p>
      </form>
      ${this.renderAnswer()}
    `;
  }

  private renderAnswer() {
    const ask = this.ask;
    if (ask.phase === 'idle') return nothing;
    if (ask.phase === 'working')
      return html`<p class="status" role="status">Finding passages and writing an answer…</p>`;
    const { answer } = ask;
    const terms = queryTerms(ask.question);
    return html`
      <section aria-live="polite" aria-labelledby="answer-heading">
        <h2 id="answer-heading">${answer.kind === 'generated' ? 'Answer' : 'Passages'} for “${ask.question}”</h2>
        ${
          answer.kind === 'generated'
            ? html`
                <p><span class="label">Written by ${ask.engineLabel} from the passages below only</span></p>
                <div class="answer">${this.withCitations(answer.text)}</div>
                <p class="status">Check the answer against its sources.</p>
              `
            : answer.kind === 'passages'
              ? html`<p>
                    <span class="label"
                      >Answer: these library passages
                      (${ask.failure ? 'the model could not answer' : 'no language model loaded'})</span
                    >
                  </p>
                  ${ask.failure ? html`<p class="status">${ask.failure}</p>` : nothing}`
              : html`<p role="alert"><span class="label">No answer</span> ${REFUSAL_TEXT[answer.reason]}</p>`
        }
        <ol aria-label="Sources">
          ${answer.passages.map((passage, i) => this.renderSource(passage, i, terms, answer.kind !== 'refused' || i === 0))}
        </ol>
      </section>
    `;
  }

  private renderSource(passage: Passage, index: number, terms: string[], open: boolean) {
    return html`<li id=${`source-${index + 1}`}>
      <passage-card .passage=${passage} .terms=${terms} ?open=${open} prefix=${`[${index + 1}]`}></passage-card>
    </li>`;
  }

  /** Model text with each "[n]" shown as a citation mark; the text itself is never parsed as HTML. */
  private withCitations(text: string) {
    return text
      .split(/(\[\d+(?:\s*,\s*\d+)*\])/)
      .map((part) => (/^\[\d/.test(part) ? html`<span class="cite">${part}</span>` : part));
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('question') as HTMLInputElement;
    const question = input.value.trim();
    if (!question || !this.library || this.ask.phase === 'working') return;
    const engine = this.engine;
    const controller = new AbortController();
    this.ask = { phase: 'working', question, controller };
    const hits = this.library.search(question);
    let answer: Answer;
    let failure: string | undefined;
    try {
      answer = await answerFromPassages(question, hits, generatorOf(engine), controller.signal);
    } catch (error) {
      // A model that fails (or is cancelled) still leaves the retrieved passages, which are always a valid answer.
      failure =
        error instanceof Error && error.name === 'AbortError'
          ? 'You cancelled the model.'
          : `The model could not answer (${error instanceof Error ? error.message : String(error)}).`;
      answer = await answerFromPassages(question, hits);
      if (answer.kind === 'refused') failure = undefined;
    }
    this.ask = { phase: 'done', question, answer, engineLabel: engine?.label ?? 'no engine', failure };
  }

  private cancel(): void {
    if (this.ask.phase === 'working') this.ask.controller.abort();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'library-ask': LibraryAsk;
  }
}
