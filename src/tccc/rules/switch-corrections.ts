/**
 * A correction that moves a reading to another casualty ("BP 94/60, correction, the 94/60 was casualty one, …"):
 * the reading said of the casualty being spoken of is the other one's. Said again after the correction word, it is
 * found where it was first said; those first words go to the casualty the correction names, and nothing from there
 * to that casualty's label stays with the one being spoken of. When the reading is not found ("that last pulse was
 * casualty one"), the clause said just before the correction is no one's: it may be the other one's. So too a thing
 * a correction says is on another casualty ("the splint is on Tango Whiskey, not Alpha Romeo").
 */
import type { Token } from '../text/tokenize.js';
import type { TextPart } from './shared-phrases.js';
import { SENTENCE_ENDS, opensSentence, sentenceEndFrom } from './sentence-ends.js';
import { rosterLettersCode } from './roster-references.js';
import { isBoundary, norm, switchOwnerAt } from './switch-words.js';
import { blank } from './blanked-text.js';
import { headingReferences } from './heading-refs.js';

/** Words that open a correction ("correction, the 94/60 was casualty one"). */
const CORRECTION_WORDS = new Set(['correction', 'actually', 'sorry', 'wait']);
/** True at a correction word, or a "no" set off by a pause ("… to sierra kilo, no, strike that, it was …"). */
const correctsAt = (tokens: Token[], c: number): boolean =>
  CORRECTION_WORDS.has(norm(tokens, c)) || (norm(tokens, c) === 'no' && [',', '...'].includes(norm(tokens, c + 1)));
/** Verbs that say whose a reading is, right before the casualty's label ("was casualty one", "belongs to Bravo"). */
const WHOSE_VERBS = new Set(['was', 'is', 'were', 'belongs', 'goes', 'went']);

export interface MovedReading {
  /** From the reading first said to the label of the casualty it is moved to: the spoken-of casualty's no more. */
  unclear: TextPart;
  /** The reading as first said, for the casualty the correction names, when found. */
  given?: { part: TextPart; to: number };
}

/**
 * The readings that corrections move between casualties, and the lines a summary says of the casualty another
 * heading introduced ("Correction to slide 4: …", heading-refs.ts). `switchStarts[k]` is where switch k starts,
 * `owner[k]` the casualty it switches to.
 */
export function movedReadings(
  tokens: Token[],
  switchStarts: readonly number[],
  owner: readonly number[],
): MovedReading[] {
  const out: MovedReading[] = [];
  for (let k = 1; k < switchStarts.length; k++) {
    const at = switchStarts[k];
    if (owner[k] === owner[k - 1]) continue;
    const verb = norm(tokens, at - 1) === 'to' ? at - 2 : at - 1;
    if (!WHOSE_VERBS.has(norm(tokens, verb))) continue;
    // The correction word, in the same sentence and after the previous switch.
    let c = verb - 1;
    while (c > switchStarts[k - 1] && !SENTENCE_ENDS.has(norm(tokens, c)) && !correctsAt(tokens, c)) c--;
    if (!correctsAt(tokens, c) || c <= switchStarts[k - 1]) continue;
    // The reading said again: the words after the correction word and "the"/"that", up to the verb.
    let r = c + 1;
    while (r < verb && (isBoundary(tokens[r]) || ['the', 'that', 'this'].includes(norm(tokens, r)))) r++;
    const said = tokens.slice(r, verb).map((t) => t.norm);
    const first = said.some((_, d) => tokens[r + d].kind === 'number')
      ? firstSaid(tokens, said, switchStarts[k - 1], c)
      : -1;
    // With the sign it was said with ("BP ninety four over sixty").
    const from = first > 0 && tokens[first - 1].kind === 'word' ? first - 1 : first;
    const start = from >= 0 ? from : clauseBefore(tokens, c, switchStarts[k - 1]);
    out.push({
      unclear: { start: tokens[start].start, end: tokens[at].start },
      ...(from >= 0
        ? { given: { part: { start: tokens[from].start, end: tokens[first + said.length - 1].end }, to: owner[k] } }
        : {}),
    });
  }
  return [...out, ...headingReferences(tokens, switchStarts, owner)];
}

/** The token where the words `said` were first said in tokens `(after, before)`, else -1. */
function firstSaid(tokens: Token[], said: readonly string[], after: number, before: number): number {
  for (let i = after + 1; i + said.length <= before; i++) if (said.every((w, d) => tokens[i + d].norm === w)) return i;
  return -1;
}

/** The token that opens the clause said just before token `c` (after a comma or a sentence end, never before `floor`). */
function clauseBefore(tokens: Token[], c: number, floor: number): number {
  let i = c - 1;
  while (i > floor && isBoundary(tokens[i])) i--;
  while (i > floor && !isBoundary(tokens[i - 1])) i--;
  return i;
}

/** Words that make a sentence a correction ("Correction: the BP 90/60 is patient 3's, not patient 2's."). */
const CORRECTS = /\b(?:correction|scratch that|my mistake|wrong|not)\b/i;

/**
 * A reading that a correction naming two casualties moves between them ("the BP 90/60 is patient 3's, not patient
 * 2's") cannot be moved by the rules: it is blanked wherever else it is said, so no record keeps it.
 */
export function blankDisputed(text: string, unclear: readonly TextPart[]): string {
  let out = text;
  for (const part of unclear) {
    const words = text.slice(part.start, part.end);
    if (!CORRECTS.test(words)) continue;
    for (const reading of words.match(/\d+\/\d+|\d{2,}/g) ?? []) {
      const said = new RegExp(`(?<![\\d/])${reading.replace('/', '\\/')}(?![\\d/])`, 'g');
      out = out.replace(said, (m, at: number) => (at >= part.start && at < part.end ? m : blank(m)));
    }
  }
  return out;
}

/** A verb and what follows it that say whose a thing is ("is on Oscar Lima", "went to Tango Whiskey"). */
const WHOSE_THINGS = new Set(['is', 'was', 'went', 'goes']);
const TO_WHOM = new Set(['on', 'to', 'for']);
/** Words that say what a moved thing went on, after the one it is not on ("it went on", "it's on"). */
const IT_WORDS = new Set(['it', "it's", 'that', "that's", 'they', "they're"]);
/** Most words that may name the one a thing is not on ("is not on Kilo Mike,"). */
const NOT_ON_WORDS = 4;

/**
 * "The splint is on Tango Whiskey, not Alpha Romeo.", "the ketamine went to Reyes, not Cole", "the pain eight was Ames,
 * not Lutz": a thing said earlier of
 * the casualty named after "not" is the one named first's. The clause it was said in goes to him, and neither that
 * clause nor the correcting sentence stays with the other. `keys` are the casualties' keys, by index; a casualty is
 * named by his surname (`byName`: the casualty a known surname is, else -1) or by the letters of his roster number said alone. Said the other way round ("the chest seal
 * is not on Diaz, it went on the third patient"), the one it went on may be named by any label that switches to him.
 */
export function movedThings(
  tokens: Token[],
  switchStarts: readonly number[],
  owner: readonly number[],
  keys: readonly string[],
  byName: (surname: string) => number = () => -1,
): MovedReading[] {
  const whoAt = (i: number): { to: number; end: number } | undefined => {
    const code = rosterLettersCode(tokens, i);
    // "was Kowal's": whose it is said with the possessive too.
    const surname = norm(tokens, i).replace(/['\u2019]s$/, '');
    const key = keys.indexOf(code ? `roster:${code}` : `name:${surname}`);
    // A known surname of one first labelled otherwise ("third is Sergeant Abara … was Abara").
    const to = key >= 0 || code ? key : byName(surname);
    return to < 0 ? undefined : { to, end: code ? i + 2 : i + 1 };
  };
  const ownerAt = (i: number): number => switchOwnerAt(switchStarts, owner, i);
  // "is on Tango Whiskey, not Alpha Romeo": both named.
  const onNotOn = (v: number): { to: number; from?: number } | undefined => {
    // "the pain eight was Abara, not Nguyen": a reading whose it was, said with no "on" or "to".
    const to = TO_WHOM.has(norm(tokens, v + 1))
      ? whoAt(v + 2)
      : ['is', 'was'].includes(norm(tokens, v))
        ? whoAt(v + 1)
        : undefined;
    // "TXA is Kowal's, went in the wrong column.": his by the possessive alone, from whoever it was said of.
    const possessive = /['\u2019]s$/.test(norm(tokens, to ? to.end - 1 : v)) && isBoundary(tokens[to!.end]);
    if (to && possessive && norm(tokens, to.end + 1) !== 'not') return { to: to.to };
    if (!to || norm(tokens, to.end) !== ',' || norm(tokens, to.end + 1) !== 'not') return undefined;
    const from = whoAt(to.end + 2);
    return from && from.to !== to.to ? { to: to.to, from: from.to } : undefined;
  };
  // "is not on Kilo Mike, it went on the second patient": the one it is not on need not be known by his words, as the
  // thing is looked for in another casualty's words; the one it went on is named, or labelled there by a switch.
  const notOnButOn = (v: number): { to: number; from?: number } | undefined => {
    if (norm(tokens, v + 1) !== 'not' || !TO_WHOM.has(norm(tokens, v + 2))) return undefined;
    let c = v + 3;
    while (c < v + 3 + NOT_ON_WORDS && tokens[c]?.kind === 'word') c++;
    if (c === v + 3 || norm(tokens, c) !== ',' || !IT_WORDS.has(norm(tokens, c + 1))) return undefined;
    const j = WHOSE_THINGS.has(norm(tokens, c + 2)) ? c + 3 : c + 2;
    if (!TO_WHOM.has(norm(tokens, j))) return undefined;
    const end = sentenceEndFrom(tokens, j);
    const k = switchStarts.findIndex((s) => s >= j && s < end);
    const to = whoAt(j + 1)?.to ?? (k < 0 ? undefined : owner[k]);
    const from = whoAt(v + 3);
    if (to === undefined || from?.to === to || (from && from.end !== c)) return undefined;
    return { to, ...(from ? { from: from.to } : {}) };
  };
  const out: MovedReading[] = [];
  for (let v = 2; v < tokens.length; v++) {
    if (!WHOSE_THINGS.has(norm(tokens, v))) continue;
    const found = onNotOn(v) ?? notOnButOn(v);
    if (!found) continue;
    const movedFrom = (i: number): boolean =>
      found.from === undefined ? ownerAt(i) >= 0 && ownerAt(i) !== found.to : ownerAt(i) === found.from;
    // The thing: the words after "the" up to the verb ("the eye shield"), or opening the sentence ("TXA is Kowal's").
    let t = v;
    while (t > 0 && !isBoundary(tokens[t - 1]) && !['the', '*'].includes(norm(tokens, t - 1))) t--;
    // A note's mark before it ("*TXA is Kowal's") points back to a cell; the note still opens the sentence.
    const opens = opensSentence(tokens, norm(tokens, t - 1) === '*' ? t - 1 : t);
    if ((norm(tokens, t - 1) !== 'the' && !opens) || t === v) continue;
    const thing = tokens.slice(t, v).map((x) => x.norm);
    let start = t;
    while (!opensSentence(tokens, start)) start--;
    // Where it was last said before, in the words of the casualty it is moved from.
    let said = start - thing.length;
    while (said >= 0 && !(thing.every((w, d) => tokens[said + d].norm === w) && movedFrom(said))) said--;
    if (said < 0) continue;
    let first = said;
    while (first > 0 && !isBoundary(tokens[first - 1])) first--;
    let last = said;
    while (last + 1 < tokens.length && !isBoundary(tokens[last + 1])) last++;
    const end = sentenceEndFrom(tokens, v);
    const clause = { start: tokens[first].start, end: tokens[last].end };
    out.push({ unclear: { start: tokens[start].start, end: (tokens[end] ?? tokens[end - 1]).end } });
    out.push({ unclear: clause, given: { part: clause, to: found.to } });
  }
  return out;
}
