/**
 * A casualty's name said without a rank or "name is": the name the medic calls him by ("Stay with me, Jones"), or
 * his first name and surname after what he is ("Contractor Dale Pruitt, M:"), said again in full ("Marchetti's out,
 * Luca Marchetti") or after "it's" ("it's Erik Lindqvist"). Names after a rank are casualty-name.ts's.
 */
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { isHyphenedAt, isNameWord } from './name-words.js';
import { opensSentence, SENTENCE_ENDS } from './sentence-ends.js';
import { rosterAt } from './list-cues.js';
import { ROSTER_LABELS } from './spelled.js';
import { NATO_LETTERS } from '../text/phonetic-alphabet.js';

/** Last words of what a medic says to the casualty before his name ("Stay with me, Jones", "Hey, Martinez"). */
const BEFORE_ADDRESS = new Set(['hey', 'me', 'there', 'on', 'okay']);
/** First words of what a medic says to the casualty after his name ("Martinez, look at me"). */
const AFTER_ADDRESS = new Set(['look', 'stay', 'hang', 'hold', 'talk', 'breathe', 'squeeze', 'open', 'can', 'wake']);
/**
 * "Hold" and "hang" said to the casualty keep him going ("hold on", "hang in there", "hold still"); with an object they
 * are an order to a helper ("Jones, hang the whole blood", "Martinez, hold pressure on that"), whose name is not his.
 */
const KEEP_GOING = new Set(['on', 'in', 'still', 'tight', 'tough', 'steady']);
const ordersCare = (doc: Doc, i: number): boolean =>
  ['hold', 'hang'].includes(doc.tokens[i].norm) && !KEEP_GOING.has(doc.tokens[i + 1]?.norm ?? '');

/** Words a medic calls someone that are no name ("Hey, Doc, look at this", "Stay with me, Buddy"). */
const CALLED_NOT_NAMES = new Set(['doc', 'medic', 'buddy', 'man', 'sir', 'sarge', 'bro', 'brother', 'dude', 'mate']);

/**
 * The name the medic calls the casualty by, when no name is given otherwise: a capitalized word set off by
 * commas after "stay with me", "hey"… or before "look at me", "stay with me"… ("Stay with me, Jones.").
 */
export function findAddressedName(doc: Doc): Found<string> | null {
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    // Set off by commas, or opening a sentence ("Ramos, can you hear me?").
    const opens = opensSentence(doc.tokens, i);
    if (doc.excluded.has(doc.sentence[i]) || !isNameWord(doc, i, true) || !(opens || doc.tokens[i - 1].norm === ','))
      continue;
    if (CALLED_NOT_NAMES.has(t.norm)) continue;
    const next = doc.tokens[i + 1].norm;
    const calledAfter =
      !opens && BEFORE_ADDRESS.has(doc.tokens[i - 2]?.norm ?? '') && ['.', ',', '!', '?'].includes(next);
    const calledBefore = next === ',' && AFTER_ADDRESS.has(doc.tokens[i + 2]?.norm ?? '') && !ordersCare(doc, i + 2);
    if (calledAfter || calledBefore) return { value: t.raw, span: spanOf(doc, i, i + 1) };
  }
  return null;
}

/** What a casualty is said to be just before his unranked name ("TCN cook Ramesh Thapa", "male contractor, Keith Albrecht"). */
const ROLES_BEFORE_NAME = new Set([
  'contractor',
  'cook',
  'civilian',
  'worker',
  'mechanic',
  'pax',
  'casualty',
  'patient',
  'pt',
  'laborer',
  'labourer',
  'farmer',
]);

/**
 * A first name and surname with no rank, set off after what the casualty is ("Contractor Dale Pruitt, M:", "male
 * contractor, Keith Albrecht, fell", "PF casualty: Haider Kareem, male", "Pt: Daniel Okafor,"), or before his battle
 * roster number. An interpreter or a guard named so is most
 * often the one who helped, so only roles a patient is said to have count.
 */
export function findRoleName(doc: Doc): Found<string> | null {
  for (let i = 1; i + 2 < doc.tokens.length; i++) {
    if (doc.excluded.has(doc.sentence[i])) continue;
    const before = [',', ':'].includes(doc.tokens[i - 1].norm) ? i - 2 : i - 1;
    const role = ROLES_BEFORE_NAME.has(doc.tokens[before]?.norm ?? '');
    if (!role && !opensSentence(doc.tokens, i)) continue;
    let end = i;
    while (end - i < 2 && isNameWord(doc, end, true) && !CALLED_NOT_NAMES.has(doc.tokens[end].norm)) {
      end += isHyphenedAt(doc, end) ? 3 : 1;
    }
    const close = doc.tokens[end]?.norm;
    if (end - i < 2 || !(close === undefined || close === ',' || close === ':' || SENTENCE_ENDS.has(close))) continue;
    if (!role && !(close === ',' && rosterFollows(doc, end + 1))) continue;
    return { value: doc.text.slice(doc.tokens[i].start, doc.tokens[end - 1].end), span: spanOf(doc, i, end) };
  }
  return null;
}

/**
 * "Luca Bianchi, zap LB-3307, HHC 2-41 FA": a first name and surname opening a sentence with a battle roster number
 * labelled right after them are the casualty's, though no rank or role is said before them.
 */
function rosterFollows(doc: Doc, i: number): boolean {
  const label = ROSTER_LABELS.has(doc.tokens[i]?.norm ?? '') ? i + 1 : -1;
  return label > 0 && rosterAt(doc.tokens, label);
}

/** How many words before the comma the surname said alone may be ("Marchetti's out, Luca Marchetti"). */
const RESTATED_REACH = 3;

/**
 * "it's Pike, Jonah Pike", "Marchetti's out, Luca Marchetti": a capitalized word said, then again after a comma in its
 * sentence (or after the stop closing it, said alone) with a first name before it, is the name said in full, with no rank or "name is" before it.
 */
export function restatedName(doc: Doc): Found<string> | null {
  const bare = (k: number): string => doc.tokens[k].norm.replace(/['\u2019]s$/, '');
  for (let c = 1; c + 2 < doc.tokens.length; c++) {
    // "Kaczmarek. Dylan Kaczmarek.": or the surname said as a sentence of its own, just before.
    const alone = doc.tokens[c].norm === '.' && opensSentence(doc.tokens, c - 1);
    if (doc.excluded.has(doc.sentence[c]) || (doc.tokens[c].norm !== ',' && !alone)) continue;
    if (!isNameWord(doc, c + 1, true) || !isNameWord(doc, c + 2, true) || isNameWord(doc, c + 3, true)) continue;
    // "Kilo Lima seven seven, I spell, Kilo Lima": letters spelled again, no name.
    if (isSpelledLetter(doc.tokens[c + 1]) || isSpelledLetter(doc.tokens[c + 2])) continue;
    for (
      let k = c - 1;
      k >= 0 && k >= (alone ? c - 1 : c - RESTATED_REACH) && doc.sentence[k] === doc.sentence[c];
      k--
    ) {
      // "Dmitri, Dmitri Volkov, look at me": the given name said again with the surname is the name in full too.
      if ((bare(k) === bare(c + 2) || bare(k) === bare(c + 1)) && isNameWord(doc, k, true))
        return {
          value: `${doc.tokens[c + 1].raw} ${doc.tokens[c + 2].raw.replace(/['\u2019]s$/, '')}`,
          span: spanOf(doc, c + 1, c + 3),
        };
    }
  }
  return null;
}

/** A word of the radio's spelling alphabet, which says a letter, no name ("Kilo Lima", "Bravo Six"). */
const isSpelledLetter = (t: { norm: string }): boolean => Object.hasOwn(NATO_LETTERS, t.norm);

/** Words that may close a full name said after "it's": a pause, a stop, or where he is from ("… Lindqvist from first squad"). */
const FULL_NAME_CLOSES = new Set([',', 'from']);

/**
 * "it's Erik Lindqvist": a first name and surname, closed by a pause, a stop or "from"; neither a possessive ("it's
 * Jake Moss's rifle") nor a call sign's letter ("that's Bravo Six").
 */
export function isFullName(doc: Doc, after: number, end: number): boolean {
  const close = doc.tokens[end]?.norm;
  const closed = close === undefined || SENTENCE_ENDS.has(close) || FULL_NAME_CLOSES.has(close);
  const words = doc.tokens.slice(after, end);
  return closed && end - after === 2 && !/['\u2019]s$/.test(words[1].raw) && !words.some(isSpelledLetter);
}
