import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedFact } from '../../../records/index.js';
import type { Location } from '../../../tccc/record.js';
import { LOCATION_WORDS } from '../../body-diagram/body-diagram-layout.js';
import { SECTIONS, type FactTemplate } from './fact-fields.js';
import { factRegion } from './fact-filter.js';

/** What the sections show and what their buttons do; the view owns the state behind them. */
export interface FactSectionsInput {
  /** Every fact of the casualty, deleted ones included. */
  all: ResolvedFact[];
  /** The body region the facts are filtered to, if any (then "Add" is hidden and empty sections go). */
  region: Location | undefined;
  /** Section titles folded away. */
  collapsed: ReadonlySet<string>;
  /** The template of a fact being added (not edited), whose section shows the editor. */
  adding: FactTemplate | undefined;
  row(f: ResolvedFact): TemplateResult;
  editor(): TemplateResult;
  toggle(title: string): void;
  add(template: FactTemplate): void;
  showAll(): void;
}

/** Whether `f` already is the one-per-record fact `template` would add (then "Add" is an edit instead). */
function isSameSingular(f: ResolvedFact, template: FactTemplate): boolean {
  if (template.kind === 'casualty') return f.kind === 'casualty' && f.field === template.field;
  return (template.kind === 'evac_priority' || template.kind === 'location_grid') && f.kind === template.kind;
}

/** The record's facts by section, each foldable, with its count and its "+ Add" buttons. */
export function factSections({ all, region, collapsed, adding, row, editor, toggle, add, showAll }: FactSectionsInput) {
  const facts = region ? all.filter((f) => factRegion(f) === region) : all;
  const sections = SECTIONS.map((section) => {
    const inSection = facts.filter((f) => section.kinds.includes(f.kind));
    if (region && inSection.length === 0) return nothing;
    const addingHere = adding !== undefined && section.kinds.includes(adding.kind);
    const folded = collapsed.has(section.title) && !addingHere;
    const id = `section-${section.kinds[0]}`;
    return html`<section class="section" aria-labelledby=${id}>
      <div class="section-head">
        <h2 id=${id}>
          <button
            type="button"
            class="fold"
            aria-expanded=${folded ? 'false' : 'true'}
            aria-controls=${`${id}-body`}
            @click=${() => toggle(section.title)}
          >
            <span class="fold-mark" aria-hidden="true">${folded ? '▸' : '▾'}</span>${section.title}
            <span class="count">${inSection.filter((f) => f.origin !== 'deleted').length}</span>
          </button>
        </h2>
        ${
          region
            ? nothing
            : section.add
                .filter(({ template }) => !all.some((f) => f.origin !== 'deleted' && isSameSingular(f, template)))
                .map(
                  ({ label, template }) =>
                    html`<button class="secondary add" @click=${() => add(template)}>+ ${label}</button>`,
                )
        }
      </div>
      <div id=${`${id}-body`} ?hidden=${folded}>
        ${
          inSection.length
            ? html`<ul class="fact-list">
                ${inSection.map(row)}
              </ul>`
            : html`<p class="none">Nothing recorded.</p>`
        }
        ${addingHere ? editor() : nothing}
      </div>
    </section>`;
  });
  return html`${
    region
      ? html`<p class="filter-status" role="status">
          Showing the ${facts.length} fact${facts.length === 1 ? '' : 's'} at ${LOCATION_WORDS[region]}.
          <button type="button" class="secondary" @click=${showAll}>Show all facts</button>
        </p>`
      : nothing
  }${sections}`;
}
