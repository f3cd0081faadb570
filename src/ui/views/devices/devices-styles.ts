import { css } from 'lit';

/** The Devices page: the pairing code beside the list on the kiosk's landscape screen, stacked when narrow. */
export const devicesStyles = css`
  :host {
    padding: 0.5rem 1rem 1rem;
  }
  h2 {
    font-size: 1.125rem;
    margin: 0 0 0.5rem;
  }
  .columns {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
  }
  section {
    flex: 1 1 20rem;
    min-width: 0;
  }
  figure {
    margin: 0 0 0.75rem;
  }
  .qr {
    display: block;
    width: 12rem;
    height: 12rem;
  }
  figcaption {
    min-height: 4.5rem;
  }
  .link {
    display: block;
    min-height: 2.5rem;
    margin: 0.5rem 0 0.25rem;
    overflow-wrap: anywhere;
    font-size: 0.875rem;
  }
  .expires {
    color: var(--ink-muted);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: 0.75rem;
  }
  th,
  td {
    padding: 0.375rem;
    border-bottom: 1px solid var(--rule);
    text-align: left;
    vertical-align: middle;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  button.danger {
    border-color: #991b1b;
    background: #991b1b;
  }
  .message.bad {
    color: #7f1d1d;
    font-weight: 600;
  }
`;
