import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { storedModel, type StoredModel } from '../../../model-store/catalog.js';
import { formatBytes } from '../../../model-store/progress.js';
import { requestPersistence, storageReport, type StorageReport } from '../../../model-store/storage.js';
import type { ModelLocation } from '../../../model-store/tasks.js';
import { watchApp } from '../../app-context.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';
import './build-advice.js';
import './engine-panel.js';
import { STORED_CHANGED } from './model-card.js';
import './model-card.js';
import { firstViewShown } from '../../first-view.js';
import { loadModelCatalog, type ModelCatalog } from '../../../app/model-catalog.js';
import { modelStyles } from './model-styles.js';

/**
 * Model: which engine runs and why, the models the kiosk offers, their downloads (this tab's or another's),
 * storage and deletion. A finished download or a delete re-runs the engine chooser, so no reload is needed.
 * View contract: src/ui/routes.ts.
 */
@customElement('model-view')
export class ModelView extends LitElement {
  static styles = [
    sharedStyles,
    viewStyles,
    modelStyles,
    css`
      .layout {
        display: grid;
        gap: 1rem;
        align-items: start;
      }
      /* Kiosk landscape: the decision beside the models, so both fit the 600 px height; tablets in portrait stack them. */
      @media (min-width: 900px) {
        .layout {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr);
        }
      }
      .models {
        display: grid;
        gap: 0.75rem;
      }
      .storage p {
        margin: 0.25rem 0;
      }
    `,
  ];

  @state() private catalog: ModelCatalog | undefined;
  @state() private stored = new Map<string, StoredModel>();
  @state() private onKiosk = new Map<string, boolean>();
  @state() private storage: StorageReport | undefined;
  @state() private persisted: boolean | undefined;
  private readonly downloads = watchApp(
    this,
    (app) => app.downloads,
    () => this.onDownload(),
  );
  private readonly decision = watchApp(this, (app) => app.engines.decision);
  /** Downloads ended so far, as last seen: one more means re-read what is stored and choose the engine again. */
  private finishedSeen = 0;
  private readonly onFinished = (): void => void this.refresh().then(() => this.downloads.app.engines.choose());

  private get download() {
    return this.downloads.value.current;
  }

  private onDownload(): void {
    const { finished } = this.downloads.value;
    if (finished !== this.finishedSeen) {
      this.finishedSeen = finished;
      this.onFinished();
    }
    this.requestUpdate();
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.finishedSeen = this.downloads.value.finished;
    this.addEventListener(STORED_CHANGED, this.onFinished);
    void this.refresh();
    // The models are listed once the engine check has ended (see modelsSection): here the check is what the medic
    // came for, so it starts once this view is painted, not after the casualties open and the page idles.
    void firstViewShown.then(() => this.decision.app.engines.chooseFirst());
  }

  disconnectedCallback(): void {
    this.removeEventListener(STORED_CHANGED, this.onFinished);
    super.disconnectedCallback();
  }

  /** Re-reads the catalog (which also says what the kiosk mirrors), what is stored of each model, and the storage figures. */
  private async refresh(): Promise<void> {
    const catalog = await loadModelCatalog();
    const stored = await Promise.all(catalog.locations.map((l) => storedModel(l).catch(() => undefined)));
    this.stored = new Map(catalog.locations.flatMap((l, i) => (stored[i] ? [[l.manifest.id, stored[i]]] : [])));
    const offered = catalog.onKiosk;
    this.onKiosk = new Map(offered ? catalog.locations.map((l) => [l.manifest.id, offered.has(l.manifest.id)]) : []);
    this.storage = await storageReport().catch(() => undefined);
    this.catalog = catalog;
  }

  /** Stored models first, then those the kiosk serves, then those it has not mirrored: what can be used leads. */
  private ordered(locations: ModelLocation[]): ModelLocation[] {
    const rank = (l: ModelLocation) =>
      this.stored.get(l.manifest.id)?.complete ? 0 : this.onKiosk.get(l.manifest.id) === false ? 2 : 1;
    return [...locations].sort((a, b) => rank(a) - rank(b));
  }

  private async persist(): Promise<void> {
    this.persisted = await requestPersistence().catch(() => false);
  }

  render() {
    const { probe, phase } = this.decision.value.get();
    return html`
      <h1>Model</h1>
      <div class="layout">
        <div class="models">
          <engine-panel></engine-panel>
          <build-advice .locations=${this.catalog?.locations ?? []}></build-advice>
        </div>
        ${probe || phase === 'ready' ? this.modelsSection() : nothing}
      </div>
    `;
  }

  /**
   * Shown once the first engine check has ended: on a tablet the models stand below the engine's reasons and the
   * build advice, which arrive with that check; shown before it, the whole list would jump down the screen.
   */
  private modelsSection() {
    return html`<section aria-labelledby="models-heading" class="models">
      <h2 id="models-heading">Models on this kiosk</h2>
      ${this.storageBlock()} ${this.catalog?.problems.map((p) => html`<p class="error" role="alert">${p}</p>`)}
      ${
        this.catalog
          ? this.ordered(this.catalog.locations).map(
              (l) =>
                html`<model-card
                  .location=${l}
                  .stored=${this.stored.get(l.manifest.id)}
                  .onKiosk=${this.onKiosk.get(l.manifest.id)}
                  .storage=${this.storage}
                  .download=${this.download}
                ></model-card>`,
            )
          : html`<p class="muted">Reading the stored models…</p>`
      }
    </section>`;
  }

  private storageBlock() {
    const s = this.storage;
    if (!s) return nothing;
    return html`<div class="panel storage">
      <p data-testid="storage">
        Storage: ${formatBytes(s.usage)} used; this browser lets the app store ${formatBytes(s.available)} more.
      </p>
      ${
        this.persisted === undefined
          ? html`<div class="actions">
              <button class="secondary" @click=${() => void this.persist()}>Keep models when storage runs low</button>
            </div>`
          : html`<p>
              ${this.persisted ? 'The browser will keep stored models.' : 'The browser may still clear stored models when the disk fills up.'}
            </p>`
      }
    </div>`;
  }
}

/** Whether the kiosk serves a model (HEAD of its first file); undefined when it cannot be asked (offline). */
declare global {
  interface HTMLElementTagNameMap {
    'model-view': ModelView;
  }
}
