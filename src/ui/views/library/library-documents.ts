import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LoadedLibrary } from '../../../library/load-library.js';
import { userDocumentPassages, type UserDocument } from '../../../library/user-document-passages.js';
import { dateClockOf } from '../../casualties/casualty-label.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { libraryStyles } from './library-styles.js';

/** Fired (bubbling out of the view's shadow root) after a document is added or deleted. */
export const LIBRARY_CHANGED = 'library-changed';

const formatOf = (fileName: string): UserDocument['format'] =>
  /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
const titleOf = (fileName: string) =>
  fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();

/** The medic's own documents: add one (pasted or from a file), list them, delete one. Stored on this device only. */
@customElement('library-documents')
export class LibraryDocuments extends LitElement {
  static styles = [
    sharedStyles,
    libraryStyles,
    css`
      .document {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--rule);
        border-radius: 8px;
      }
      .document .name {
        flex: 1 1 14rem;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      button.danger {
        border-color: #991b1b;
        background: #991b1b;
      }
      .file-label {
        display: inline-flex;
        align-items: center;
        cursor: pointer;
      }
      .file-label input {
        position: absolute;
        width: 1px;
        height: 1px;
        opacity: 0;
      }
      .file-label:focus-within {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
    `,
  ];

  @property({ attribute: false }) loaded?: LoadedLibrary;
  @state() private draftTitle = '';
  @state() private draftText = '';
  @state() private format: UserDocument['format'] = 'markdown';
  @state() private message?: { error: boolean; text: string };
  @state() private confirming?: string;
  @state() private busy = false;

  render() {
    const documents = this.loaded?.documents ?? [];
    return html`
      <h2>Stored on this device</h2>
      ${
        documents.length === 0
          ? html`<p class="status">
              None yet. Documents you add are kept on this device and searched with the library.
            </p>`
          : html`<ul aria-label="Your documents">
              ${documents.map((document) => this.renderDocument(document))}
            </ul>`
      }
      <h2>Add a document</h2>
      <form @submit=${this.onSubmit}>
        <label for="doc-title">Title</label>
        <input
          id="doc-title"
          type="text"
          autocomplete="off"
          required
          .value=${this.draftTitle}
          @input=${(e: Event) => (this.draftTitle = (e.target as HTMLInputElement).value)}
        />
        <label for="doc-text">Text (Markdown or plain text: paste it, or choose a file)</label>
        <textarea
          id="doc-text"
          required
          .value=${this.draftText}
          @input=${(e: Event) => (this.draftText = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <div class="actions">
          <label class="button secondary file-label">
            Choose a file…
            <input type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" @change=${this.onFile} />
          </label>
          <select
            aria-label="Format"
            .value=${this.format}
            @change=${(e: Event) => (this.format = (e.target as HTMLSelectElement).value as UserDocument['format'])}
          >
            <option value="markdown">Markdown</option>
            <option value="text">Plain text</option>
          </select>
          <button type="submit" ?disabled=${!this.loaded || this.busy}>Add to library</button>
        </div>
        ${this.message ? html`<p class=${this.message.error ? 'error' : 'status'} role=${this.message.error ? 'alert' : 'status'}>${this.message.text}</p>` : nothing}
      </form>
    `;
  }

  private renderDocument(document: UserDocument) {
    const passages = userDocumentPassages(document).length;
    const added = dateClockOf(document.addedAt);
    return html`
      <li class="document">
        <span class="name"
          ><strong>${document.title}</strong><br /><span class="status"
            >${passages} passage${passages === 1 ? '' : 's'} · added ${added}</span
          ></span
        >
        <span class="actions">
          ${
            this.confirming === document.id
              ? html`
                  <button type="button" class="danger" @click=${() => this.deleteDocument(document)}>
                    Delete “${document.title}”
                  </button>
                  <button type="button" class="secondary" @click=${() => (this.confirming = undefined)}>Keep</button>
                `
              : html`<button
                  type="button"
                  class="secondary"
                  aria-label=${`Delete ${document.title}`}
                  @click=${() => (this.confirming = document.id)}
                >
                  Delete
                </button>`
          }
        </span>
      </li>
    `;
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      this.draftText = await file.text();
      this.format = formatOf(file.name);
      if (!this.draftTitle.trim()) this.draftTitle = titleOf(file.name);
      this.message = { error: false, text: `Read ${file.name}. Check the title, then add it.` };
    } catch (error) {
      this.message = { error: true, text: `${file.name} could not be read (${String(error)}).` };
    }
    input.value = ''; // so picking the same file again fires change
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.loaded || this.busy) return;
    this.busy = true;
    try {
      const document = await this.loaded.addDocument({
        title: this.draftTitle,
        text: this.draftText,
        format: this.format,
      });
      this.draftTitle = '';
      this.draftText = '';
      this.message = { error: false, text: `Added “${document.title}”; search finds it now.` };
      this.changed();
    } catch (error) {
      this.message = { error: true, text: error instanceof Error ? error.message : String(error) };
    } finally {
      this.busy = false;
    }
  }

  private async deleteDocument(document: UserDocument): Promise<void> {
    if (!this.loaded) return;
    this.confirming = undefined;
    try {
      await this.loaded.removeDocument(document.id);
      this.message = { error: false, text: `Deleted “${document.title}”.` };
      this.changed();
    } catch (error) {
      this.message = {
        error: true,
        text: `“${document.title}” could not be deleted (${error instanceof Error ? error.message : String(error)}).`,
      };
    }
  }

  private changed(): void {
    this.requestUpdate();
    this.dispatchEvent(new Event(LIBRARY_CHANGED, { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'library-documents': LibraryDocuments;
  }
}
