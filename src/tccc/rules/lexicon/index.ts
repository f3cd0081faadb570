/** The assembled lexicon: one phrase matcher and the token normalization it shares with narratives. */
import type { NormalizeOptions } from '../../text/normalize.js';
import { SpellingCorrector } from '../../text/spelling.js';
import type { Token } from '../../text/tokenize.js';
import { PhraseMatcher, type Mention } from '../matcher.js';
import { SoundAlikes, type SoundAlikeTerm } from '../sound-alikes.js';
import { glossSpanish } from '../spanish-glosses.js';
import { glossFrench } from '../french-glosses.js';
import { glossGerman } from '../german-glosses.js';
import { glossItalian } from '../italian-glosses.js';
import { glossPortuguese } from '../portuguese-glosses.js';
import { glossDutch } from '../dutch-glosses.js';
import { glossPolish } from '../polish-glosses.js';
import { glossUkrainian } from '../ukrainian-glosses.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './body.js';
import { MECHANISM_AND_INJURY_PHRASES } from './clinical.js';
import { INTERVENTION_PHRASES, SHIELD_ON_PHRASES } from './interventions.js';
import {
  DOSE_UNITS,
  FLUID_PHRASES,
  MEDICATION_PHRASES,
  REPEAT_FLUID_PHRASES,
  REPEAT_PHRASES,
  VOLUME_UNITS,
} from './drugs.js';
import { ROUTE_PHRASES } from './routes.js';
import {
  CORRECTION_PHRASES,
  EVAC_PHRASES,
  FINDING_PHRASES,
  IDENTITY_PHRASES,
  RECHECK_PHRASES,
  UNCORRECTED_WORDS,
} from './language.js';
import { NAVY_RATES } from './identity.js';
import { NEGATION_PHRASES } from './negation.js';
import { OTHER_PERSON_PHRASES, THIS_CASUALTY_PHRASES } from './people.js';
import { VITAL_PHRASES } from './vitals.js';
import type { Lexicon } from './tags.js';

/** Lexicons whose short single-word phrases may be spelled out letter by letter ("T X A"). */
const SPELLABLE: readonly Lexicon[] = [
  MECHANISM_AND_INJURY_PHRASES,
  INTERVENTION_PHRASES,
  MEDICATION_PHRASES,
  FLUID_PHRASES,
  ROUTE_PHRASES,
  VITAL_PHRASES,
  IDENTITY_PHRASES,
];

/** Ranks spoken as their letters ("P F C", "S F C"), never as a word. */
const SPELLED_RANKS = ['pfc', 'spc', 'sfc', 'ssg', 'msg', 'csm', 'sgm'];
/** Duty positions spoken as their letters ("the F O got hit", "R T O's down"). */
const SPELLED_ROLES = ['fo', 'rto', 'tc'];

function spellableAcronyms(): Set<string> {
  const out = new Set<string>();
  for (const lexicon of SPELLABLE) {
    for (const [phrase] of lexicon) {
      if (phrase.length >= 2 && phrase.length <= 5 && /^[a-z]+$/.test(phrase)) out.add(phrase);
    }
  }
  return out;
}

const ALL_LEXICONS: readonly Lexicon[] = [
  MECHANISM_AND_INJURY_PHRASES,
  INTERVENTION_PHRASES,
  MEDICATION_PHRASES,
  FLUID_PHRASES,
  ROUTE_PHRASES,
  VITAL_PHRASES,
  EVAC_PHRASES,
  NEGATION_PHRASES,
  OTHER_PERSON_PHRASES,
  CORRECTION_PHRASES,
  IDENTITY_PHRASES,
  RECHECK_PHRASES,
  REPEAT_PHRASES,
  FINDING_PHRASES,
  THIS_CASUALTY_PHRASES,
  REPEAT_FLUID_PHRASES,
];

/** The words of the side, body-part and unit tables: each means something alone. */
const TABLE_WORDS: readonly string[] = [BODY_PART_WORDS, SIDE_WORDS, DOSE_UNITS, VOLUME_UNITS].flatMap((table) =>
  Object.keys(table),
);

/** Phrases read but never corrected towards ("already typed" is no "already taped"): interventions.ts. */
const SHIELD_ON = new Set(SHIELD_ON_PHRASES.map(([phrase]) => phrase));

/** Every word the rules read: what a typing slip is corrected towards. */
function vocabulary(): Set<string> {
  const words = new Set<string>(TABLE_WORDS);
  for (const lexicon of ALL_LEXICONS) {
    for (const [phrase] of lexicon) {
      if (SHIELD_ON.has(phrase)) continue;
      for (const w of phrase.split(/[^a-z]+/)) if (w) words.add(w);
    }
  }
  return words;
}

/** Words that mean something alone: a phrase of one word, a side, a body part or a unit. */
function singleWords(): Set<string> {
  const words = new Set<string>(TABLE_WORDS);
  for (const lexicon of ALL_LEXICONS) for (const [phrase] of lexicon) if (/^[a-z]+$/.test(phrase)) words.add(phrase);
  return words;
}

/** The clinical lexicons: what hurt the casualty, what was done, what was given, what was measured. */
const CLINICAL_LEXICONS: readonly Lexicon[] = [
  MECHANISM_AND_INJURY_PHRASES,
  INTERVENTION_PHRASES,
  MEDICATION_PHRASES,
  FLUID_PHRASES,
  VITAL_PHRASES,
];

/**
 * Clinical words that mean something alone ("frag", "burns", "thigh"): unlike the whole vocabulary ("king", "young"),
 * never read as a surname after a name.
 */
export const CLINICAL_WORDS: ReadonlySet<string> = new Set([
  ...TABLE_WORDS,
  ...CLINICAL_LEXICONS.flatMap((lexicon) => lexicon.map(([phrase]) => phrase).filter((p) => /^[a-z]+$/.test(p))),
]);

/** The shortest drug name a misheard run is read as ("so fran" for zofran), confirmed by its dose. */
const DRUG_SHORTEST = 6;

/**
 * The way into a vein or bone, which a fluid misheard is confirmed by ("hex tend i v"): said before the letters are
 * joined, so the spelled pair is one of them.
 */
const FLUID_ROUTES: ReadonlySet<string> = new Set(['iv', 'io', 'i v', 'i o', 'intravenous', 'intraosseous']);

/**
 * Drugs a recogniser may mishear, confirmed by a dose after them; fluids, by the way in after them; devices, by a side
 * or body part after them.
 */
function soundAlikeTerms(): SoundAlikeTerm[] {
  const dose = new Set(Object.keys(DOSE_UNITS));
  const place = new Set([...Object.keys(SIDE_WORDS), ...Object.keys(BODY_PART_WORDS)]);
  const terms: SoundAlikeTerm[] = [];
  for (const [lexicon, confirmedBy, shortest] of [
    [MEDICATION_PHRASES, dose, DRUG_SHORTEST],
    [FLUID_PHRASES, FLUID_ROUTES, DRUG_SHORTEST],
    [INTERVENTION_PHRASES, place, undefined],
  ] as const)
    for (const [term, tags] of lexicon) {
      const tag = tags[0];
      if (tags.length === 1 && 'value' in tag) terms.push({ term, meaning: String(tag.value), confirmedBy, shortest });
    }
  return terms;
}

/** Typing slips and clipped words read against the lexicon (text/spelling.ts). */
export const SPELLING = new SpellingCorrector(vocabulary(), UNCORRECTED_WORDS);

export const NORMALIZE_OPTIONS: NormalizeOptions = {
  // Ukrainian first of all, glossed only in a narrative written in it: no other language reads its Cyrillic. Polish
  // next, glossed only in a narrative written in it: its sides after the part trade places before any
  // other language reads them. Dutch next, glossed only in a narrative written in it, before German reads its "links" and "RR" and Spanish
  // its "en". Portuguese next, glossed only in a narrative written in it: Spanish would read its "a" and "com" as its
  // own. German next: its dotted shorthand ("li.", "i.v.") is glossed whole, before any other reads its dots. Italian
  // between German and French: its dotted shorthand ("e.v.", "ac. tranexamico") is read whole as German's is, before
  // French and Spanish read its words one by one, and its "di" is left to Spanish after a Spanish pronoun ("le di").
  // French before Spanish: its words the Spanish lexicon also knows ("de la", "en") are glossed as French says them.
  glosses: (tokens) =>
    glossSpanish(
      glossFrench(glossItalian(glossGerman(glossPortuguese(glossDutch(glossPolish(glossUkrainian(tokens))))))),
    ),
  spelling: SPELLING,
  soundAlikes: new SoundAlikes(soundAlikeTerms(), singleWords()),
  // "P F C Hana Kobayashi": the ranks said letter by letter as a recogniser writes them.
  acronyms: new Set([...spellableAcronyms(), ...SPELLED_RANKS, ...SPELLED_ROLES]),
  joinedWords: new Set([
    'spo2',
    'sp02',
    'o2',
    'l1',
    'l2',
    'l3',
    'l4',
    'l5',
    'l6',
    'l7',
    'l8',
    'l9',
    'fast1',
    // Ranks written with a digit ("PV2 Marcus Hale").
    'pv1',
    'pv2',
    'po1',
    'po2',
    'po3',
    'cw2',
    'cw3',
    'cw4',
    'cw5',
    'wo1',
    'a1c',
    // And opening with one ("1LT Sarah Whitman", "1SG Tate").
    '1lt',
    '2lt',
    '1sg',
    ...NAVY_RATES,
  ]),
};

/** Every phrase the rules know, in one trie. */
export const MATCHER = new PhraseMatcher(ALL_LEXICONS, NORMALIZE_OPTIONS);

const matchesOf = new WeakMap<readonly Token[], readonly Mention[]>();
/** What the lexicon reads in a narrative's tokens, matched once per narrative for every reader that asks. */
export function lexiconMatches(tokens: readonly Token[]): readonly Mention[] {
  let matches = matchesOf.get(tokens);
  if (!matches) {
    matches = MATCHER.match(tokens);
    matchesOf.set(tokens, matches);
  }
  return matches;
}
