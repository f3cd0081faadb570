import { css } from 'lit';

/**
 * Styles every view and shell part starts from (`static styles = [sharedStyles, local]`).
 * Colours come from the CSS custom properties set on :root in index.html, so one palette
 * serves the light DOM and every shadow root; all text/background pairs meet WCAG AA.
 */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    color: var(--ink);
    font: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1 {
    font-size: 1.5rem;
    line-height: 1.2;
    margin: 0 0 0.5rem;
  }
  p {
    margin: 0 0 0.75rem;
    max-width: 60ch;
  }
  button,
  .button {
    min-height: var(--tap);
    min-width: var(--tap);
    padding: 0.5rem 1rem;
    border: 2px solid var(--accent);
    border-radius: 8px;
    background: var(--accent);
    color: var(--on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    touch-action: manipulation;
  }
  button.secondary {
    background: var(--surface);
    color: var(--accent);
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  /* Read by screen readers, not shown: words that a mark or a tick box says to the eye. */
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
