import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { RulesOnDemand } from '../../../app/rules-on-demand.js';
import { watchApp } from '../../app-context.js';
import { dateClockOf } from '../../casualties/casualty-label.js';
import { formControlStyles } from '../../styles/form-control-styles.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';
import { BENCH_NARRATIVES } from './bench-narratives.js';
import {
  benchEngine,
  decodeCeiling,
  figureOf,
  userAgentMemoryMB,
  type BenchRun,
  type EngineBenchResult,
} from './bench-runner.js';
import { saveRun, savedRuns, updateRun } from './bench-store.js';

const fmt = (x: number | null | undefined, digits = 1): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);

/**
 * Bench: runs the rules engine, and the loaded model engine if there is one, on a fixed set of narratives and shows
 * what this device does; with a memory bandwidth entered, the decode ceiling beside the measured decode rate.
 * Runs are kept in IndexedDB and can be downloaded as JSON. View contract: src/ui/routes.ts.
 */
@customElement('bench-view')
export class BenchView extends LitElement {
  static styles = [
    sharedStyles,
    viewStyles,
    formControlStyles,
    css`
      table {
        border-collapse: collapse;
        margin: 0.75rem 0;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        padding: 0.375rem 0.75rem;
        border-bottom: 1px solid var(--rule);
        text-align: right;
      }
      th:first-child,
      td:first-child {
        text-align: left;
      }
      .ceiling {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: end;
      }
      label {
        display: grid;
        gap: 0.25rem;
      }
      input {
        width: 9rem;
      }
      .result {
        margin: 0;
        min-height: var(--tap);
        display: flex;
        align-items: center;
        font-weight: 600;
      }
    `,
  ];

  @state() private running = false;
  @state() private run: BenchRun | undefined;
  private readonly appEngine = watchApp(this, (app) => app.engines.engine);
  @state() private earlier = 0;
  @state() private status = '';
  @state() private bandwidthGBps = Number.NaN;
  @state() private weightMB = Number.NaN;

  override connectedCallback(): void {
    super.connectedCallback();
    void savedRuns().then((runs) => {
      this.earlier = runs.length;
      this.run ??= runs.at(-1);
    });
  }

  render() {
    return html`
      <h1>Bench</h1>
      <p class="lead">How fast the engines run on this device, on ${BENCH_NARRATIVES.length} fixed narratives.</p>
      <p>
        <button @click=${this.start} ?disabled=${this.running}>${this.running ? 'Running…' : 'Run the bench'}</button>
        <button class="secondary" @click=${this.download} ?disabled=${!this.run}>Download results (JSON)</button>
      </p>
      <p role="status" aria-live="polite">${this.status}</p>
      ${this.run ? this.renderRun(this.run) : nothing}
      <h2>Decode ceiling</h2>
      <p>
        Each generated token reads every weight once, so memory bandwidth caps decoding at bandwidth ÷ weight bytes.
      </p>
      <div class="ceiling">
        <label
          >Memory bandwidth (GB/s)<input
            name="bandwidth"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            @input=${(e: Event) => (this.bandwidthGBps = figureOf((e.target as HTMLInputElement).value))}
        /></label>
        <label
          >Model weights (MB)<input
            name="weights"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            @input=${(e: Event) => (this.weightMB = figureOf((e.target as HTMLInputElement).value))}
        /></label>
        <p class="result">
          Ceiling: <output name="ceiling">${fmt(decodeCeiling(this.bandwidthGBps, this.weightMB))}</output> tokens/s
        </p>
      </div>
    `;
  }

  private renderRun(run: BenchRun) {
    const ceiling = decodeCeiling(this.bandwidthGBps, this.weightMB);
    // In a variable so the sentence stays on one template line: Prettier had broken it before the expression, and
    // Playwright's text match (e2e/bench-view.spec.ts) no longer found the sentence.
    const memory =
      run.userAgentMemoryMB === undefined
        ? run.crossOriginIsolated
          ? 'measuring or not offered'
          : 'not offered (page not cross-origin isolated)'
        : `${fmt(run.userAgentMemoryMB)} MB`;
    const row = (r: EngineBenchResult) => html`
      <tr data-engine=${r.engine}>
        <td>${r.label}</td>
        <td>${fmt(r.loadFromCacheMs)}</td>
        <td>${fmt(r.timeToFirstTokenMs)}</td>
        <td>${fmt(r.prefillTokensPerSecond)}</td>
        <td>${fmt(r.decodeTokensPerSecond)}</td>
        <td class="ceiling-cell">${r.engine === 'rules' ? 'no model' : fmt(ceiling)}</td>
        <td>${fmt(r.extractMs, 2)}</td>
        <td>${fmt(r.peakHeapMB)}</td>
      </tr>
    `;
    return html`
      <table>
        <thead>
          <tr>
            <th>Engine</th>
            <th>Load from cache (ms)</th>
            <th>First token (ms)</th>
            <th>Prefill (tok/s)</th>
            <th>Decode (tok/s)</th>
            <th>Decode ceiling (tok/s)</th>
            <th>Extraction (ms)</th>
            <th>Peak JS heap (MB)</th>
          </tr>
        </thead>
        <tbody>
          ${run.results.map(row)}
        </tbody>
      </table>
      <p>
        Measured ${dateClockOf(run.at)}. Whole-page memory with workers: ${memory}.
        ${this.earlier > 1 ? `${this.earlier} runs saved on this device.` : nothing}
      </p>
    `;
  }

  private async start(): Promise<void> {
    this.running = true;
    try {
      const options = { tokens: 32, generations: 2 };
      this.status = 'Running the rules engine…';
      // Loaded here, not with the view: the page opens without the engine's code, and its load time counts in full.
      const rules = new RulesOnDemand();
      const loadStarted = performance.now();
      await rules.load();
      const results = [await benchEngine(rules, BENCH_NARRATIVES, performance.now() - loadStarted, options)];
      const model = this.appEngine.value.get();
      const stats = await model.stats();
      if (model.id !== 'rules' && stats.loaded) {
        this.status = `Running ${model.label}…`;
        results.push(await benchEngine(model, BENCH_NARRATIVES, stats.loadMs ?? null, options));
      }
      const run: BenchRun = {
        at: new Date().toISOString(),
        userAgent: navigator.userAgent,
        crossOriginIsolated: globalThis.crossOriginIsolated,
        results,
      };
      this.run = run;
      const key = await saveRun(run);
      this.earlier += 1;
      this.status =
        model.id === 'rules' ? 'Done. No language model is loaded: load one in the Model view to measure it.' : 'Done.';
      // The browser's own memory figure comes at its next garbage collection; the table does not wait for it.
      void userAgentMemoryMB().then(
        async (mb) => {
          if (mb === undefined) return;
          const measured = { ...run, userAgentMemoryMB: mb };
          if (this.run === run) this.run = measured;
          await updateRun(key, measured);
        },
        () => undefined,
      );
    } catch (error) {
      this.status = `The bench stopped: ${(error as Error).message}`;
    } finally {
      this.running = false;
    }
  }

  private download(): void {
    if (!this.run) return;
    const blob = new Blob(
      [
        JSON.stringify(
          { ...this.run, bandwidthGBps: this.bandwidthGBps || null, weightMB: this.weightMB || null },
          null,
          2,
        ),
      ],
      { type: 'application/json' },
    );
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(blob),
      download: `tccc-bench-${this.run.at.replace(/[:.]/g, '-')}.json`,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bench-view': BenchView;
  }
}
