import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';

/** Bench: placeholder until its feature lands (view contract: src/ui/routes.ts). */
@customElement('bench-view')
export class BenchView extends LitElement {
  static styles = [sharedStyles, viewStyles];

  render() {
    return html`
      <h1>Bench</h1>
      <p class="lead">Extraction and engine benchmarks run on this device.</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bench-view': BenchView;
  }
}
