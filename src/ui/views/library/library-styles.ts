import { css } from 'lit';
import { formControlStyles } from '../../styles/form-control-styles.js';

/** Form controls and lists shared by the Library view's parts: full-width fields, touch-sized targets. */
export const libraryStyles = [
  formControlStyles,
  css`
    form {
      display: grid;
      gap: 0.5rem;
      margin: 0 0 1rem;
    }
    .row {
      display: flex;
      gap: 0.5rem;
      align-items: stretch;
    }
    .row > input,
    .row > select {
      flex: 1 1 auto;
      min-width: 0;
    }
    label {
      font-weight: 600;
    }
    /* Roomier than the app's fields: the library's are full-width search and document boxes. */
    input,
    textarea,
    select {
      padding: 0.5rem 0.75rem;
      border-radius: 8px;
      color: var(--ink);
    }
    textarea {
      min-height: 8rem;
      resize: vertical;
    }
    input:focus-visible,
    textarea:focus-visible,
    select:focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 0;
    }
    ol,
    ul {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .status {
      color: var(--ink-muted);
    }
    .error {
      color: #7f1d1d;
      font-weight: 600;
    }
    .label {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border: 2px solid var(--accent);
      border-radius: 4px;
      color: var(--accent);
      font-weight: 700;
    }
    .more {
      margin-top: 0.5rem;
    }
    h2 {
      font-size: 1.25rem;
      margin: 1rem 0 0.5rem;
    }
  `,
];
