/**
 * A casualty known by his initials alone, as a report that holds names back writes him ("Pt J.R. (driver): …",
 * "patient K.T., he was thrown clear", an item "(3) M.B., female. …"): the capitals, each with its full stop
 * written on, opening his words or after "patient", and set off after. `casualty-name.ts` reads it when no name is said.
 */
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { CASUALTY_LABEL_NOUNS } from './lexicon/identity.js';

/** What sets the initials off after them: "J.R. (driver)", "M.B., female", "Y.Z. aka 3047", "A.S.: …". */
const SET_OFF = new Set([',', '(', ':', '-', 'aka']);

/** The token after initials of two or three letters at token `i` ("J.R."), else -1. */
function initialsEnd(doc: Doc, i: number): number {
  let k = i;
  while (k < i + 6 && /^[A-Z]$/.test(doc.tokens[k]?.raw ?? '') && doc.tokens[k + 1]?.norm === '.') {
    if (k > i && doc.tokens[k].spaced) break;
    if (doc.tokens[k + 1].spaced) break;
    k += 2;
  }
  const letters = (k - i) / 2;
  return letters >= 2 && letters <= 3 ? k : -1;
}

/** The casualty's initials as written ("J.R."), where they open his words or follow "patient"; else null. */
export function findInitials(doc: Doc): Found<string> | null {
  // Only punctuation before token `i`: the casualty's words open there.
  let atOpening = true;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i > 0 && doc.tokens[i - 1].kind !== 'punct') atOpening = false;
    const opens = atOpening || CASUALTY_LABEL_NOUNS.has(doc.tokens[i - 1].norm);
    if (!opens || doc.excluded.has(doc.sentence[i])) continue;
    const end = initialsEnd(doc, i);
    if (end < 0 || !SET_OFF.has(doc.tokens[end]?.norm ?? '')) continue;
    const span = spanOf(doc, i, end);
    return { value: doc.text.slice(span.start, span.end), span };
  }
  return null;
}
