import { css } from 'lit';

/** Layout for a view's own content: padded, readable line length, scrolls inside the shell's main area. */
export const viewStyles = css`
  :host {
    display: block;
    padding: 1rem 1.25rem 1.5rem;
  }
  :host([hidden]) {
    display: none;
  }
  .lead {
    font-size: 1.125rem;
    color: var(--ink-muted);
  }
`;
