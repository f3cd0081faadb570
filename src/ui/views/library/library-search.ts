import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Library } from '../../../library/library.js';
import { splitByRelevance } from '../../../library/relevance.js';
import { queryTerms } from '../../guidance/highlight.js';
import '../../guidance/passage-card.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { libraryStyles } from './library-styles.js';

/** More than the Ask budget: a medic scanning results wants a screenful, not three. */
const SEARCH_RESULTS = 10;

/**
 * Search box and results, best first; searches as the medic types (the whole library takes well under a frame).
 * Only hits near the best one are listed at first; "Show more" lists the rest of the top ten.
 */
@customElement('library-search')
export class LibrarySearch extends LitElement {
  static styles = [sharedStyles, libraryStyles];

  /** Undefined while the index is opening: the box is there at once, and a query typed meanwhile is answered after. */
  @property({ attribute: false }) library?: Library;
  /** Bumped by the view when documents are added or removed, so the results are recomputed. */
  @property({ attribute: false }) revision = 0;
  @state() private query = '';
  /** "Show more" was tapped for this query; a new query starts at the relevant hits again. */
  @state() private showAll = false;

  render() {
    const { relevant, more } = splitByRelevance(this.library?.search(this.query, SEARCH_RESULTS) ?? []);
    const hits = this.showAll ? [...relevant, ...more] : relevant;
    const terms = queryTerms(this.query);
    return html`
      <form role="search" @submit=${(event: Event) => event.preventDefault()}>
        <label for="query">Search the library</label>
        <div class="row">
          <input
            id="query"
            type="search"
            enterkeyhint="search"
            autocomplete="off"
            placeholder="e.g. TQ conversion, NDC site, TXA dose"
            .value=${this.query}
            @input=${(event: InputEvent) => {
              this.query = (event.target as HTMLInputElement).value;
              this.showAll = false;
            }}
          />
        </div>
      </form>
      ${
        this.query.trim() && this.library
          ? html`
              <p class="status" role="status">
                ${hits.length === 0 ? `Nothing found for “${this.query.trim()}”.` : `${hits.length} passage${hits.length === 1 ? '' : 's'}, best match first. Tap one to read it.`}
              </p>
              <ol aria-label="Search results">
                ${hits.map(
                  (hit, i) =>
                    html`<li>
                      <passage-card .passage=${hit.passage} .terms=${terms} ?open=${i === 0}></passage-card>
                    </li>`,
                )}
              </ol>
              ${
                more.length && !this.showAll
                  ? html`<button type="button" class="secondary more" @click=${() => (this.showAll = true)}>
                      Show more: ${more.length} less relevant passage${more.length === 1 ? '' : 's'}
                    </button>`
                  : nothing
              }
            `
          : this.query.trim()
            ? html`<p class="status" role="status">Opening the library…</p>`
            : html`<p class="status">
                  Search the TCCC guidelines and your own documents, on this device. Abbreviations work: TQ, NDC, TXA,
                  HPMK…
                </p>
                <p class="status" role="status">
                  ${this.library ? `${this.library.size} passages.` : 'Opening the library…'}
                </p>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'library-search': LibrarySearch;
  }
}
