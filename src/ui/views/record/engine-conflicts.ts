import { html, nothing } from 'lit';
import type { Casualty, FactEdit } from '../../../records/index.js';
import { conflictEdit, conflictFactId, conflictValueText } from './provenance.js';

/**
 * Where the language model and the rules engine read a fact differently and no hand edit has settled it yet:
 * one line per disagreement, each side a button that keeps its value (`apply` writes the edit).
 */
export function engineConflicts(c: Casualty, apply: (edit: FactEdit) => void) {
  const extraction = c.extraction;
  const open = (extraction?.conflicts ?? []).filter(
    (k) => !c.edits.some((e) => e.id === conflictFactId(extraction!.record, k)),
  );
  if (!extraction || open.length === 0) return nothing;
  return html`<section class="conflicts" aria-labelledby="conflicts-title">
    <h2 id="conflicts-title">The engines disagree: pick the right value</h2>
    <ul>
      ${open.map((k) => {
        const pick = (side: 'model' | 'rules') => {
          const edit = conflictEdit(extraction.record, k, side);
          if (edit) apply(edit);
        };
        return html`<li>
          <span class="path">${k.path.slice(1).replaceAll('/', ' › ')}</span>
          <button class="secondary" @click=${() => pick('model')}>Language model: ${conflictValueText(k.model)}</button>
          <button class="secondary" @click=${() => pick('rules')}>Rules engine: ${conflictValueText(k.rules)}</button>
        </li>`;
      })}
    </ul>
  </section>`;
}
