import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { LoadedLibrary } from '../../../library/load-library.js';
import type { Passage } from '../../../library/passage.js';
import '../../guidance/passage-card.js';
import { firstViewShown } from '../../first-view.js';
import { onRouteChange } from '../../router.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';
import './library-ask.js';
import './library-documents.js';
import { LIBRARY_CHANGED } from './library-documents.js';
import './library-search.js';
import { libraryStyles } from './library-styles.js';

type Tab = 'search' | 'ask' | 'documents';
const TABS: { id: Tab; label: string }[] = [
  { id: 'search', label: 'Search' },
  { id: 'ask', label: 'Ask' },
  { id: 'documents', label: 'Your documents' },
];

/**
 * Library: search the TCCC passages and the medic's own documents, ask a question answered from them,
 * add and delete documents. `/library?passage=<id>` opens one passage (the alerts link here).
 * View contract: src/ui/routes.ts.
 */
@customElement('library-view')
export class LibraryView extends LitElement {
  static styles = [
    sharedStyles,
    viewStyles,
    libraryStyles,
    css`
      /* Title and tabs share a row: the 600 px kiosk screen keeps its height for results. */
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: 0.25rem 1.5rem;
        margin: 0 0 0.75rem;
        border-bottom: 2px solid var(--rule);
      }
      .head h1 {
        margin: 0 0 0.375rem;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      [role='tab'] {
        border-radius: 8px 8px 0 0;
        border-bottom-width: 0;
        background: var(--surface);
        color: var(--accent);
      }
      [role='tab'][aria-selected='true'] {
        background: var(--accent);
        color: var(--on-accent);
      }
      .opened {
        margin: 0 0 1rem;
      }
      .opened-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
      }
    `,
  ];

  @state() private loaded?: LoadedLibrary;
  @state() private loadError?: string;
  @state() private tab: Tab = 'search';
  /** Bumped when documents change, so search results are recomputed. */
  @state() private revision = 0;
  /** The passage named by `?passage=`, shown above the search. */
  @state() private opened?: Passage;
  @state() private openedMissing?: string;
  private unsubscribe?: () => void;

  connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onRouteChange(() => this.readLocation());
    this.addEventListener(LIBRARY_CHANGED, this.onLibraryChanged);
    void this.open();
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
    this.removeEventListener(LIBRARY_CHANGED, this.onLibraryChanged);
    super.disconnectedCallback();
  }

  private readonly onLibraryChanged = (): void => {
    this.revision++;
  };

  private async open(): Promise<void> {
    try {
      // Lazy, so the index and IndexedDB open only when the Library is visited; and, when the Library is the first
      // view, once its search box is painted: the index's chunk and its building would otherwise delay that paint.
      await firstViewShown;
      const { loadLibrary } = await import('../../../library/load-library.js');
      this.loaded = await loadLibrary();
      this.readLocation();
    } catch (error) {
      this.loadError = `The library could not be opened: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** Shows the passage `?passage=<id>` names, when the Library is the current page. */
  private readLocation(): void {
    if (!this.loaded || location.pathname.replace(/\/+$/, '') !== '/library') return;
    const id = new URLSearchParams(location.search).get('passage');
    if (!id) return;
    this.opened = this.loaded.library.get(id);
    this.openedMissing = this.opened ? undefined : id;
    this.tab = 'search';
  }

  render() {
    return html`
      <div class="head">
        <h1>Library</h1>
        ${this.loadError ? nothing : this.renderTabs()}
      </div>
      ${this.loadError ? html`<p class="error" role="alert">${this.loadError}</p>` : this.renderPanels(this.loaded)}
    `;
  }

  private renderTabs() {
    return html`
      <div role="tablist" aria-label="Library" @keydown=${this.onTabKey}>
        ${TABS.map(
          ({ id, label }) =>
            html`<button
              type="button"
              role="tab"
              id=${`tab-${id}`}
              aria-controls=${`panel-${id}`}
              aria-selected=${this.tab === id ? 'true' : 'false'}
              tabindex=${this.tab === id ? 0 : -1}
              @click=${() => (this.tab = id)}
            >
              ${label}
            </button>`,
        )}
      </div>
    `;
  }

  /**
   * The tabs' panels. The search box is there before the index and the documents are open (the first
   * screen waits for no lazy chunk, and a query typed meanwhile is answered once they are).
   */
  private renderPanels(loaded: LoadedLibrary | undefined) {
    const opening = html`<p class="status" role="status">Opening the library…</p>`;
    return html`
      <div role="tabpanel" id="panel-search" aria-labelledby="tab-search" ?hidden=${this.tab !== 'search'}>
        ${this.renderOpened()}
        <library-search .library=${loaded?.library} .revision=${this.revision}></library-search>
      </div>
      <div role="tabpanel" id="panel-ask" aria-labelledby="tab-ask" ?hidden=${this.tab !== 'ask'}>
        ${loaded ? html`<library-ask .library=${loaded.library}></library-ask>` : opening}
      </div>
      <div role="tabpanel" id="panel-documents" aria-labelledby="tab-documents" ?hidden=${this.tab !== 'documents'}>
        ${loaded ? html`<library-documents .loaded=${loaded}></library-documents>` : opening}
      </div>
    `;
  }

  private renderOpened() {
    if (this.openedMissing)
      return html`<p class="error" role="alert">The passage “${this.openedMissing}” is not in the library.</p>`;
    if (!this.opened) return nothing;
    return html`
      <section class="opened" aria-label="Opened passage">
        <div class="opened-head">
          <h2>Opened passage</h2>
          <button type="button" class="secondary" @click=${this.closeOpened}>Close</button>
        </div>
        <passage-card .passage=${this.opened} open></passage-card>
      </section>
    `;
  }

  /** Drops `?passage=` too, so a reload does not bring the passage back. */
  private closeOpened(): void {
    this.opened = undefined;
    history.replaceState(history.state, '', location.pathname);
  }

  /** Arrow keys move between tabs, as the ARIA tabs pattern expects. */
  private onTabKey(event: KeyboardEvent): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const index = (TABS.findIndex((tab) => tab.id === this.tab) + step + TABS.length) % TABS.length;
    this.tab = TABS[index].id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'library-view': LibraryView;
  }
}
