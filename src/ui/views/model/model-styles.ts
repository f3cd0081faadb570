import { css } from 'lit';

/** Styles shared by the Model view's parts: panels, reasons, progress, file lists, warnings. */
export const modelStyles = css`
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1.0625rem;
    margin: 0.75rem 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .panel,
  article {
    background: var(--surface);
    border: 1px solid var(--rule);
    border-radius: 8px;
    padding: 0.75rem 1rem;
  }
  article h3 {
    margin-top: 0;
  }
  .muted {
    color: var(--ink-muted);
  }
  .reasons {
    margin: 0 0 0.75rem;
    padding-left: 1.5rem;
    max-width: 70ch;
  }
  .reasons li + li {
    margin-top: 0.25rem;
  }
  .banner {
    background: var(--notice);
    border: 2px solid var(--focus);
    border-radius: 8px;
    padding: 0.5rem 0.75rem;
    font-weight: 600;
  }
  .error {
    border-left: 4px solid #b91c1c;
    padding: 0.25rem 0.75rem;
    background: #fef2f2;
    color: #7f1d1d;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
  }
  button.danger {
    background: #b91c1c;
    border-color: #b91c1c;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  progress {
    width: 100%;
    height: 1rem;
  }
  .files ul {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    max-height: 12rem;
    overflow-y: auto;
    font-size: 0.9375rem;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1rem;
    padding: 0.125rem 0;
    border-bottom: 1px solid #e5e7eb;
  }
  .files li.queued {
    color: var(--ink-muted);
  }
  .path {
    overflow-wrap: anywhere;
  }
  summary {
    padding: 0.75rem 0;
    cursor: pointer;
  }
`;
