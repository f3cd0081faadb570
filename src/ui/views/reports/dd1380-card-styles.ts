import { css } from 'lit';

/**
 * The card's two faces: side by side when there is room, stacked otherwise. With [print] each face
 * is the printed card's size (4 x 7 in), one page each. Sizes are in em of the face's type, so a label
 * ("TIME") is never larger than the value beside it ("02:55"), on screen and on paper.
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
    margin: 0 0 0.375em;
    font-size: 1.1em;
    border-bottom: 2px solid #000;
  }
  h2 small {
    font-size: 0.75em;
    font-weight: 600;
  }
  h3,
  h4 {
    margin: 0.5em 0 0.125em;
    padding: 0 0.25em;
    font-size: 0.85em;
    letter-spacing: 0.04em;
    background: #e5e7eb;
  }
  h4 {
    margin-top: 0.25em;
    background: none;
    padding: 0;
  }
  .diagram-row {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  body-diagram {
    flex: 0 0 auto;
    width: 21em;
    height: 17.3em;
    max-width: 55%;
  }
  .beside {
    flex: 1 1 0;
    min-width: 0;
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
    font-size: 0.85em;
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
  ul {
    margin: 0;
    padding: 0 0 0 1em;
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
    font-size: 0.85em;
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
  /* Printed: one face per 4 x 7 in page (the print CSS sets @page to that size, margin 0). */
  :host([print]) {
    display: block;
    font-size: 8.5pt;
  }
  :host([print]) .face {
    width: 4in;
    height: 7in;
    overflow: hidden;
    border: none;
    border-radius: 0;
    padding: 0.15in;
    break-after: page;
  }
  :host([print]) .face:last-child {
    break-after: auto;
  }
  /* The diagram takes a bit over half the face's width, the injuries and tourniquets in words beside it. */
  :host([print]) body-diagram {
    width: 2.1in;
    height: 1.73in;
    max-width: none;
  }
`;
