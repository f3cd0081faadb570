/**
 * The card's print layout. The shell fills the screen and clips its overflow, so printing it would
 * give one screenful; instead a <dd1380-card print> sits directly in <body>, hidden on screen, and
 * on paper it is the only thing shown: each face a 4 x 7 in page, the DD 1380's own size.
 */
import type { TcccRecord } from '../../../tccc/record.js';
import type { CasualtyCard } from '../../../tccc/reports/index.js';
import './dd1380-card.js';

const PRINT_CSS = `
@media screen { dd1380-card[print] { display: none !important; } }
@media print {
  @page { size: 4in 7in; margin: 0; }
  body { overflow: visible !important; }
  tccc-app { display: none !important; }
}`;

/** Keeps the printable copy of the card (built from `record`) up to date; Print (or the browser's print) then prints it. */
export function setPrintableCard(card: CasualtyCard, record: TcccRecord): void {
  if (!document.getElementById('dd1380-print-css')) {
    const style = document.createElement('style');
    style.id = 'dd1380-print-css';
    style.textContent = PRINT_CSS; // a constant: no user text ever goes into a style element
    document.head.append(style);
  }
  let host = document.querySelector<HTMLElementTagNameMap['dd1380-card']>('body > dd1380-card[print]');
  if (!host) {
    host = document.createElement('dd1380-card');
    host.setAttribute('print', '');
    document.body.append(host);
  }
  host.card = card;
  host.record = record;
}

/** Removes the printable copy, so Print never shows a card when there is no casualty. */
export function clearPrintableCard(): void {
  document.querySelector('body > dd1380-card[print]')?.remove();
}
