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

/** What the print copy shows: the card and the record it was built from; undefined when there is no casualty. */
export type PrintableCard = { card: CasualtyCard; record: TcccRecord } | undefined;

/** The print copy's latest content, not yet drawn: built and drawn when the page is idle, or at once for a print. */
let pending: (() => PrintableCard) | undefined;

/**
 * Keeps the printable copy up to date with `build`, drawn once the page is idle: it is a whole second card, and
 * drawing it within the view's render made the Reports view's first screen wait for a card nobody sees. A print
 * (the Print card button or the browser's own) draws what is pending first.
 */
export function keepPrintableCard(build: () => PrintableCard): void {
  const scheduled = pending !== undefined;
  pending = build;
  if (scheduled) return;
  // No deadline: however long the page stays busy, a print draws the copy first. Safari has no requestIdleCallback,
  // hence the timer.
  if ('requestIdleCallback' in window) requestIdleCallback(drawPendingCard);
  else setTimeout(drawPendingCard, 100);
}

/** Draws the pending print copy now (for a print about to start); false when it was up to date already. */
function drawPendingCard(): boolean {
  const build = pending;
  pending = undefined;
  if (!build) return false;
  const printable = build();
  if (printable) setPrintableCard(printable.card, printable.record);
  else clearPrintableCard();
  return true;
}
// The browser's own Print (Ctrl+P): Lit draws the copy in the microtasks that run before the print's layout.
addEventListener('beforeprint', drawPendingCard);

/** Prints the card: the print copy is brought up to date first (Lit draws it in microtasks, done by the next task). */
export function printCard(): void {
  if (drawPendingCard()) setTimeout(() => window.print());
  else window.print();
}

/** Keeps the printable copy of the card (built from `record`) up to date; Print (or the browser's print) then prints it. */
function setPrintableCard(card: CasualtyCard, record: TcccRecord): void {
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
function clearPrintableCard(): void {
  document.querySelector('body > dd1380-card[print]')?.remove();
}
