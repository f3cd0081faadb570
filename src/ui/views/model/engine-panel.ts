import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { SOFTWARE_GPU_TEST_FLAG } from '../../../app/engine-manager.js';
import { watchApp } from '../../app-context.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { modelStyles } from './model-styles.js';

/** The engine in use, the probe's decision with every reason, load progress and any fallback. */
@customElement('engine-panel')
export class EnginePanel extends LitElement {
  static styles = [
    sharedStyles,
    modelStyles,
    css`
      .now {
        margin: 0;
      }
    `,
  ];

  private readonly decision = watchApp(this, (app) => app.engines.decision);
  private readonly engine = watchApp(this, (app) => app.engines.engine);

  render() {
    const { phase, probe, loading, fallbacks, softwareGpuForTests } = this.decision.value.get();
    const engineLabel = this.engine.value.get().label;
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
        <!-- The button beside the engine, not below the reasons: the first check's reasons would push it down the screen. -->
        <div class="actions">
          <p class="now">In use now: <strong data-testid="engine-in-use">${engineLabel}</strong></p>
          <button
            class="secondary"
            ?disabled=${phase !== 'ready'}
            @click=${() => void this.decision.app.engines.choose()}
          >
            Check again
          </button>
        </div>
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
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'engine-panel': EnginePanel;
  }
}
