/**
 * The words by which a narrative can state each enum value of the record, for the grounding check, taken from the
 * rules engine's own lexicons (rules/lexicon) so the two never disagree on what a word means.
 * Each entry is a list of phrases, as normalized tokens joined by single spaces.
 */
import { BODY_PART_WORDS, SIDE_WORDS as SIDES } from './rules/lexicon/body.js';
import { MECHANISM_AND_INJURY_PHRASES } from './rules/lexicon/clinical.js';
import { INTERVENTION_PHRASES } from './rules/lexicon/interventions.js';
import { DOSE_UNITS, FLUID_PHRASES, MEDICATION_PHRASES } from './rules/lexicon/drugs.js';
import { ROUTE_PHRASES } from './rules/lexicon/routes.js';
import { EVAC_PHRASES, IDENTITY_PHRASES } from './rules/lexicon/language.js';
import { VITAL_PHRASES } from './rules/lexicon/vitals.js';
import type { Lexicon, Tag } from './rules/lexicon/tags.js';

/** Enum value → the phrases that state it. */
export type WordsByValue = Readonly<Record<string, readonly string[]>>;

/** Inverts rules lexicons: for each tag of category `cat`, the phrases carrying it, keyed by `keyOf(tag)`. */
function phrasesBy(
  lexicons: readonly Lexicon[],
  cat: Tag['cat'],
  keyOf: (tag: Tag) => string | undefined = valueOf,
): WordsByValue {
  const out: Record<string, string[]> = {};
  for (const lexicon of lexicons) {
    for (const [phrase, tags] of lexicon) {
      for (const tag of tags) {
        const key = tag.cat === cat ? keyOf(tag) : undefined;
        if (key !== undefined) (out[key] ??= []).push(phrase);
      }
    }
  }
  return out;
}
const valueOf = (tag: Tag) => ('value' in tag ? String(tag.value) : undefined);

/** Word → value tables inverted to value → words. */
function wordsBy(table: Readonly<Record<string, string>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [word, value] of Object.entries(table)) (out[value] ??= []).push(word);
  return out;
}

const merge = (...tables: WordsByValue[]): WordsByValue => {
  const out: Record<string, string[]> = {};
  for (const t of tables) for (const [k, v] of Object.entries(t)) (out[k] ??= []).push(...v);
  return out;
};

export const DRUG_WORDS = phrasesBy([MEDICATION_PHRASES], 'medication');
export const FLUID_WORDS = phrasesBy([FLUID_PHRASES], 'fluid');
// A route is stated by a route word or by a drug form that implies it ("OTFC", "lozenge" → OTFC); IV/IO access words too.
export const ROUTE_WORDS = merge(
  phrasesBy([ROUTE_PHRASES], 'route'),
  phrasesBy([MEDICATION_PHRASES], 'medication', (t) => (t.cat === 'medication' ? t.route : undefined)),
  phrasesBy([ROUTE_PHRASES], 'access', (t) => (t.cat === 'access' ? t.value.toUpperCase() : undefined)),
);
export const INTERVENTION_WORDS = merge(
  phrasesBy([INTERVENTION_PHRASES], 'intervention'),
  phrasesBy([ROUTE_PHRASES], 'access'),
);
export const MECHANISM_WORDS = phrasesBy([MECHANISM_AND_INJURY_PHRASES], 'mechanism');
export const INJURY_WORDS = phrasesBy([MECHANISM_AND_INJURY_PHRASES], 'injury');
export const PRIORITY_WORDS = phrasesBy([EVAC_PHRASES], 'evac');
// "AVPU A": the rules engine reads the letter after the word in code, so the phrases are added here.
export const AVPU_WORDS = merge(phrasesBy([VITAL_PHRASES], 'avpu'), {
  A: ['avpu a'],
  V: ['avpu v'],
  P: ['avpu p'],
  U: ['avpu u'],
});
// Pronouns state sex as plainly as the words do ("he's got...").
export const SEX_WORDS = merge(phrasesBy([IDENTITY_PHRASES], 'sex'), {
  male: ['he', 'him', 'his', 'man'],
  female: ['she', 'her', 'woman'],
});
export const NKDA_WORDS = phrasesBy([IDENTITY_PHRASES], 'allergy_none', () => 'NKDA').NKDA ?? [];

/** Body parts by region ("arm", "leg", "chest"...); arm and leg need a side word near them. */
export const REGION_WORDS: WordsByValue = wordsBy(BODY_PART_WORDS);
/** Side words; "both" and "bilateral" count for either side. */
export const SIDE_WORDS: WordsByValue = (() => {
  const bySide = wordsBy(SIDES);
  return {
    left: [...(bySide.left ?? []), ...(bySide.both ?? [])],
    right: [...(bySide.right ?? []), ...(bySide.both ?? [])],
  };
})();
/** Dose units as the record writes them ("g", "mg", "mcg"), with the words for each. */
export const UNIT_WORDS: WordsByValue = wordsBy(DOSE_UNITS);
