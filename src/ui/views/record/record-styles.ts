import { css } from 'lit';
import { formControlStyles } from '../../styles/form-control-styles.js';

/**
 * The Record view, dense for the 1024x600 kiosk: the body diagram, time of injury, notes and alert chips in one
 * band on top; the facts below, one 44 px line each, sections in two columns when the view is wide enough.
 */
export const recordStyles = [
  formControlStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .layout {
      display: grid;
      gap: 0.5rem;
    }
    .overview {
      display: grid;
      gap: 0.5rem 1rem;
    }
    .diagram-pane {
      display: grid;
      gap: 0.375rem;
      justify-items: center;
    }
    body-diagram {
      width: 100%;
      max-width: 20rem;
      aspect-ratio: 260 / 214;
    }
    .regions {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 600;
    }
    .regions select {
      min-height: 44px;
    }
    .sections {
      display: block;
    }
    /* The kiosk's width and up: diagram beside the fields and alerts, and the sections in two columns. */
    @container (min-width: 760px) {
      .overview {
        grid-template-columns: 17rem minmax(0, 1fr);
        align-items: start;
      }
      .sections {
        columns: 2;
        column-gap: 1rem;
      }
    }
    h2 {
      margin: 0;
      font-size: 1rem;
    }
    .section {
      break-inside: avoid;
      padding: 0.125rem 0 0.5rem;
      border-top: 2px solid var(--rule);
    }
    .section-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem;
    }
    .section-head h2 {
      flex: 1 1 auto;
    }
    button.fold {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 44px;
      padding: 0 0.25rem;
      border: none;
      background: none;
      color: var(--ink);
      font-size: 1rem;
      font-weight: 700;
    }
    .fold-mark {
      font-size: 0.8rem;
    }
    .count {
      min-width: 1.5rem;
      padding: 0 0.375rem;
      border-radius: 999px;
      background: var(--canvas);
      font-size: 0.875rem;
      text-align: center;
    }
    button.add {
      min-height: 44px;
      padding: 0.125rem 0.5rem;
      font-size: 0.875rem;
    }
    .undo,
    .filter-status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin: 0 0 0.5rem;
      padding: 0.25rem 0.5rem;
      background: var(--notice);
      border-radius: 8px;
      max-width: none;
    }
    .none,
    .empty {
      color: var(--ink-muted);
      margin: 0 0 0.25rem;
    }
    .fact-list {
      display: grid;
      gap: 2px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .fact {
      border-left: 5px solid var(--accent);
      background: var(--canvas);
    }
    .fact:has(fact-editor) {
      border: none;
      background: none;
    }
    button.line {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      width: 100%;
      min-height: 44px;
      padding: 0.125rem 0.5rem;
      border: none;
      border-radius: 0;
      background: none;
      color: var(--ink);
      font-weight: 600;
      text-align: left;
    }
    button.line[aria-expanded='true'] {
      background: #dbe4f0;
    }
    .what {
      overflow-wrap: anywhere;
    }
    .src {
      flex: 0 0 auto;
      padding: 0 0.3rem;
      border: 1px solid var(--rule);
      border-radius: 4px;
      background: var(--surface);
      color: var(--ink-muted);
      font-size: 0.75rem;
      font-weight: 700;
    }
    .detail {
      display: grid;
      gap: 0.25rem;
      padding: 0.25rem 0.5rem 0.5rem;
      background: var(--surface);
    }
    .detail[hidden] {
      display: none;
    }
    .from {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: baseline;
      font-size: 0.9rem;
      color: var(--ink-muted);
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
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
