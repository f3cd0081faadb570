import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import {
  deleteFact,
  editFact,
  effectiveRecord,
  evidenceOf,
  narrativeOf,
  newFactId,
  recordForAlerts,
  recordOf,
  resolveFacts,
  restoreFact,
  revertFact,
  vitalsEnteredAt,
  type Casualty,
  type FactEdit,
  type FactId,
  type ResolvedFact,
  unsavedFacts,
} from '../../../records/index.js';
import type { Location } from '../../../tccc/record.js';
import { LOCATION_WORDS } from '../../body-diagram/body-diagram-layout.js';
import '../../body-diagram/body-diagram.js';
import type { RegionSelectEvent } from '../../body-diagram/body-diagram.js';
import '../../casualties/casualty-bar.js';
import { viewTopStyles } from '../../casualties/view-top-styles.js';
import { watchApp } from '../../app-context.js';
import '../../guidance/record-guidance.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { viewStyles } from '../../styles/view-styles.js';
import { FactSaveEvent } from './fact-editor.js';
import './fact-editor.js';
import './narrative-recordings.js';
import './casualty-fields.js';
import './device-conflicts.js';
import type { ConflictPickEvent } from './device-conflicts.js';
import { factSummary, formValues, templateOf, type FactTemplate } from './fact-fields.js';
import { factSections } from './fact-sections.js';
import { regionCounts } from './fact-filter.js';
import { engineConflicts } from './engine-conflicts.js';
import { factRow, type FactContext } from './fact-row.js';
import { engineWords, factSourceWords } from './provenance.js';
import { recordStyles } from './record-styles.js';

/** The fact being edited (`id`) or added (no `id`), and the form's starting values. */
interface Editing {
  id?: FactId;
  template: FactTemplate;
  values: Record<string, string>;
}

/**
 * The record validator (a generated schema check), loaded when an edit starts: only saving a fact needs it, and it
 * is a chunk the view's first screen need not wait for.
 */
const loadValidator = () => import('../../../tccc/validate.js');

/**
 * Record: every fact of the current casualty by section, one line each with a mark for the engine behind it;
 * a tap on a fact shows the narrative words and its Edit and Delete. The body diagram beside the alerts
 * filters the facts to a region when tapped. The medic corrects, adds, deletes facts and settles conflicts by hand.
 */
@customElement('record-view')
export class RecordView extends LitElement {
  static styles = [sharedStyles, viewStyles, viewTopStyles, recordStyles];

  @state() private editing: Editing | undefined;
  @state() private problems: string[] = [];
  /** A fact added by hand and then deleted: it has no engine value to restore to, so the view keeps it for Undo. */
  @state() private removedAdded: { casualtyId: string; edit: FactEdit; summary: string } | undefined;
  /** The body region the facts are filtered to (a tap on the diagram), if any. */
  @state() private region: Location | undefined;
  /** Facts tapped open: their quote and Edit/Delete show. */
  @state() private openFacts = new Set<FactId>();
  /** Sections folded away, by title. */
  @state() private collapsed = new Set<string>();
  private readonly workspace = watchApp(
    this,
    (app) => app.casualties,
    () => this.onStateChange(),
  );
  private get state() {
    return this.workspace.value;
  }
  /** The casualty shown, taken in when the view first connects (the app is there from then on). */
  private shownId: string | undefined;

  connectedCallback(): void {
    super.connectedCallback();
    this.shownId ??= this.state.currentId;
  }

  /** A different casualty: drop the half-done edit (and the undo) of the previous one. */
  private onStateChange(): void {
    if (this.state.currentId !== this.shownId) {
      this.shownId = this.state.currentId;
      this.editing = undefined;
      this.removedAdded = undefined;
      this.region = undefined;
      this.openFacts = new Set();
    }
    this.requestUpdate();
  }

  /** A hand edit, delete, restore or undo: written at once; its row says "Saving…" until storage holds it. */
  private change(c: Casualty, change: (c: Casualty) => Casualty): void {
    void this.state.commit(c.id, change);
  }

  private applyEdit(c: Casualty, edit: FactEdit): void {
    this.change(c, (latest) => editFact(latest, edit));
  }

  private async onSave(c: Casualty, event: FactSaveEvent): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    const { validateRecord } = await loadValidator();
    if (this.editing !== editing) return; // saved already (a second tap), cancelled, or another casualty shown
    const resolved = resolveFacts(c.extraction?.record ?? {}, c.edits);
    const id = editing.id ?? newFactId(event.fact, [...resolved.map((f) => f.id), ...c.edits.map((e) => e.id)]);
    const edit: FactEdit = { op: 'set', id, fact: event.fact, at: new Date().toISOString() };
    // Reports and exports need a schema-valid record: refuse an edit that would break it.
    const { errors } = validateRecord(
      effectiveRecord(c.extraction?.record ?? {}, [...c.edits.filter((e) => e.id !== id), edit]),
    );
    if (errors.length) {
      this.problems = errors.map((e) => `Not saved: ${e}`);
      return;
    }
    this.applyEdit(c, edit);
    this.editing = undefined;
    this.problems = [];
  }

  /** Deletes a fact the medic added, keeping its edit so Undo can put it back. */
  private deleteAdded(c: Casualty, f: ResolvedFact): void {
    const edit = c.edits.find((e) => e.id === f.id);
    if (!edit) return;
    this.change(c, (l) => revertFact(l, f.id));
    this.removedAdded = { casualtyId: c.id, edit, summary: factSummary(f) };
  }

  private undoDeleteAdded(c: Casualty): void {
    const removed = this.removedAdded;
    this.removedAdded = undefined;
    if (removed?.casualtyId === c.id) this.applyEdit(c, { ...removed.edit, at: new Date().toISOString() });
  }

  render() {
    const c = this.state.current;
    return html`
      <div class="top">
        <h1>Record</h1>
        <casualty-bar></casualty-bar>
      </div>
      ${c ? this.renderRecord(c) : nothing}
    `;
  }

  private renderRecord(c: Casualty) {
    const record = recordOf(c);
    return html`
      <div class="layout">
        <div class="overview">
          <div class="diagram-pane">
            <body-diagram
              selectable
              .record=${record}
              .selected=${this.region}
              @region-select=${(e: RegionSelectEvent) => this.filterTo(e.region === this.region ? undefined : e.region)}
            ></body-diagram>
            ${this.renderRegionFilter(c)}
          </div>
          <div class="side">
            <casualty-fields .casualty=${c} .workspace=${this.state}></casualty-fields>
            <record-guidance .record=${recordForAlerts(c)}></record-guidance>
          </div>
        </div>
        <div class="facts">
          ${
            this.removedAdded?.casualtyId === c.id
              ? html`<p class="undo" role="status">
                  Deleted ${this.removedAdded.summary} (added by hand).
                  <button class="secondary" @click=${() => this.undoDeleteAdded(c)}>Undo delete</button>
                </p>`
              : nothing
          }
          <device-conflicts
            .conflicts=${this.state.conflicts(c.id)}
            @conflict-pick=${(e: ConflictPickEvent) => void this.state.resolveConflict(c.id, e.key, e.opId)}
          ></device-conflicts>
          ${engineConflicts(c, (edit) => this.applyEdit(c, edit))}
          ${c.extraction ? nothing : html`<p class="empty">No facts yet. Add narrative on <a href="/capture">Capture</a>, or add facts by hand below.</p>`}
          <div class="sections">${this.renderSections(c)}</div>
          <narrative-recordings .casualty=${c} .held=${this.state}></narrative-recordings>
        </div>
      </div>
    `;
  }

  private filterTo(region: Location | undefined): void {
    this.region = region;
  }

  /** The diagram's filter for keyboard and screen readers too: a choice of the regions that hold facts. */
  private renderRegionFilter(c: Casualty) {
    const counts = regionCounts(resolveFacts(c.extraction?.record ?? {}, c.edits));
    return html`<label class="regions"
      >Show facts at
      <select
        @change=${(e: Event) => this.filterTo(((e.target as HTMLSelectElement).value || undefined) as Location | undefined)}
      >
        <option value="" ?selected=${!this.region}>every region</option>
        ${counts.map(({ region, count }) => html`<option value=${region} ?selected=${region === this.region}>${LOCATION_WORDS[region]} (${count})</option>`)}
      </select>
    </label>`;
  }

  private renderSections(c: Casualty) {
    const context: FactContext = {
      narrative: narrativeOf(c),
      evidence: evidenceOf(c),
      sourceWords: c.extraction ? factSourceWords(c.extraction) : new Map<FactId, string>(),
      engine: c.extraction ? engineWords(c.extraction) : '',
      entered: vitalsEnteredAt(c),
      unsaved: unsavedFacts(c, this.state.storedVersion(c.id)),
    };
    return factSections({
      all: resolveFacts(c.extraction?.record ?? {}, c.edits),
      region: this.region,
      collapsed: this.collapsed,
      adding: this.editing && !this.editing.id ? this.editing.template : undefined,
      row: (f) => this.renderFact(c, f, context),
      editor: () => this.renderEditor(c),
      toggle: (title) => this.toggleSection(title),
      add: (template) => this.startEdit({ template, values: {} }),
      showAll: () => this.filterTo(undefined),
    });
  }

  private toggleSection(title: string): void {
    const collapsed = new Set(this.collapsed);
    if (!collapsed.delete(title)) collapsed.add(title);
    this.collapsed = collapsed;
  }

  private toggleFact(id: FactId): void {
    const open = new Set(this.openFacts);
    if (!open.delete(id)) open.add(id);
    this.openFacts = open;
  }

  private startEdit(editing: Editing): void {
    this.editing = editing;
    this.problems = [];
    void loadValidator().catch(() => undefined); // fetched while the medic fills the form; Save waits for it
  }

  private renderEditor(c: Casualty) {
    const e = this.editing!;
    return html`<fact-editor
      .template=${e.template}
      .values=${e.values}
      .problems=${this.problems}
      @fact-save=${(event: FactSaveEvent) => void this.onSave(c, event)}
      @fact-cancel=${() => (this.editing = undefined)}
    ></fact-editor>`;
  }

  private renderFact(c: Casualty, f: ResolvedFact, context: FactContext) {
    if (this.editing?.id === f.id) return html`<li class="fact">${this.renderEditor(c)}</li>`;
    return factRow(f, context, {
      open: this.openFacts.has(f.id),
      toggle: () => this.toggleFact(f.id),
      edit: () => this.startEdit({ id: f.id, template: templateOf(f), values: formValues(f) }),
      restore: () => this.change(c, (l) => restoreFact(l, f.id)),
      undoEdit: () => this.change(c, (l) => revertFact(l, f.id)),
      remove: () => (f.origin === 'added' ? this.deleteAdded(c, f) : this.change(c, (l) => deleteFact(l, f.id))),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'record-view': RecordView;
  }
}
