import { css } from 'lit';
import { formControlStyles } from '../../styles/form-control-styles.js';

/** The Record view: facts by section, guidance beside them when the view is wide enough. */
export const recordStyles = [
  formControlStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .layout {
      display: grid;
      gap: 1rem;
    }
    /* Guidance beside the facts from the kiosk's width up; below it on narrower screens. */
    @container (min-width: 760px) {
      .layout {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        align-items: start;
      }
    }
    .casualty-fields {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem 1rem;
      margin-bottom: 0.75rem;
    }
    label {
      display: grid;
      gap: 0.125rem;
      font-weight: 600;
    }
    .notes {
      flex: 1 1 16rem;
    }
    input {
      width: 7rem;
    }
    textarea {
      width: 100%;
      resize: vertical;
    }
    .bad {
      border-color: #991b1b;
    }
    .bad-text {
      color: #7f1d1d;
      font-weight: 600;
    }
    h2 {
      margin: 0 0 0.375rem;
      font-size: 1.0625rem;
    }
    .section {
      padding: 0.5rem 0 0.75rem;
      border-top: 2px solid var(--rule);
    }
    .undo {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      padding: 0.25rem 0.5rem;
      background: var(--notice);
      border-radius: 8px;
    }
    .none,
    .empty {
      color: var(--ink-muted);
      margin: 0 0 0.375rem;
    }
    .fact-list {
      display: grid;
      gap: 0.375rem;
      margin: 0 0 0.5rem;
      padding: 0;
      list-style: none;
    }
    .fact {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'what actions' 'from actions';
      gap: 0.125rem 0.75rem;
      padding: 0.375rem 0.5rem;
      border-left: 5px solid var(--accent);
      background: var(--canvas);
    }
    .fact:has(fact-editor) {
      display: block;
      padding: 0;
      border: none;
    }
    .what {
      grid-area: what;
      font-weight: 700;
      font-size: 1.0625rem;
      overflow-wrap: anywhere;
    }
    .from {
      grid-area: from;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: baseline;
      font-size: 0.9rem;
      color: var(--ink-muted);
      overflow-wrap: anywhere;
    }
    .actions {
      grid-area: actions;
      display: flex;
      gap: 0.375rem;
      align-items: center;
    }
    .badge {
      padding: 0 0.375rem;
      border-radius: 4px;
      background: #dbe4f0;
      color: var(--ink);
      font-weight: 600;
    }
    .badge.hand {
      background: var(--notice);
    }
    .badge.gone {
      background: #fecaca;
    }
    .origin-edited,
    .origin-added {
      border-left-color: #b45309;
    }
    .origin-deleted {
      border-left-color: #991b1b;
    }
    .origin-deleted .what {
      text-decoration: line-through;
      color: var(--ink-muted);
    }
    .quote {
      font-style: italic;
    }
    mark {
      background: var(--notice);
      color: var(--ink);
      font-style: normal;
      font-weight: 600;
    }
    .add-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    button.add {
      font-weight: 600;
    }
    .conflicts {
      margin-bottom: 0.75rem;
      padding: 0.5rem 0.75rem;
      border: 3px solid #b45309;
      border-radius: 10px;
    }
    .conflicts ul {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.5rem;
    }
    .conflicts li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .path {
      font-weight: 700;
    }
  `,
];
