/**
 * Whether a narrative says it covers several casualties ("I've got two", "two casualties", "5 patients", "Two
 * down"): only then are roles ("the driver"), list lines and a rank opening a sentence read as casualties.
 */
import type { Token } from '../text/tokenize.js';
import { isBoundary, norm } from './casualty-switch.js';
import { SENTENCE_ENDS, opensSentence } from './sentence-ends.js';
import { listsRankedHurt } from './ranked-lists.js';
import { HURT_VERBS } from './lexicon/people.js';
import { ROLES, countedByAge } from './role-words.js';

/** "I've got two", "two casualties", "3 patients", "Two down": the narrative says it covers several. */
const COUNT_NOUNS = new Set([
  'casualties',
  'patients',
  'patient',
  'casualty',
  'wounded',
  'pts',
  'pax',
  'hurt',
  'injured',
  'wia',
  // The reader singularizes some plurals ("three soldiers" reads "soldier"): both forms are a count.
  'soldiers',
  'soldier',
  'marines',
  'marine',
  'sailors',
  'sailor',
  'cas',
  'guys',
  'litter',
  'urgent',
  'down',
]);

const PLURAL_NOUNS = new Set([
  'casualties',
  'patients',
  'pts',
  'wounded',
  // People who are no soldiers ("two local nationals", "three kids").
  'nationals',
  'civilians',
  'locals',
  'kids',
  'children',
  'detainees',
]);

/** Words after "all three are" that say where the people counted are ("at the CCP", "in the wadi"). */
const WHERE_THEY_ARE = new Set(['at', 'in', 'on', 'inside', 'behind', 'here', 'by', 'near']);

/** What every casualty of a narrative may share, said "for all three" ("Pickup grid for all three:"). */
const SHARED_BY_ALL = new Set(['grid', 'pickup', 'lz', 'evac', 'medevac', 'casevac', 'nkda', 'allergies']);

/** True when the narrative says it covers several casualties ("I've got two", "two casualties"). */
export function saysSeveral(tokens: Token[]): boolean {
  if (listsRankedHurt(tokens)) return true;
  return tokens.some(
    (t, i) =>
      !numbersPlace(tokens, i) &&
      ((t.kind === 'number' &&
        t.value! >= 2 &&
        t.value! <= 9 &&
        (COUNT_NOUNS.has(norm(tokens, i + 1)) ||
          PLURAL_NOUNS.has(norm(tokens, i + 1)) ||
          // "Two gunshot casualties", "three litter patients": one word between the count and a plural noun.
          (tokens[i + 1]?.kind === 'word' && PLURAL_NOUNS.has(norm(tokens, i + 2))) ||
          // "two from the compound fight", "three off the technical that flipped", "Okay, two of them," opening a phrase;
          // "Three for you." handing casualties over
          ((isBoundary(tokens[i - 1]) || opensTurn(tokens, i)) &&
            (norm(tokens, i + 1) === 'from' ||
              (norm(tokens, i + 1) === 'off' && norm(tokens, i + 2) === 'the') ||
              (norm(tokens, i + 1) === 'for' && norm(tokens, i + 2) === 'you'))) ||
          (opensAfterInterjection(tokens, i) && norm(tokens, i + 1) === 'of' && norm(tokens, i + 2) === 'them') ||
          // "I've got two", "we are treating two", "handing off two": the medic has, treats or hands over that many.
          ((['got', 'have', 'treating'].includes(norm(tokens, i - 1)) || handsOver(tokens, i)) &&
            (isBoundary(tokens[i + 1]) || ['from', 'here'].includes(norm(tokens, i + 1)))))) ||
        // "MIST x2", "Casualties x 3", "MASCAL x4", "MIST for two", "TCCC x2" (cards): a count of casualties written as
        // a multiple or said of a report (not "GSW x2", "TQ x2").
        (t.kind === 'number' &&
          t.value! >= 2 &&
          t.value! <= 9 &&
          ['x', 'for'].includes(norm(tokens, i - 1)) &&
          ['mist', 'mascal', 'casualties', 'patients', 'cas', 'pax', 'wounded', 'wia', 'tccc', 'card'].includes(
            norm(tokens, i - 2),
          )) ||
        // "4x WIA", "3 x casualties": a count written as a multiple before the people it counts (not "2x TQ").
        (t.kind === 'number' &&
          t.value! >= 2 &&
          t.value! <= 9 &&
          norm(tokens, i + 1) === 'x' &&
          (COUNT_NOUNS.has(norm(tokens, i + 2)) || PLURAL_NOUNS.has(norm(tokens, i + 2)))) ||
        // "Pickup grid for all three:", "evac for all 3.": "all" and a count said of no noun, of what every casualty
        // shares (where, how soon), counts the casualties; never "times for all three" of tourniquets.
        (t.kind === 'number' &&
          t.value! >= 2 &&
          t.value! <= 9 &&
          norm(tokens, i - 1) === 'all' &&
          (isBoundary(tokens[i + 1]) || norm(tokens, i + 1) === '-') &&
          [2, 3, 4].some((d) => SHARED_BY_ALL.has(norm(tokens, i - d)))) ||
        // "Casualties: SPC Lane …; PFC Moss …": a plural heading.
        (['casualties', 'patients'].includes(t.norm) && isBoundary(tokens[i - 1]) && norm(tokens, i + 1) === ':') ||
        // "Two burned.", "Three hit;": a count opening a sentence, said hurt in one word that ends the phrase, or
        // before what hurt them ("Three hurt in the rollover", "Two burned from the stove fire").
        (t.kind === 'number' &&
          t.value! >= 2 &&
          t.value! <= 9 &&
          opensAfterInterjection(tokens, i) &&
          HURT_WORDS.has(norm(tokens, i + 1)) &&
          (isBoundary(tokens[i + 2]) || causeLeadAt(tokens, i + 2))) ||
        countClosesEvent(tokens, i) ||
        // "Both occupants were injured", "three men were hit", "two of them got burned": people counted and said hurt.
        (((t.kind === 'number' && t.value! >= 2 && t.value! <= 9) || t.norm === 'both') && saidHurt(tokens, i + 1)) ||
        // "All three are at the CCP", "All 4 were in the truck": a count opening a sentence, said where they are
        // (never "All three are assigned to 3rd Platoon", which a statement says of those it names).
        (t.kind === 'number' &&
          t.value! >= 2 &&
          t.value! <= 9 &&
          norm(tokens, i - 1) === 'all' &&
          isBoundary(tokens[i - 2]) &&
          ['are', 'were'].includes(norm(tokens, i + 1)) &&
          WHERE_THEY_ARE.has(norm(tokens, i + 2))) ||
        // "The slide caught two of ours", "the blast hit three of us": what hurt them, and the medic's own counted.
        (t.kind === 'number' &&
          t.value! >= 2 &&
          t.value! <= 9 &&
          CAUGHT.has(norm(tokens, i - 1)) &&
          norm(tokens, i + 1) === 'of' &&
          ['ours', 'us'].includes(norm(tokens, i + 2))) ||
        rolesSaidHurt(tokens, i) ||
        familySaid(tokens, i) ||
        countedByAge(tokens, i) ||
        // "Both casualties from the same IED", "both from the rollover" opening a phrase.
        (t.norm === 'both' &&
          isBoundary(tokens[i - 1]) &&
          (COUNT_NOUNS.has(norm(tokens, i + 1)) ||
            // "Two gunshot casualties", "three litter patients": one word between the count and a plural noun.
            (tokens[i + 1]?.kind === 'word' && PLURAL_NOUNS.has(norm(tokens, i + 2))) ||
            norm(tokens, i + 1) === 'from' ||
            sameEventAfter(tokens, i + 1)))),
  );
}

/** "CCP-2 CASUALTY LOG", "OP-3 patients": a number joined to a word by a hyphen names that place, counts no one. */
const numbersPlace = (tokens: Token[], i: number): boolean =>
  tokens[i].kind === 'number' &&
  !tokens[i].spaced &&
  norm(tokens, i - 1) === '-' &&
  !tokens[i - 1].spaced &&
  tokens[i - 2]?.kind === 'word';

/**
 * "Mortar landed by the gate, three hurt.": after the event, a count said hurt closing its sentence, the clause before
 * it counting nothing (never "fired three rounds, two hit.").
 */
function countClosesEvent(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'number' || t.value! < 2 || t.value! > 9 || norm(tokens, i - 1) !== ',') return false;
  if (!HURT_WORDS.has(norm(tokens, i + 1)) || !SENTENCE_ENDS.has(norm(tokens, i + 2))) return false;
  let k = i - 2;
  while (k >= 0 && !SENTENCE_ENDS.has(tokens[k].norm)) if (tokens[k--].kind === 'number') return false;
  return k < i - 3;
}

/** Verbs and words after a count of people that say they were hurt ("were injured", "got hit"). */
const BE_VERBS = new Set(['were', 'are', 'got', 'have', 'been']);
const HURT_WORDS = new Set([...HURT_VERBS, 'casualties']);
/**
 * True when the word at `i` leads to what hurt people counted before it ("two burned from the fire", "three hurt in the
 * rollover", "two hit by the blast"); never "two hit in the plate", which counts rounds.
 */
const causeLeadAt = (tokens: Token[], i: number): boolean =>
  ['from', 'by'].includes(norm(tokens, i)) || (norm(tokens, i) === 'in' && norm(tokens, i - 1) !== 'hit');

/**
 * Plural nouns for people, the kinds a narrative counts ("Both occupants", "three men", "two passengers"): the words
 * for patients themselves, and people who become patients only once said hurt.
 */
const PEOPLE = new Set([
  ...PLURAL_NOUNS,
  'occupants',
  'passengers',
  'men',
  'women',
  'people',
  'soldiers',
  'marines',
  'sailors',
  'troops',
  'riders',
  'workers',
  'jumpers',
  'crewmen',
  'members',
  'guys',
  'contractors',
]);

/**
 * True when the words from token `i` are people said to be hurt: a plural noun for people ("occupants", "men"), or
 * "of them", then a verb and a word for hurt ("Both occupants were injured", "two of them got hit"); never things
 * ("both legs were injured", "both tires were shot").
 */
function saidHurt(tokens: Token[], i: number): boolean {
  const ofThem = norm(tokens, i) === 'of' && norm(tokens, i + 1) === 'them';
  const who = ofThem ? i + 2 : i + 1;
  if (ofThem || PEOPLE.has(norm(tokens, i)))
    return BE_VERBS.has(norm(tokens, who)) && HURT_WORDS.has(norm(tokens, who + 1));
  // "Three our soldiers wounded", "two of my men are hurt": people of the medic's own side counted and said hurt,
  // with or without a verb (a partner-force medic's English). Never people who only helped ("two of our guys carried him").
  const own = norm(tokens, i) === 'of' ? i + 1 : i;
  if (
    !OWN_SIDE.has(norm(tokens, own)) ||
    !(PEOPLE.has(norm(tokens, own + 1)) || COUNT_NOUNS.has(norm(tokens, own + 1)))
  )
    return false;
  const hurt = BE_VERBS.has(norm(tokens, own + 2)) ? own + 3 : own + 2;
  return HURT_WORDS.has(norm(tokens, hurt));
}

/**
 * "the commander and driver were injured", "The driver and the gunner were both hit": two roles joined as the
 * subject of a verb that says they were hurt name two casualties (token `i` at the first "the").
 */
function rolesSaidHurt(tokens: Token[], i: number): boolean {
  // "truck hit, gunner and driver both down": with no article, the first role opens a clause.
  const first =
    norm(tokens, i) === 'the' ? i + 1 : [',', '-'].includes(norm(tokens, i - 1)) || isBoundary(tokens[i - 1]) ? i : -1;
  if (first < 0 || !ROLES.has(norm(tokens, first)) || norm(tokens, first + 1) !== 'and') return false;
  const second = norm(tokens, first + 2) === 'the' ? first + 3 : first + 2;
  const other = norm(tokens, second);
  if (!ROLES.has(other) || other === norm(tokens, first)) return false;
  const both = norm(tokens, second + 1) === 'both';
  const verb = both ? second + 2 : second + 1;
  // "gunner and driver both down": "both" and how they are, with no verb.
  if (both && ['down', ...HURT_WORDS].includes(norm(tokens, verb)) && isBoundary(tokens[verb + 1])) return true;
  return BE_VERBS.has(norm(tokens, verb)) && HURT_WORDS.has(norm(tokens, verb + 1));
}

/** Words that may come before "family" in a sentence that says only it ("Whole family in there."). */
const FAMILY_LEADS = new Set(['whole', 'entire', 'a', 'the']);

/**
 * "Whole family in there.", "Family inside.", "Family of three.": a family said in a sentence of its own, where it is
 * or how many, is the people the narrative goes on to take one by one ("the mom … the kid in the back").
 */
function familySaid(tokens: Token[], i: number): boolean {
  if (tokens[i].norm !== 'family') return false;
  let k = i - 1;
  while (k >= i - 2 && FAMILY_LEADS.has(norm(tokens, k))) k--;
  if (!opensAfterInterjection(tokens, k + 1)) return false;
  let end = i + 1;
  const count = tokens[i + 2];
  if (norm(tokens, end) === 'of' && count?.kind === 'number' && count.value! >= 2 && count.value! <= 9) end += 2;
  else if (norm(tokens, end) === 'inside') end++;
  else if (norm(tokens, end) === 'in' && norm(tokens, end + 1) === 'there') end += 2;
  return end > i + 1 && SENTENCE_ENDS.has(norm(tokens, end));
}

/** Words for the medic's own people before a count's noun ("three our soldiers", "two of my men"). */
const OWN_SIDE = new Set(['our', 'my']);
/** Verbs of what hurt people, said before them ("caught two of ours", "hit three of us", "buried two of us"). */
const CAUGHT = new Set(['caught', 'hit', 'wounded', 'injured', 'buried', 'burned', 'took']);

/** Words that may open a sentence before the count ("Okay, two of them"). */
const INTERJECTIONS = new Set(['okay', 'ok', 'alright', 'right', 'so', 'uh', 'um', 'well']);

/** "- Two off the FOB for you.": a handover's turn dash heading the line before token `i`. */
/** "handing off two", "hand over three": the count a medic hands over at token `i`. */
const handsOver = (tokens: Token[], i: number): boolean =>
  ['off', 'over'].includes(norm(tokens, i - 1)) && ['handing', 'hand', 'handed'].includes(norm(tokens, i - 2));
const opensTurn = (tokens: Token[], i: number): boolean => norm(tokens, i - 1) === '-' && isBoundary(tokens[i - 2]);

/**
 * True when token `i` opens a sentence, or follows only interjections that do ("Okay, two of them,"); never a count
 * within a sentence ("Tourniquets, two of them, on the left leg").
 */
function opensAfterInterjection(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (INTERJECTIONS.has(norm(tokens, k)) || norm(tokens, k) === ',')) k--;
  return opensSentence(tokens, k + 1);
}

/** "Both of them, same rollover", "both same blast": after "both", the one event they were hurt in. */
function sameEventAfter(tokens: Token[], i: number): boolean {
  let k = norm(tokens, i) === 'of' && norm(tokens, i + 1) === 'them' ? i + 2 : i;
  if (norm(tokens, k) === ',') k++;
  return norm(tokens, k) === 'same';
}
