import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FactEdit } from '../../../records/index.js';
import type { FieldConflict } from '../../../sync/conflicts.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { factSummary } from './fact-fields.js';
import { conflictValueText } from './provenance.js';

/** Asks the Record view to keep one side of a conflict: the document key and the side's op id. */
export class ConflictPickEvent extends Event {
  constructor(
    readonly key: string,
    readonly opId: string,
  ) {
    super('conflict-pick', { bubbles: true, composed: true });
  }
}

/** A hand edit as the medic reads it. */
function editText(edit: FactEdit): string {
  return edit.op === 'set' ? factSummary(edit.fact) : 'deleted by hand';
}

/** Which value the conflict is about ("casualty/allergies" → "casualty › allergies", "9-line: litter"). */
function conflictLabel(conflict: FieldConflict): string {
  if (conflict.part === 'nineLine') return `9-line: ${conflict.key}`;
  return conflict.factId.replace(/#\d+$/, '').replaceAll('/', ' › ').replaceAll('_', ' ');
}

/**
 * Values two devices set at once on this casualty (#13.4), each with the device that set it, until a medic keeps
 * one. Usage: `<device-conflicts .conflicts=${workspace.conflicts(id)} @conflict-pick=${…}></device-conflicts>`.
 */
@customElement('device-conflicts')
export class DeviceConflicts extends LitElement {
  static styles = [
    sharedStyles,
    css`
      section {
        margin-bottom: 0.75rem;
        padding: 0.5rem 0.75rem;
        border: 3px solid #b45309;
        border-radius: 10px;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1rem;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: 0.5rem;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
      .what {
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) conflicts: FieldConflict[] = [];

  render() {
    if (this.conflicts.length === 0) return nothing;
    return html`<section aria-labelledby="device-conflicts-title" data-testid="device-conflicts">
      <h2 id="device-conflicts-title">Set differently on two devices: keep one</h2>
      <ul>
        ${this.conflicts.map(
          (conflict) =>
            html`<li data-key=${conflict.key}>
              <span class="what">${conflictLabel(conflict)}</span>
              ${(conflict.values as { value: unknown; by: string; opId: string }[]).map(
                (side) =>
                  html`<button
                    class="secondary"
                    @click=${() => this.dispatchEvent(new ConflictPickEvent(conflict.key, side.opId))}
                  >
                    ${side.by}:
                    ${conflict.part === 'edits' ? editText(side.value as FactEdit) : conflictValueText(side.value)}
                  </button>`,
              )}
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'device-conflicts': DeviceConflicts;
  }
}
