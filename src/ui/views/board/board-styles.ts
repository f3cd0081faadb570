import { css } from 'lit';

/**
 * The board table: compact enough that eight columns fit the kiosk's 1024x600 screen beside the rail and a portrait
 * tablet; on a phone the table scrolls sideways inside its own region, never the page.
 */
export const boardStyles = css`
  :host {
    padding: 0.5rem 0.75rem 1rem;
  }
  h1 {
    display: inline-block;
    margin: 0.25rem 1rem 0.25rem 0;
  }
  .as-of {
    display: inline-block;
    margin: 0;
    color: var(--ink-muted);
  }
  .scroller {
    overflow-x: auto;
  }
  .scroller:focus-visible {
    outline: 3px solid var(--focus);
  }
  table {
    width: 100%;
    /* Fixed layout: column widths come from the <col>s, not from measuring every cell of 200 rows first. */
    table-layout: fixed;
    border-collapse: collapse;
    font-size: 0.875rem;
    line-height: 1.3;
  }
  col.casualty {
    width: 13%;
  }
  col.priority {
    width: 12%;
  }
  col.since {
    width: 11%;
  }
  col.tourniquet {
    width: 15%;
  }
  col.txa {
    width: 13%;
  }
  col.vitals {
    width: 14%;
  }
  col.evac {
    width: 12%;
  }
  col.device {
    width: 10%;
  }
  caption {
    text-align: left;
    padding: 0.25rem 0;
    color: var(--ink-muted);
  }
  th,
  td {
    padding: 0.375rem 0.375rem;
    border-bottom: 1px solid var(--rule);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--canvas);
    font-size: 0.8125rem;
  }
  tbody th {
    font-weight: 600;
  }
  /* A word wider than its column breaks rather than pushing the table past the screen. */
  th,
  td {
    overflow-wrap: break-word;
  }
  tbody th a {
    display: inline-block;
    min-height: 2.75rem;
    color: var(--accent);
  }
  td.is-alert {
    background: #fde8e8;
    color: #7f1d1d;
    font-weight: 600;
  }
  td.is-warning {
    background: #fff4dc;
    color: #78350f;
  }
  @media (max-width: 700px) {
    table {
      min-width: 52rem;
    }
  }
`;
