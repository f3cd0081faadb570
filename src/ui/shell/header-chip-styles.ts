import { css } from 'lit';

/**
 * The header's status chips (engine, sync): a 44 px touch target that opens a panel of the whole story below it.
 * One look for both, so the medic reads them as one kind of thing.
 */
export const headerChipStyles = css`
  :host {
    position: relative;
    display: block;
    color: var(--on-header);
    font-size: 0.9375rem;
  }
  .chip {
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.75rem;
    border: 2px solid var(--on-header-muted);
    border-radius: 22px;
    background: transparent;
    color: var(--on-header);
    white-space: nowrap;
  }
  .chip[aria-expanded='true'] {
    background: var(--on-header);
    color: var(--header);
  }
  .popover {
    position: absolute;
    right: 0;
    top: calc(100% + 0.25rem);
    z-index: 10;
    width: max-content;
    max-width: min(28rem, calc(100vw - 1.5rem));
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--header);
    border-radius: 8px;
    background: var(--surface);
    color: var(--ink);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.25);
  }
`;
