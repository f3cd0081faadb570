import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';

/** Library: placeholder until its feature lands (view contract: src/ui/routes.ts). */
@customElement('library-view')
export class LibraryView extends LitElement {
  static styles = [sharedStyles, viewStyles];

  render() {
    return html`
      <h1>Library</h1>
      <p class="lead">Search the TCCC reference documents stored on this device.</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'library-view': LibraryView;
  }
}
