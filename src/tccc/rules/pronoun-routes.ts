/**
 * A route said of the drugs just given by a pronoun, in a sentence of its own: "Tylenol and the Mobic. He swallowed
 * them." gives each drug before it that has no route that route; "it" gives it to the last drug only.
 */
import type { Doc } from './document.js';
import { tagOf } from './matcher.js';
import type { FoundMedication } from './medications.js';

/** Pronouns for several things and for one. */
const SEVERAL = new Set(['them', 'those', 'these', 'all']);
const ONE = new Set(['it', 'that', 'this']);
const isPronoun = (word: string): boolean => SEVERAL.has(word) || ONE.has(word);
/** How many sentences back the drugs a pronoun stands for may be. */
const PRONOUN_REACH = 2;

/** Gives the route said with a pronoun after the drugs it stands for to those with none. */
export function givePronounRoutes(doc: Doc, meds: readonly FoundMedication[]): void {
  for (const m of doc.mentions) {
    const route = tagOf(m, 'route')?.value;
    // "swallowed them", or a phrase ending in its pronoun ("swallow these").
    const last = doc.tokens[m.end - 1].norm;
    const word = isPronoun(last) ? last : doc.tokens[m.end]?.norm;
    if (!route || !word || !isPronoun(word)) continue;
    const sentence = doc.sentence[m.start];
    const before = meds.filter((f) => f.at < m.start && sentence - f.sentence <= PRONOUN_REACH);
    // Only a route said in a sentence after them: one in the drug's own sentence is read with it.
    if (before.length === 0 || before.at(-1)!.sentence === sentence) continue;
    for (let j = before.length - 1; j >= 0 && !before[j].value.route; j--) {
      before[j].value.route = route;
      if (ONE.has(word)) break;
    }
  }
}
