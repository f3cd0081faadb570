import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';

/** Record: placeholder until its feature lands (view contract: src/ui/routes.ts). */
@customElement('record-view')
export class RecordView extends LitElement {
  static styles = [sharedStyles, viewStyles];

  render() {
    return html`
      <h1>Record</h1>
      <p class="lead">The structured casualty record extracted from the narrative, to review and correct.</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'record-view': RecordView;
  }
}
