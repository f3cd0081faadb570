import { css } from 'lit';

/** Styles of <record-guidance>: severity is carried by a label, an icon and a border style as well as colour. */
export const guidanceStyles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: 1.0625rem;
    margin: 0.25rem 0 0.25rem;
  }
  summary {
    display: flex;
    align-items: center;
    min-height: var(--tap);
    cursor: pointer;
    touch-action: manipulation;
  }
  .alerts-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75rem;
  }
  .alerts-head .summary {
    margin: 0 0 0.25rem;
  }
  .fact-guidance-title {
    font-size: 1.0625rem;
    font-weight: 700;
  }
  .fact-guidance {
    margin-top: 0.5rem;
    border-top: 2px solid var(--rule);
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
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
  }
  .alert {
    padding: 0 0.5rem;
    border-left: 8px solid;
    border-radius: 6px;
    font-size: 0.9375rem;
  }
  .alert details[open] {
    padding-bottom: 0.5rem;
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
    display: flex;
    align-items: center;
    gap: 0.375rem;
    margin: 0;
    padding: 0.25rem 0;
    min-height: 44px;
    max-width: none;
    box-sizing: border-box;
  }
  .message .severity {
    flex: 0 0 auto;
  }
  .message .text {
    min-width: 0;
  }
  /* Closed, a chip is one line: the rest of its message shows when it is opened. */
  details:not([open]) > .message .text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .severity {
    display: inline-block;
    padding: 0 0.25rem;
    font-size: 0.8125rem;
    line-height: 1.25rem;
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
  .note {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
  }
  .error {
    color: #7f1d1d;
  }
`;
