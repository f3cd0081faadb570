import { css } from 'lit';
import { formControlStyles } from '../../styles/form-control-styles.js';

/** The 9-line: one block per line, MISSING in a colour and in words, controls under the line. */
export const nineLineStyles = [
  formControlStyles,
  css`
    :host {
      display: block;
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.375rem;
    }
    .line {
      padding: 0.375rem 0.5rem;
      border-left: 6px solid var(--accent);
      background: var(--canvas);
    }
    .line.missing {
      border-left-color: #991b1b;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.625rem;
    }
    .num {
      display: inline-grid;
      place-items: center;
      min-width: 1.75rem;
      height: 1.75rem;
      border-radius: 50%;
      background: var(--accent);
      color: var(--on-accent);
      font-weight: 800;
    }
    .title {
      font-weight: 600;
    }
    .value {
      overflow-wrap: anywhere;
    }
    .missing strong,
    strong.missing {
      padding: 0 0.375rem;
      border-radius: 4px;
      background: #991b1b;
      color: #fff;
      letter-spacing: 0.05em;
    }
    .from,
    .note {
      color: var(--ink-muted);
      font-size: 0.9rem;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem 0.75rem;
      margin-top: 0.25rem;
    }
    .controls:empty {
      display: none;
    }
    label,
    .field {
      display: grid;
      gap: 0.125rem;
      font-size: 0.9rem;
      font-weight: 600;
    }
    .codes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
    }
    label.check {
      display: flex;
      align-items: center;
      gap: 0.375rem;
      min-height: var(--tap);
      padding: 0 0.625rem 0 0.25rem;
      border: 2px solid var(--rule);
      border-radius: 6px;
      background: var(--surface);
      font-weight: 500;
    }
    input[type='checkbox'] {
      min-height: 0;
      width: 1.5rem;
      height: 1.5rem;
    }
    .mode {
      display: inline-grid;
      margin-bottom: 0.5rem;
    }
    .summary {
      font-weight: 700;
    }
    .summary.incomplete {
      color: #7f1d1d;
    }
  `,
];
