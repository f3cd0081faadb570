import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FactValue } from '../../../records/index.js';
import { formControlStyles } from '../../styles/form-control-styles.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { factFromForm, fieldsFor, type FactTemplate, type FieldSpec } from './fact-fields.js';

/** Fired with the fact the form describes when the medic saves it. */
export class FactSaveEvent extends Event {
  constructor(readonly fact: FactValue) {
    super('fact-save', { bubbles: true, composed: true });
  }
}

/**
 * The form for one fact: its fields for the template's kind, filled with `values`. Saves with a
 * FactSaveEvent, cancels with a `fact-cancel` event; `problems` shows what the record check refused.
 */
@customElement('fact-editor')
export class FactEditor extends LitElement {
  static styles = [
    sharedStyles,
    formControlStyles,
    css`
      :host {
        display: block;
        padding: 0.75rem;
        border: 3px solid var(--accent);
        border-radius: 10px;
        background: #f5f8fd;
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
        gap: 0.5rem 0.75rem;
      }
      .field {
        display: grid;
        gap: 0.125rem;
      }
      label {
        font-size: 0.9rem;
        font-weight: 600;
      }
      input,
      select {
        width: 100%;
        min-width: 0;
      }
      .wide {
        grid-column: 1 / -1;
      }
      .actions {
        display: flex;
        gap: 0.75rem;
        margin-top: 0.75rem;
      }
      ul {
        margin: 0.5rem 0 0;
        color: #7f1d1d;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) template!: FactTemplate;
  @property({ attribute: false }) values: Record<string, string> = {};
  /** Problems found outside the form (the whole record failed its schema check). */
  @property({ attribute: false }) problems: string[] = [];
  @state() private errors: string[] = [];

  firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('input, select')?.focus();
  }

  private save(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
    const result = factFromForm(this.template, data);
    if ('errors' in result) {
      this.errors = result.errors;
      return;
    }
    this.errors = [];
    this.dispatchEvent(new FactSaveEvent(result.fact));
  }

  private field(spec: FieldSpec) {
    const value = this.values[spec.key] ?? '';
    const id = `field-${spec.key}`;
    const control = spec.options
      ? html`<select id=${id} name=${spec.key} ?required=${spec.required}>
          ${spec.required ? nothing : html`<option value="" ?selected=${!value}>— not stated —</option>`}
          ${Object.entries(spec.options).map(([code, label]) => html`<option value=${code} ?selected=${code === value}>${label}</option>`)}
        </select>`
      : html`<input
          id=${id}
          name=${spec.key}
          .value=${value}
          inputmode=${spec.input === 'text' ? 'text' : 'numeric'}
          placeholder=${spec.input === 'time' ? 'HH:MM' : ''}
          autocomplete="off"
        />`;
    // A label wrapping a <select> would fold the chosen option into the field's name.
    return html`<div class="field ${spec.key === 'note' || spec.key === 'value' ? 'wide' : ''}">
      <label for=${id}>${spec.label}</label>${control}
    </div>`;
  }

  render() {
    const shown = [...this.errors, ...this.problems];
    return html`
      <form @submit=${this.save}>
        <div class="fields">${fieldsFor(this.template).map((spec) => this.field(spec))}</div>
        ${
          shown.length
            ? html`<ul role="alert">
                ${shown.map((e) => html`<li>${e}</li>`)}
              </ul>`
            : nothing
        }
        <div class="actions">
          <button type="submit">Save</button>
          <button
            type="button"
            class="secondary"
            @click=${() => this.dispatchEvent(new Event('fact-cancel', { bubbles: true, composed: true }))}
          >
            Cancel
          </button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-editor': FactEditor;
  }
}
