import { css } from 'lit';

/**
 * The card's two faces: side by side when there is room, stacked otherwise. With [print] each face
 * is the printed card's size (4 x 7 in) in small type, so both fit one landscape page.
 */
export const cardStyles = css`
  :host {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    font-size: 0.95rem;
  }
  .face {
    flex: 1 1 22rem;
    min-width: 0;
    padding: 0.625rem 0.75rem;
    border: 2px solid var(--ink, #000);
    border-radius: 4px;
    background: #fff;
    color: #000;
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0 0 0.375rem;
    font-size: 1.05rem;
    border-bottom: 2px solid #000;
  }
  h2 small {
    font-size: 0.75rem;
    font-weight: 600;
  }
  h3 {
    margin: 0.5rem 0 0.125rem;
    padding: 0 0.25rem;
    font-size: 0.8rem;
    letter-spacing: 0.04em;
    background: #e5e7eb;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    align-items: baseline;
    padding: 0.125rem 0;
    border-bottom: 1px solid #9ca3af;
  }
  .trio {
    justify-content: space-between;
  }
  .k {
    font-size: 0.75rem;
    font-weight: 700;
  }
  .v {
    font-weight: 600;
  }
  .boxes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
  }
  .box {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .mark {
    display: inline-grid;
    place-items: center;
    width: 1em;
    height: 1em;
    border: 1.5px solid #000;
    font-size: 0.85em;
    font-weight: 800;
    line-height: 1;
  }
  .box.on {
    font-weight: 700;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  ul {
    margin: 0;
    padding: 0 0 0 1rem;
  }
  .blank {
    list-style: none;
    color: #4b5563;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.0625rem 0.25rem;
    border: 1px solid #6b7280;
    text-align: left;
  }
  th {
    font-size: 0.75rem;
  }
  dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.125rem 0.5rem;
    margin: 0;
  }
  dt {
    font-weight: 800;
  }
  dd {
    margin: 0;
  }
  dd ul {
    padding: 0;
    list-style: none;
  }
  :host([print]) {
    flex-wrap: nowrap;
    gap: 0.25in;
    font-size: 8pt;
  }
  :host([print]) .face {
    flex: 0 0 4in;
    width: 4in;
    height: 7in;
    overflow: hidden;
    border-radius: 0;
    padding: 0.12in;
  }
`;
