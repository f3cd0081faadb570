import { css } from 'lit';

/** Styles of <record-guidance>: severity is carried by a label, an icon and a border style as well as colour. */
export const guidanceStyles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0.75rem 0 0.5rem;
  }
  h3 {
    font-size: 1.0625rem;
    margin: 0.75rem 0 0.375rem;
  }
  .as-of {
    color: var(--ink-muted);
    font-size: 0.9375rem;
    font-weight: 400;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .alerts {
    display: grid;
    gap: 0.5rem;
  }
  .alert {
    display: grid;
    gap: 0.375rem;
    padding: 0.5rem 0.75rem;
    border-left: 8px solid;
    border-radius: 6px;
  }
  .alert.is-alert {
    border-left-style: double;
    border-left-width: 10px;
    border-color: #b91c1c;
    background: #fde8e8;
  }
  .alert.is-warning {
    border-color: #b45309;
    background: #fff4dc;
  }
  .alert.is-info {
    border-left-style: dotted;
    border-color: #1d4ed8;
    background: #e8effd;
  }
  .message {
    margin: 0;
    max-width: none;
  }
  .severity {
    display: inline-block;
    margin-right: 0.375rem;
    padding: 0 0.375rem;
    border: 2px solid currentColor;
    border-radius: 4px;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .alert.is-alert .severity {
    color: #7f1d1d;
  }
  .alert.is-warning .severity {
    color: #78350f;
  }
  .alert.is-info .severity {
    color: #1e3a8a;
  }
  /* The passage and the Library link share a row when there is room, to keep each alert short. */
  .alert-guidance {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25rem 0.75rem;
  }
  .alert-guidance passage-card {
    flex: 1 1 20rem;
    min-width: 0;
  }
  .open-in-library {
    display: inline-flex;
    align-items: center;
    min-height: var(--tap);
    color: var(--accent);
    font-weight: 600;
  }
  .passages {
    display: grid;
    gap: 0.375rem;
  }
  .kind {
    margin-right: 0.375rem;
    color: var(--ink-muted);
    font-size: 0.875rem;
    font-weight: 600;
    text-transform: uppercase;
  }
  .note,
  .summary,
  .empty {
    color: var(--ink-muted);
  }
  .error {
    color: #7f1d1d;
  }
`;
