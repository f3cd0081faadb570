import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  markRequested,
  reportInputOf,
  requestCasualties,
  summaryOf,
  updateCasualty,
  type Casualty,
} from '../../../records/index.js';
import { readCasualtyFile, type CasualtyFile } from '../../../records/recordings-file.js';
import {
  buildCard,
  buildNineLine,
  buildZmist,
  reportText,
  type ReportInput,
  type ReportKind,
} from '../../../tccc/reports/index.js';
import '../../casualties/casualty-bar.js';
import { casualtyTitle, clockOf } from '../../casualties/casualty-label.js';
import { viewTopStyles } from '../../casualties/view-top-styles.js';
import { watchApp } from '../../app-context.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';
import { keepPrintableCard, printCard } from './card-print.js';
import './dd1380-card.js';
import type { NineLineChangeEvent } from './nine-line-panel.js';
import './nine-line-panel.js';
import type { RequestCasualtiesEvent } from './nine-line-casualties.js';
import './nine-line-casualties.js';
import { reportsStyles } from './reports-styles.js';
import { copyText, downloadText, fileStem } from './share.js';
import { casualtyFileText, type RecordingsExportOption } from './recordings-export-option.js';
import './recordings-export-option.js';
import { replaceRecordings } from '../../recordings/kept-recordings.js';

type Tab = ReportKind | 'file';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'card', label: 'DD 1380 card' },
  { tab: '9line', label: '9-line MEDEVAC' },
  { tab: 'zmist', label: 'ZMIST' },
  { tab: 'file', label: 'Casualty file' },
];
const tabId = (tab: Tab) => `tab-${tab}`;
const FILE_SUFFIX: Record<ReportKind, string> = { card: 'dd1380', '9line': '9line', zmist: 'zmist' };

/**
 * Reports: the DD 1380 card (screen and print), the 9-line with the medic's lines, and ZMIST, all
 * built from the current casualty; each copies or downloads as text. The casualty exports and
 * imports as one JSON file.
 */
@customElement('reports-view')
export class ReportsView extends LitElement {
  static styles = [sharedStyles, viewStyles, viewTopStyles, reportsStyles];

  @state() private tab: Tab = 'card';
  /** The outcome of the last copy, download or import, in words. */
  @state() private message: { text: string; bad?: boolean } | undefined;
  /** An imported casualty waiting for the medic to confirm it replaces the one with its id. */
  @state() private pendingImport: CasualtyFile | undefined;
  private readonly workspace = watchApp(this, (app) => app.casualties);
  private get state() {
    return this.workspace.value;
  }

  private stem(c: Casualty): string {
    const s = summaryOf(c);
    return fileStem(s.battleRoster ?? s.name, c.createdAt);
  }

  private async copy(text: string): Promise<void> {
    try {
      await copyText(text);
      this.message = { text: 'Copied. Paste it where it is needed.' };
    } catch (e) {
      this.message = { text: `Could not copy: ${e instanceof Error ? e.message : String(e)}`, bad: true };
    }
  }

  private download(filename: string, text: string, type?: string): void {
    downloadText(filename, text, type);
    this.message = { text: `Saved as ${filename} in Downloads.` };
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again
    if (!file) return;
    try {
      const read = await readCasualtyFile(file);
      if (this.state.casualties.some((c) => c.id === read.casualty.id)) this.pendingImport = read;
      else await this.finishImport(read);
    } catch (e) {
      this.message = { text: `Not imported: ${e instanceof Error ? e.message : String(e)}`, bad: true };
    }
  }

  private async finishImport({ casualty, recordings }: CasualtyFile): Promise<void> {
    this.pendingImport = undefined;
    const title = casualtyTitle(summaryOf(casualty), casualty.createdAt);
    // Said only once storage holds it: a power cut after "Imported" cannot lose it.
    const saved = await this.state.add(casualty);
    const audio = recordings && saved ? await this.keepImportedRecordings(casualty.id, recordings) : '';
    this.message = saved
      ? { text: `Imported ${title}${audio}; it is now the current casualty.` }
      : { text: `${title} is open but NOT SAVED: ${this.state.problem ?? 'storage refused it'}`, bad: true };
  }

  /** Stores a file's recordings in place of the casualty's; says how that went, to follow "Imported …". */
  private async keepImportedRecordings(id: string, recordings: NonNullable<CasualtyFile['recordings']>) {
    try {
      await replaceRecordings(id, recordings);
      return ` with ${recordings.length} ${recordings.length === 1 ? 'recording' : 'recordings'}`;
    } catch (e) {
      return ` (its recordings could not be stored: ${e instanceof Error ? e.message : String(e)})`;
    }
  }

  private async exportFile(c: Casualty): Promise<void> {
    const option = this.renderRoot.querySelector<RecordingsExportOption>('recordings-export-option');
    try {
      this.download(`${this.stem(c)}.tccc.json`, await casualtyFileText(c, !!option?.checked), 'application/json');
    } catch (e) {
      this.message = { text: `Not exported: ${e instanceof Error ? e.message : String(e)}`, bad: true };
    }
  }

  /** Puts every casualty on the request on the board as requested; said done only once storage holds it. */
  private async markRequested(c: Casualty): Promise<void> {
    const now = new Date();
    const ids = requestCasualties(c, this.state.casualties).map((x) => x.id);
    const saved = await Promise.all(ids.map((id) => this.state.commit(id, (x) => markRequested(x, now))));
    this.message = saved.every(Boolean)
      ? {
          text: `Marked ${ids.length} ${ids.length === 1 ? 'casualty' : 'casualties'} as requested at ${clockOf(now)}; the board shows it.`,
        }
      : { text: `Not saved: ${this.state.problem ?? 'storage refused it'}`, bad: true };
  }

  private showTab(tab: Tab): void {
    this.tab = tab;
    this.message = undefined;
  }

  /** Arrow keys, Home and End move between the tabs (and show them), as the ARIA tabs pattern has it. */
  private async onTabKey(event: KeyboardEvent): Promise<void> {
    const at = TABS.findIndex(({ tab }) => tab === this.tab);
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const { tab } = TABS[(to + TABS.length) % TABS.length];
    this.showTab(tab);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${tabId(tab)}`)?.focus();
  }

  render() {
    const c = this.state.current;
    const input = c && reportInputOf(c, requestCasualties(c, this.state.casualties));
    // The browser's own Print works from any tab, so the print copy always follows the current casualty.
    keepPrintableCard(() => input && { card: buildCard(input.record, input.context), record: input.record });
    return html`
      <div class="top">
        <h1>Reports</h1>
        <casualty-bar></casualty-bar>
      </div>
      <div class="tabs" role="tablist" aria-label="Report" @keydown=${this.onTabKey}>
        ${TABS.map(
          ({ tab, label }) =>
            html`<button
              role="tab"
              id=${tabId(tab)}
              aria-controls="report-panel"
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              tabindex=${this.tab === tab ? 0 : -1}
              class=${this.tab === tab ? '' : 'secondary'}
              @click=${() => this.showTab(tab)}
            >
              ${label}
            </button>`,
        )}
      </div>
      ${this.message ? html`<p class="message ${this.message.bad ? 'bad' : ''}" role=${this.message.bad ? 'alert' : 'status'}>${this.message.text}</p>` : nothing}
      <div role="tabpanel" id="report-panel" aria-labelledby=${tabId(this.tab)}>
        ${c && input ? (this.tab === 'file' ? this.renderFile(c) : this.renderReport(c, input, this.tab)) : nothing}
      </div>
    `;
  }

  private renderReport(c: Casualty, input: ReportInput, kind: ReportKind) {
    const text = reportText(kind, input);
    const actions = html`<div class="actions">
      <button @click=${() => this.copy(text)}>Copy text</button>
      <button class="secondary" @click=${() => this.download(`${this.stem(c)}-${FILE_SUFFIX[kind]}.txt`, text)}>
        Download .txt
      </button>
      ${kind === 'card' ? html`<button class="secondary" @click=${printCard}>Print card</button>` : nothing}
    </div>`;
    if (kind === 'card') {
      return html`${actions}<dd1380-card
          .card=${buildCard(input.record, input.context)}
          .record=${input.record}
        ></dd1380-card>`;
    }
    if (kind === '9line') {
      return html`${actions}
        <nine-line-casualties
          .casualties=${this.state.casualties}
          .chosen=${c.nineLine.casualties ?? [c.id]}
          @request-casualties=${(e: RequestCasualtiesEvent) =>
            this.state.update(c.id, (l) => updateCasualty(l, { nineLine: { ...l.nineLine, casualties: e.ids } }))}
          @mark-requested=${() => this.markRequested(c)}
        ></nine-line-casualties>
        <nine-line-panel
          .request=${buildNineLine(input.siteRecords ?? [input.record], c.nineLine)}
          .fields=${c.nineLine}
          @nine-line-change=${(e: NineLineChangeEvent) => this.state.update(c.id, (l) => updateCasualty(l, { nineLine: e.fields }))}
        ></nine-line-panel>`;
    }
    const z = buildZmist(input.record);
    return html`${actions}
      <dl class="zmist">
        <dt>Z</dt>
        <dd><span class="k">ID</span> ${z.z}</dd>
        <dt>M</dt>
        <dd><span class="k">Mechanism</span> ${z.m}</dd>
        <dt>I</dt>
        <dd><span class="k">Injuries</span> ${z.i}</dd>
        <dt>S</dt>
        <dd><span class="k">Signs</span> ${z.s}</dd>
        <dt>T</dt>
        <dd><span class="k">Treatment</span> ${z.t}</dd>
      </dl>`;
  }

  private renderFile(c: Casualty) {
    const pending = this.pendingImport;
    return html`
      <p>
        The casualty file holds the record (as the TCCC record schema defines it), the narrative with its times, hand
        edits, 9-line fields and notes. Importing it gives back exactly this casualty.
      </p>
      <div class="actions">
        <button @click=${() => this.exportFile(c)}>Export casualty (.json)</button>
        <label class="button secondary file"
          >Import casualty file<input type="file" accept=".json,application/json" @change=${this.importFile}
        /></label>
        <recordings-export-option .casualtyId=${c.id}></recordings-export-option>
      </div>
      ${
        pending
          ? html`<p class="message bad" role="alert">
              This file is a casualty already on this device
              (${casualtyTitle(summaryOf(pending.casualty), pending.casualty.createdAt)}). Replace it with the file?
              <button class="danger" @click=${() => this.finishImport(pending)}>Replace</button>
              <button class="secondary" @click=${() => (this.pendingImport = undefined)}>Cancel</button>
            </p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reports-view': ReportsView;
  }
}
