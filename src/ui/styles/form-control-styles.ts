import { css } from 'lit';

/**
 * The app's text fields and choice lists: touch-sized, ruled border, the page's font. A view that needs
 * them wider or roomier lists its own rule after this one (`[formControlStyles, local]`), which wins.
 */
export const formControlStyles = css`
  input,
  select,
  textarea {
    min-height: var(--tap);
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--rule);
    border-radius: 6px;
    font: inherit;
    background: var(--surface);
  }
`;
