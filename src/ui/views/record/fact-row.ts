import { html, nothing } from 'lit';
import type { EvidenceSpan, FactId, ResolvedFact } from '../../../records/index.js';
import { factSummary } from './fact-fields.js';
import { engineMark } from './fact-filter.js';
import { evidenceQuote, outermostSpans } from './provenance.js';

/** What every fact row needs from the casualty, worked out once per render rather than per row. */
export interface FactContext {
  narrative: string;
  evidence: Map<FactId, EvidenceSpan[]>;
  sourceWords: Map<FactId, string>;
  engine: string;
  /** Vitals sets with no spoken time: when their piece was entered. */
  entered: Map<FactId, string>;
  /** Facts whose hand edit storage does not hold yet. */
  unsaved: Set<FactId>;
}

/** What a fact row's buttons do; the view owns the casualty and the edit state. */
export interface FactRowActions {
  open: boolean;
  toggle(): void;
  edit(): void;
  restore(): void;
  undoEdit(): void;
  remove(): void;
}

/** The line's mark for facts the medic made or unmade; extracted facts carry their engine's mark instead. */
const FACT_SOURCE: Partial<Record<ResolvedFact['origin'], { mark: string; words: string }>> = {
  edited: { mark: '✎ hand', words: 'Edited by hand' },
  added: { mark: '+ hand', words: 'Added by hand' },
  deleted: { mark: 'deleted', words: 'Deleted by hand' },
};

/**
 * One fact on one line with the mark of whoever found or made it; a tap opens the narrative words it came from
 * and its Edit, Undo edit, Delete or Restore.
 */
export function factRow(
  f: ResolvedFact,
  { narrative, evidence: byFact, sourceWords, engine: anyEngine, entered, unsaved }: FactContext,
  actions: FactRowActions,
) {
  const evidence = f.origin === 'added' ? [] : outermostSpans(byFact.get(f.id) ?? []);
  const engine = sourceWords.get(f.id) ?? anyEngine;
  const source = FACT_SOURCE[f.origin] ?? { mark: engineMark(engine), words: `Found by ${engine}` };
  const detailId = `fact-detail-${f.id}`;
  return html`<li class="fact origin-${f.origin}" data-fact-id=${f.id} data-saved=${!unsaved.has(f.id)}>
    <button
      type="button"
      class="line"
      aria-expanded=${actions.open ? 'true' : 'false'}
      aria-controls=${detailId}
      @click=${actions.toggle}
    >
      <span class="what">${factSummary(f, f.origin === 'extracted' ? entered.get(f.id) : undefined)}</span>
      ${unsaved.has(f.id) ? html`<span class="badge">Saving…</span>` : nothing}
      <span class="src" title=${source.words}
        ><span aria-hidden="true">${source.mark}</span><span class="sr">${source.words}</span></span
      >
    </button>
    <div class="detail" id=${detailId} ?hidden=${!actions.open}>
      <div class="from">
        ${f.origin === 'extracted' ? html`<span class="badge">Found by ${engine}</span>` : nothing}
        ${f.origin === 'edited' ? html`<span class="badge hand">Edited by hand</span> <span class="was">engine said: ${factSummary(f.extracted!)}</span>` : nothing}
        ${f.origin === 'added' ? html`<span class="badge hand">Added by hand</span>` : nothing}
        ${f.origin === 'deleted' ? html`<span class="badge gone">Deleted by hand</span>` : nothing}
        ${evidence.map((e) => {
          const q = evidenceQuote(narrative, e.start, e.end);
          return html`<q class="quote">${q.before}<mark>${q.match}</mark>${q.after}</q>`;
        })}
      </div>
      <div class="actions">
        ${
          f.origin === 'deleted'
            ? html`<button class="secondary" @click=${actions.restore}>Restore</button>`
            : html`<button class="secondary" aria-label=${`Edit ${factSummary(f)}`} @click=${actions.edit}>Edit</button>
                ${f.origin === 'edited' ? html`<button class="secondary" @click=${actions.undoEdit}>Undo edit</button>` : nothing}
                <button class="secondary" aria-label=${`Delete ${factSummary(f)}`} @click=${actions.remove}>
                  Delete
                </button>`
        }
      </div>
    </div>
  </li>`;
}
