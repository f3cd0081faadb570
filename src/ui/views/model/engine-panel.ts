import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { getAppEngine, onAppEngineChange } from '../../app-engine.js';
import { chooseEngine, getEngineDecision, onEngineDecision, SOFTWARE_GPU_TEST_FLAG } from '../../engine-chooser.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { modelStyles } from './model-styles.js';

/** The engine in use, the probe's decision with every reason, load progress and any fallback. */
@customElement('engine-panel')
export class EnginePanel extends LitElement {
  static styles = [sharedStyles, modelStyles];

  @state() private decision = getEngineDecision();
  @state() private engineLabel = getAppEngine().label;
  private readonly cleanups: Array<() => void> = [];

  connectedCallback(): void {
    super.connectedCallback();
    this.cleanups.push(
      onEngineDecision(() => (this.decision = getEngineDecision())),
      onAppEngineChange(() => (this.engineLabel = getAppEngine().label)),
    );
    this.decision = getEngineDecision();
    this.engineLabel = getAppEngine().label;
  }

  disconnectedCallback(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    super.disconnectedCallback();
  }

  render() {
    const { phase, probe, loading, fallbacks, softwareGpuForTests } = this.decision;
    return html`
      <section aria-labelledby="engine-heading" class="panel">
        <h2 id="engine-heading">Engine</h2>
        ${
          softwareGpuForTests
            ? html`<p class="banner" role="note">
                Test setting on (<code>?${SOFTWARE_GPU_TEST_FLAG}</code>): a software GPU is accepted. Never use this in
                the field.
              </p>`
            : nothing
        }
        <p class="now">In use now: <strong data-testid="engine-in-use">${this.engineLabel}</strong></p>
        ${
          loading
            ? html`<div class="loading">
                <label for="load-progress">Loading ${loading.label}: ${Math.round(loading.fraction * 100)}%</label>
                <progress id="load-progress" max="1" .value=${loading.fraction}></progress>
                <p class="muted">${loading.text}</p>
              </div>`
            : nothing
        }
        ${phase === 'probing' && !probe ? html`<p class="muted">Checking this device…</p>` : nothing}
        ${
          probe
            ? html`<h3>Why</h3>
                <ol class="reasons" data-testid="engine-reasons">
                  ${probe.reasons.map((r) => html`<li>${r}</li>`)}
                </ol>`
            : nothing
        }
        ${
          fallbacks.length
            ? html`<h3>Fell back</h3>
                <ul class="reasons fallbacks" data-testid="engine-fallbacks">
                  ${fallbacks.map((r) => html`<li>${r}</li>`)}
                </ul>`
            : nothing
        }
        <button class="secondary" ?disabled=${phase !== 'ready'} @click=${() => void chooseEngine()}>
          Check again
        </button>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'engine-panel': EnginePanel;
  }
}
