/**
 * "Going IM, ertapenem, one gram", "Antibiotic going in the muscle of your right thigh, ertapenem": the way a drug goes
 * said first in its sentence, before the drug is named. It is that drug's route when nothing else given comes between.
 */
import type { MedicationRoute } from '../record.js';
import type { Read } from './attributes.js';
import type { Doc } from './document.js';
import { tagOf } from './matcher.js';
import { sentenceStart } from './sentence-ends.js';

/** Verbs right before a route that say a drug goes that way ("going IM", "given in the muscle"). */
const GOING = new Set(['going', 'goes', 'given', 'pushing', 'pushed', 'injecting', 'injected']);

/** The route said after a verb of going earlier in the sentence of mention `k`, with no other care named between. */
export function routeLeading(doc: Doc, k: number): Read<MedicationRoute> | null {
  const at = doc.mentions[k].start;
  const start = sentenceStart(doc, at);
  let found: Read<MedicationRoute> | null = null;
  for (let j = k - 1; j >= 0 && doc.mentions[j].start >= start; j--) {
    const m = doc.mentions[j];
    const route = tagOf(m, 'route');
    if (!route) {
      // Another drug, fluid, line or device before the drug: the route may be its own.
      if (m.tags.some((t) => ['medication', 'fluid', 'access', 'intervention'].includes(t.cat))) return null;
      continue;
    }
    if (found || !GOING.has(doc.tokens[m.start - 1]?.norm ?? '')) return null;
    found = { value: route.value, start: m.start, end: m.end };
  }
  return found;
}
