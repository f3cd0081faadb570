import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { webgpuCommandLine } from '../../../engines/chromium-webgpu-flags.js';
import { downloadSize } from '../../../model-store/download-size.js';
import { formatBytes } from '../../../model-store/progress.js';
import type { ModelLocation } from '../../../model-store/tasks.js';
import { watchApp } from '../../app-context.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { modelStyles } from './model-styles.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * "For this device": the Phi-2 build the probe recommends from what it measured (shader-f16 → q4f16_1, memory → 2k or
 * 1k context), each build's download size and the memory it needs, a plain word when none fits, and, when WebGPU is
 * off, the exact command line that starts Chromium with it on.
 */
@customElement('build-advice')
export class BuildAdvice extends LitElement {
  static styles = [
    sharedStyles,
    modelStyles,
    css`
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: 0.25rem 0.5rem 0.25rem 0;
      }
      tr.recommended td {
        font-weight: 600;
      }
      code.command {
        display: block;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        user-select: all;
      }
    `,
  ];

  /** The models the kiosk offers (their manifests carry sizes and memory). */
  @property({ attribute: false }) locations: ModelLocation[] = [];
  private readonly decisionStore = watchApp(this, (app) => app.engines.decision);
  private get decision() {
    return this.decisionStore.value.get();
  }

  render() {
    const recommendation = this.decision.probe?.recommendation;
    if (!recommendation) return nothing;
    const builds = this.locations.map((l) => l.manifest).filter((m) => m.engine === 'webllm');
    return html`<section class="panel" aria-labelledby="advice-heading" data-testid="build-advice">
      <h2 id="advice-heading">For this device</h2>
      ${
        recommendation.kind === 'build'
          ? html`<p data-testid="recommended-build">
              Recommended: <strong>${recommendation.modelId}</strong> (${recommendation.quantization},
              ${recommendation.contextWindow}-token context).
            </p>`
          : recommendation.kind === 'none-fits'
            ? html`<p data-testid="recommended-build">
                No Phi-2 build fits this device: ${recommendation.reason} Extraction uses the small CPU model or the
                rules engine.
              </p>`
            : this.webgpuOff(recommendation.reason)
      }
      ${
        builds.length
          ? html`<table>
              <thead>
                <tr>
                  <th scope="col">Build</th>
                  <th scope="col">Download</th>
                  <th scope="col">GPU memory</th>
                </tr>
              </thead>
              <tbody>
                ${builds.map((m) => {
                  const size = downloadSize(m);
                  const recommended = recommendation.kind === 'build' && recommendation.modelId === m.id;
                  return html`<tr class=${recommended ? 'recommended' : ''}>
                    <td>${m.id}${recommended ? ' (recommended)' : ''}</td>
                    <td>${size.bytes === 0 ? 'unknown' : `${size.exact ? '' : 'about '}${formatBytes(size.bytes)}`}</td>
                    <td>${Math.round(m.variant.vramMB)} MB</td>
                  </tr>`;
                })}
              </tbody>
            </table>`
          : nothing
      }
    </section>`;
  }

  private webgpuOff(reason: string) {
    // The command line is for the kiosk's own Chromium (on http://localhost); a tablet's browser is set up otherwise.
    if (!LOOPBACK_HOSTS.has(location.hostname)) {
      return html`<p data-testid="recommended-build">
        ${reason} This browser offers no WebGPU, so extraction here uses the small CPU model or the rules engine.
      </p>`;
    }
    const command = webgpuCommandLine(`${location.origin}/`);
    return html`<p data-testid="recommended-build">
        ${reason} Start this kiosk's Chromium with WebGPU on (sudo npm run kiosk:install sets this up to start by
        itself):
      </p>
      <code class="command" data-testid="webgpu-command">${command}</code>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'build-advice': BuildAdvice;
  }
}
