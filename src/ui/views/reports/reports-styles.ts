import { css } from 'lit';

/** The Reports view: report tabs, the copy/download row, and the ZMIST lines. */
export const reportsStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-bottom: 0.625rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.625rem;
  }
  .message {
    max-width: none;
    padding: 0.375rem 0.625rem;
    border-radius: 8px;
    background: #dcfce7;
    font-weight: 600;
  }
  .message.bad {
    background: #fee2e2;
    color: #7f1d1d;
  }
  .hint {
    color: var(--ink-muted);
  }
  .zmist {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.5rem 0.75rem;
    margin: 0;
    font-size: 1.125rem;
  }
  .zmist dt {
    display: grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    border-radius: 6px;
    background: var(--accent);
    color: var(--on-accent);
    font-weight: 800;
  }
  .zmist dd {
    margin: 0;
    padding-top: 0.25rem;
    overflow-wrap: anywhere;
  }
  .k {
    display: block;
    font-size: 0.8rem;
    font-weight: 700;
    text-transform: uppercase;
    color: var(--ink-muted);
  }
  label.file {
    display: inline-flex;
    align-items: center;
  }
  label.file input {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  label.file:focus-within {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  button.danger {
    background: #991b1b;
    border-color: #991b1b;
  }
`;
