import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  CBRN,
  MARKING,
  NATIONALITY,
  SECURITY,
  SPECIAL_EQUIPMENT,
  type NineLine,
  type NineLineFields,
} from '../../../tccc/reports/index.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { nineLineStyles } from './nine-line-styles.js';

/** Fired with the medic's 9-line fields after every change. */
export class NineLineChangeEvent extends Event {
  constructor(readonly fields: NineLineFields) {
    super('nine-line-change', { bubbles: true, composed: true });
  }
}

type TextKey = 'location' | 'frequency' | 'callSign' | 'suffix' | 'markingDetail' | 'terrain';
type CodeListKey = 'specialEquipment' | 'nationality' | 'cbrn';

/**
 * The 9-line request line by line: each line's value, or MISSING, and under the lines only the
 * medic can give, the controls to give them. Every change is announced with a NineLineChangeEvent.
 */
@customElement('nine-line-panel')
export class NineLinePanel extends LitElement {
  static styles = [sharedStyles, nineLineStyles];

  @property({ attribute: false }) request!: NineLine;
  @property({ attribute: false }) fields: NineLineFields = {};

  private set(change: Partial<NineLineFields>): void {
    const next: NineLineFields = { ...this.fields, ...change };
    for (const key of Object.keys(next) as (keyof NineLineFields)[])
      if (next[key] === undefined || next[key] === '') delete next[key];
    this.dispatchEvent(new NineLineChangeEvent(next));
  }

  private text(key: TextKey, label: string, placeholder = '') {
    return html`<label
      >${label}<input
        .value=${live(this.fields[key] ?? '')}
        placeholder=${placeholder}
        autocomplete="off"
        @input=${(e: InputEvent) => this.set({ [key]: (e.target as HTMLInputElement).value })}
    /></label>`;
  }

  private count(key: 'litter' | 'ambulatory', label: string) {
    const value = this.fields[key];
    return html`<label
      >${label}<input
        inputmode="numeric"
        .value=${live(value === undefined ? '' : String(value))}
        @input=${(e: InputEvent) => {
          const raw = (e.target as HTMLInputElement).value.trim();
          if (raw === '' || /^\d{1,3}$/.test(raw)) this.set({ [key]: raw === '' ? undefined : Number(raw) });
        }}
    /></label>`;
  }

  private choice<K extends string>(key: 'security' | 'marking', label: string, table: Record<K, string>) {
    const value = this.fields[key] as K | undefined;
    return html`<div class="field">
      <label for=${key}>${label}</label
      ><select
        id=${key}
        @change=${(e: Event) => this.set({ [key]: (e.target as HTMLSelectElement).value || undefined })}
      >
        <option value="" ?selected=${!value}>— not given —</option>
        ${(Object.keys(table) as K[]).map((code) => html`<option value=${code} ?selected=${code === value}>${code}: ${table[code]}</option>`)}
      </select>
    </div>`;
  }

  private codes<K extends string>(key: CodeListKey, table: Record<K, string>, extra?: TemplateResult) {
    const picked = (this.fields[key] ?? []) as K[];
    const toggle = (code: K, on: boolean) => {
      const next = on ? [...picked, code] : picked.filter((k) => k !== code);
      this.set({ [key]: next.length ? next : undefined }); // none picked is MISSING; "None" is its own box
    };
    return html`<div class="codes" role="group">
      ${(Object.keys(table) as K[]).map(
        (code) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${live(picked.includes(code))}
              @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)}
            />${code}: ${table[code]}</label
          >`,
      )}
      ${extra ?? nothing}
    </div>`;
  }

  /** The controls under each line the medic completes. */
  private controls(line: number) {
    const wartime = (this.fields.mode ?? 'wartime') === 'wartime';
    switch (line) {
      case 1:
        return this.text('location', 'Pickup grid, if not the casualty grid', 'e.g. 38SMB4484');
      case 2:
        return html`${this.text('frequency', 'Frequency')}${this.text('callSign', 'Call sign')}${this.text('suffix', 'Suffix')}`;
      case 4:
        return this.codes('specialEquipment', SPECIAL_EQUIPMENT);
      case 5:
        return html`${this.count('litter', 'Litter')}${this.count('ambulatory', 'Ambulatory')}`;
      case 6:
        return wartime ? this.choice('security', 'Security', SECURITY) : nothing;
      case 7:
        return html`${this.choice('marking', 'Marking', MARKING)}${this.text('markingDetail', 'Detail (e.g. smoke colour)')}`;
      case 8:
        return this.codes('nationality', NATIONALITY);
      case 9:
        return wartime
          ? this.codes(
              'cbrn',
              CBRN,
              html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${live(this.fields.cbrn !== undefined && this.fields.cbrn.length === 0)}
                  @change=${(e: Event) => this.set({ cbrn: (e.target as HTMLInputElement).checked ? [] : undefined })}
                />None</label
              >`,
            )
          : this.text('terrain', 'Terrain');
      default:
        return nothing;
    }
  }

  render() {
    const r = this.request;
    if (!r) return nothing;
    return html`
      <div class="field mode">
        <label for="mode">Request type</label>
        <select
          id="mode"
          @change=${(e: Event) => this.set({ mode: (e.target as HTMLSelectElement).value as 'wartime' | 'peacetime' })}
        >
          <option value="wartime" ?selected=${r.mode === 'wartime'}>Wartime</option>
          <option value="peacetime" ?selected=${r.mode === 'peacetime'}>Peacetime</option>
        </select>
      </div>
      <p class="summary ${r.missing.length ? 'incomplete' : 'complete'}" role="status">
        ${r.missing.length ? `MISSING lines: ${r.missing.join(', ')}` : 'All nine lines complete'}
      </p>
      <ol>
        ${r.lines.map(
          (l) =>
            html`<li class="line ${l.source}" data-line=${l.line}>
              <div class="head">
                <span class="num">${l.line}</span>
                <span class="title">${l.title}</span>
                ${l.value === undefined ? html`<strong class="missing">MISSING</strong>` : html`<strong class="value">${l.value}</strong>`}
                ${l.source === 'record' ? html`<span class="from">from the record</span>` : nothing}
              </div>
              ${l.note ? html`<div class="note">${l.note}</div>` : nothing}
              <div class="controls">${this.controls(l.line)}</div>
            </li>`,
        )}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nine-line-panel': NineLinePanel;
  }
}
