import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';

/** Capture: placeholder until its feature lands (view contract: src/ui/routes.ts). */
@customElement('capture-view')
export class CaptureView extends LitElement {
  static styles = [sharedStyles, viewStyles];

  render() {
    return html`
      <h1>Capture</h1>
      <p class="lead">Speak or type the casualty narrative here; it becomes a structured TCCC record.</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'capture-view': CaptureView;
  }
}
