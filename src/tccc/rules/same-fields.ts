/**
 * A card's field for a second device written "same": it went where the one before it went ("TQ: R thigh 0615 |
 * TQ 2: same, 0619", "TQ #2 - same", "2nd tourniquet: same 0419").
 */
import type { Doc } from './document.js';
import { FIELD_VALUE_ENDS } from './card-fields.js';

/** True when the device at mention `k` has "same" for its field's value, after its number and a colon or dash. */
export function saysSamePlace(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  let i = doc.mentions[k].end;
  // "TQ 2", "TQ #2": the device's number on the card.
  if (tokens[i]?.norm === '#') i++;
  if (tokens[i]?.kind === 'number' && /^[2-9]$/.test(tokens[i].raw)) i++;
  if ([':', '-'].includes(tokens[i]?.norm ?? '')) i++;
  if (tokens[i]?.norm !== 'same') return false;
  const next = tokens[i + 1];
  // "same, 0619", "same 0619", "same |": nothing but its time or the field's end after it.
  return !next || FIELD_VALUE_ENDS.has(next.norm) || next.kind === 'number';
}
