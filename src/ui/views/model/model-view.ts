import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';

/** Model: placeholder until its feature lands (view contract: src/ui/routes.ts). */
@customElement('model-view')
export class ModelView extends LitElement {
  static styles = [sharedStyles, viewStyles];

  render() {
    return html`
      <h1>Model</h1>
      <p class="lead">Which engine runs and why, and downloads of the on-device language model.</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'model-view': ModelView;
  }
}
