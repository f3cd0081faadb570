import { css } from 'lit';

/** Capture's own rules: the draft box, its actions at thumb size, and the lines that say where a piece stands. */
export const captureStyles = css`
  form {
    display: grid;
    gap: 0.5rem;
  }
  label {
    font-weight: 700;
  }
  textarea {
    width: 100%;
    min-height: 7.5rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--rule);
    border-radius: 8px;
    font: inherit;
    resize: vertical;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .add {
    min-height: 56px;
    min-width: 12rem;
    font-size: 1.125rem;
  }
  .hint,
  .status {
    margin: 0;
    color: var(--ink-muted);
  }
  .failure {
    color: #7f1d1d;
    font-weight: 600;
  }
  h2 {
    font-size: 1.125rem;
    margin: 1.25rem 0 0.5rem;
  }
`;
