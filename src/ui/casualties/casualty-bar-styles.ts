import { css } from 'lit';

/** The casualty bar: one row on the kiosk, wrapping on narrow screens; the roster opens below it. */
export const casualtyBarStyles = css`
  :host {
    display: block;
    margin: 0 0 0.75rem;
  }
  .bar {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 0.375rem 0.625rem;
    padding: 0.25rem 0.375rem;
    border: 2px solid var(--rule);
    border-radius: 10px;
    background: var(--canvas);
  }
  .current {
    display: flex;
    flex-direction: column;
    flex: 1 1 8rem;
    line-height: 1.25;
    min-width: 0;
  }
  .title {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .detail {
    color: var(--ink-muted);
    font-size: 0.85rem;
  }
  .save {
    font-size: 0.9rem;
    font-weight: 600;
    color: var(--ink-muted);
  }
  .save.failed {
    padding: 0.125rem 0.5rem;
    border-radius: 6px;
    background: #7f1d1d;
    color: #fff;
  }
  .problem {
    max-width: none;
    padding: 0.5rem 0.75rem;
    border: 2px solid #7f1d1d;
    border-radius: 8px;
    background: #fee2e2;
    color: #7f1d1d;
    font-weight: 600;
  }
  .undo {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    max-width: none;
    margin: 0.5rem 0 0;
    padding: 0.25rem 0.5rem;
    background: var(--notice);
    border-radius: 8px;
  }
  /* Phones: the bar's parts wrap rather than squeeze the casualty's name. */
  @media (max-width: 560px) {
    .bar {
      flex-wrap: wrap;
    }
  }
  .bar > button {
    flex: none;
  }
  section {
    margin-top: 0.5rem;
    padding: 0.5rem;
    border: 2px solid var(--accent);
    border-radius: 10px;
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .pick {
    flex: 1 1 16rem;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    text-align: left;
    font-weight: 400;
    color: var(--ink);
    border-color: var(--rule);
  }
  .pick[aria-current='true'] {
    border-color: var(--accent);
    border-width: 4px;
    background: #e0eaf7;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
  }
  button.danger {
    background: #991b1b;
    border-color: #991b1b;
  }
  h2 {
    font-size: 1rem;
    margin: 0.75rem 0 0.25rem;
  }
`;
