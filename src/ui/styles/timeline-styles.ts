import { css } from 'lit';

/**
 * A narrative as a timeline, one `<li>` per piece: its `<time>`, then the words (`.piece`) as they were entered.
 * Capture's timeline and the Record view's dictated pieces look alike, so the medic reads them as the same thing.
 */
export const timelineStyles = css`
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  li {
    display: grid;
    grid-template-columns: 5.5rem minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    padding: 0.5rem;
    border-left: 4px solid var(--accent);
    background: var(--canvas);
  }
  time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .piece {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
