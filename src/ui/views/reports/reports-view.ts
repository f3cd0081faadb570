import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';

/** Reports: placeholder until its feature lands (view contract: src/ui/routes.ts). */
@customElement('reports-view')
export class ReportsView extends LitElement {
  static styles = [sharedStyles, viewStyles];

  render() {
    return html`
      <h1>Reports</h1>
      <p class="lead">The DD Form 1380 card, 9-line MEDEVAC and ZMIST report built from the record.</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reports-view': ReportsView;
  }
}
