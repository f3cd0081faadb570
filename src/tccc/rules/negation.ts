/**
 * Negation, hedges, allergens and re-checks: which mentions of a narrative name care that was not given or things not
 * found ("no exit wound", "TXA considered, but held", "allergic to morphine", "TQ re-checked"), within one chunk; run
 * once per narrative by `readDoc`.
 */
import { SENTENCE_ENDS } from './sentence-ends.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { CARE_VERBS_AGAIN, HEDGE_BRIDGE, HEDGE_WORDS, NEGATION_REACH, SCOPE_BREAKERS } from './lexicon/negation.js';
import { saidAs, tagOf, type Mention } from './matcher.js';
import { readBlankFields, statusReach } from './blank-fields.js';
import { negatesHeaded, withholdsObject } from './negated-objects.js';
import { isCare, negateRowStatuses } from './row-statuses.js';
import { readiedThenGiven } from './readied-care.js';

/** What an allergen covers: a drug named as one was not given; a priority or sign after it still stands ("allergic to sulfa routine"). */
function isDrug(m: Mention): boolean {
  return m.tags.some((t) => t.cat === 'medication');
}

/** A clinical thing a negation can cover: anything but the negation, correction and person words themselves. */
function isContent(m: Mention): boolean {
  return contentCategory(m) !== undefined;
}

/** Marks mentions covered by a negation or hedge in the same chunk, within reach and before a scope breaker. */
export function applyNegation(tokens: Token[], mentions: Mention[], chunk: Int32Array): void {
  readBlankFields(tokens, mentions);
  negateRowStatuses(tokens, mentions);
  for (let k = 0; k < mentions.length; k++) {
    if (tagOf(mentions[k], 'recheck')) markRechecked(tokens, mentions, k, chunk);
    if (keptAsItWas(tokens, mentions, k)) mentions[k].negated = true;
    const neg = tagOf(mentions[k], 'negate');
    // A drug named as an allergen ("allergic to morphine") was not given: it is covered like a negation.
    const allergen = tagOf(mentions[k], 'allergy');
    if (!neg && !allergen) continue;
    const at = mentions[k];
    if (tokens[at.start].norm === '?' && takenUpReading(tokens, mentions, k)) continue;
    if (neg?.careOnly && reportsDone(tokens, at.end)) continue;
    if (neg && negatesHeaded(tokens, mentions, k)) continue;
    if (readiedThenGiven(tokens, mentions, k)) continue;
    if (allergen || neg?.dir === 'forward' || withholdsObject(tokens, mentions, k, chunk)) {
      let covered: Mention | undefined;
      for (let j = k + 1; j < mentions.length; j++) {
        const m = mentions[j];
        if (
          m.start - at.end > NEGATION_REACH ||
          (chunk[m.start] !== chunk[at.start] &&
            !cutMidPhrase(tokens, at.end, m.start) &&
            !(allergen && namedInField(tokens, at.end, m))) ||
          breaksScope(tokens, at.end, m.start)
        )
          break;
        if (!isContent(m) || (neg?.careOnly && !isCare(m)) || (allergen && !isDrug(m))) continue;
        // The scope ends at the next clinical thing ("no exit wound pressure dressing"), unless it continues a list ("no TQ or IV").
        if (covered && contentCategory(m) !== contentCategory(covered) && !joinsList(tokens, covered.end, m.start))
          break;
        if (covered && tokens.slice(covered.end, m.start).some((t) => CARE_VERBS_AGAIN.has(t.norm))) break;
        m.negated = true;
        covered = m;
      }
    } else {
      const tried = failedAttempt(tokens, mentions, k);
      if (tried) tried.negated = true;
      const reach = statusReach(tokens, at.start, at.end, chunk);
      for (let j = k - 1; j >= 0; j--) {
        const m = mentions[j];
        if (at.start - m.end > NEGATION_REACH) break;
        if (!isContent(m) && onlyHedge(tokens, m.start, at.start)) continue; // "considered" itself
        if (inPurpose(tokens, m.start)) continue; // "discussed for pain relief": what it was weighed for
        const blocked = chunk[m.start] !== reach || breaksScope(tokens, m.end, at.start);
        if (blocked && !(isContent(m) && onlyHedge(tokens, m.end, at.start))) break;
        // Care held back is the care said before it: a finding there ("the head injury, I withheld") is no object.
        if (neg?.careOnly && isContent(m) && !isCare(m)) {
          // A route is said with its drug ("moxi PO out of the question"): the drug before it is still held.
          if (tagOf(m, 'route')) continue;
          break;
        }
        if (isContent(m)) m.negated = true;
        if (blocked) break;
      }
    }
  }
}

/**
 * The line tried in "2 x IV attempts, both ACs, he's shut down, failed": a sentence that opens with attempts at a line
 * and closes on "failed" says that each attempt failed, however many phrases stand between; undefined when none does.
 */
function failedAttempt(tokens: Token[], mentions: Mention[], k: number): Mention | undefined {
  const at = mentions[k];
  if (tokens[at.start].norm !== 'failed' || !(at.end >= tokens.length || SENTENCE_ENDS.has(tokens[at.end].norm)))
    return undefined;
  for (let j = k - 1; j >= 0; j--) {
    const m = mentions[j];
    if (tokens.slice(m.end, at.start).some((t) => SENTENCE_ENDS.has(t.norm))) return undefined;
    if (tagOf(m, 'access') && ['attempt', 'attempts'].includes(tokens[m.end]?.norm ?? '')) return m;
    // Other care between ("2 IV attempts, second one in the L AC, pelvic binder failed"): the failure is its own.
    if (tagOf(m, 'intervention') || tagOf(m, 'medication') || tagOf(m, 'access')) return undefined;
  }
  return undefined;
}

/** Verbs of care done, in the past, that a relayed report may tell ("Doc says he got an IO in"). */
const DONE_VERBS = new Set(['got', 'put', 'gave', 'ran', 'did', 'hung', 'took', 'stuck', 'packed', 'placed', 'pushed']);

/**
 * "Doc says he got an IO in her sternum": what the doctor says after "says" is told done when a pronoun and a verb
 * of care done in the past follow it, a report relayed, not an order ("Doc says push TXA").
 */
function reportsDone(tokens: Token[], end: number): boolean {
  const said = tokens[end - 1]?.norm;
  if (said !== 'says' && said !== 'said') return false;
  return ['he', 'she', 'they', 'we'].includes(tokens[end]?.norm ?? '') && DONE_VERBS.has(tokens[end + 1]?.norm ?? '');
}

/** Words that take up a reading said back as a question: the one who asked accepts it ("Pulse 120? Okay."). */
const TAKE_UP = new Set(['okay', 'ok', 'good', 'yes', 'yeah', 'roger', 'copy', 'correct', 'affirmative', 'right']);
/** Most tokens a reading said back may take between its sign's name and the question mark ("BP 120 over 80?"). */
const READING_REACH = 4;

/**
 * "Pulse one-twenty? Okay, I'll take it.": a sign's value said back as a question (mark at mention `k`), the sign's
 * name and a number the only words before it, and the next words take it up: the reading stands. Any other question
 * is no fact ("Pulse 120? No, 112.", "TXA?").
 */
function takenUpReading(tokens: Token[], mentions: Mention[], k: number): boolean {
  const mark = mentions[k].start;
  const sign = mentions[k - 1];
  if (!sign || !(tagOf(sign, 'vital') || tagOf(sign, 'avpu')) || mark - sign.end > READING_REACH) return false;
  const value = tokens.slice(sign.end, mark);
  if (!value.some(isNumeric) || !value.every((t) => isNumeric(t) || ['over', '/', '-'].includes(t.norm))) return false;
  return TAKE_UP.has(tokens[mark + 1]?.norm ?? '');
}

/**
 * A re-check covers the nearest intervention on either side in its chunk: it was not placed again. Only one named
 * before can be re-checked; a card's box for care never named before ("hypothermia prevention checked") was ticked.
 */
function markRechecked(tokens: Token[], mentions: Mention[], k: number, chunk: Int32Array): void {
  const start = mentions[k].start;
  // "junctional tourniquet (SAM-JT) re-checked": the device's make in brackets, and the words before them, are its chunk too.
  let closed = start - 1;
  // "re-checked" is read as "re - checked" and the mention is only "checked": step back to reach the bracket.
  while (['re', '-'].includes(tokens[closed]?.norm)) closed--;
  const opened = tokens[closed]?.norm === ')' ? tokens.findLastIndex((t, i) => i < closed && t.norm === '(') : -1;
  const chunks = opened > 0 ? [chunk[start], chunk[opened + 1], chunk[opened - 1]] : [chunk[start]];
  const near = (j: number, from = start): boolean =>
    j >= 0 &&
    j < mentions.length &&
    chunks.includes(chunk[mentions[j].start]) &&
    Math.abs(mentions[j].start - from) <= NEGATION_REACH;
  for (const j of [k - 1, k + 1]) {
    const device = near(j) ? tagOf(mentions[j], 'intervention') : undefined;
    if (!device) continue;
    // "junctional tourniquet (SAM-JT) re-checked": the device named twice in a row, by kind and by make, is one.
    let first = j;
    while (
      j < k &&
      near(first - 1, mentions[first].start) &&
      tagOf(mentions[first - 1], 'intervention')?.value === device.value
    )
      first--;
    // Its make is no naming before: "TQ (CAT) re-checked" said first is the device placed.
    if (!namedBefore(mentions, first, device.value)) continue;
    // A make in brackets not said before is another device: "TQ R arm 0902, TQ L leg (CAT) re-checked".
    if (j < k && opened > 0 && mentions[j].start > opened && !saidBefore(tokens, mentions, first, mentions[j]))
      continue;
    for (let i = first; i <= j; i++) mentions[i].negated = true;
  }
}

/** "Thigh TQ stays on", "both leg TQs stay tight", "TQ stays loose on the arm": a device said to stay as it is. */
const STAYS = new Set(['stays', 'stay']);
const STATES = new Set(['on', 'tight', 'loose', 'in', 'put']);

/**
 * True when mention `k` names a device already placed and said to stay as it is: no other is placed. Read from the
 * words, not the lexicon: "stays" there would be a word the spelling corrector takes "stats" (sats) to as well.
 */
function keptAsItWas(tokens: Token[], mentions: Mention[], k: number): boolean {
  const device = tagOf(mentions[k], 'intervention');
  const end = mentions[k].end;
  return (
    device !== undefined &&
    // As typed: the corrector reads "stays" as "says".
    STAYS.has(tokens[end]?.raw.toLowerCase() ?? '') &&
    STATES.has(tokens[end + 1]?.norm ?? '') &&
    namedBefore(mentions, k, device.value)
  );
}

/** True when a mention before mention `j` names the same intervention. */
function namedBefore(mentions: Mention[], j: number, device: string): boolean {
  return mentions.slice(0, j).some((m) => m.tags.some((t) => t.cat === 'intervention' && t.value === device));
}

/** True when a mention before mention `j` is said in the same words as `m`. */
function saidBefore(tokens: Token[], mentions: Mention[], j: number, m: Mention): boolean {
  return mentions.slice(0, j).some((x) => saidAs(tokens, x) === saidAs(tokens, m));
}

/** The kind of clinical thing a mention names, if it names one. */
function contentCategory(m: Mention): string | undefined {
  return m.tags.find(
    (t) =>
      t.cat !== 'negate' &&
      t.cat !== 'correction' &&
      t.cat !== 'other_person' &&
      t.cat !== 'this_casualty' &&
      t.cat !== 'allergy_none',
  )?.cat;
}

/** Words that carry a negation on to the next item of a list ("no TQ or pressure dressing"). */
const LIST_JOINERS = new Set(['or', 'nor', '/', ',', 'any', 'either']);

function joinsList(tokens: Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!LIST_JOINERS.has(tokens[i].norm)) return false;
  return true;
}

/** How many words the purpose a drug was weighed for may take ("considered for pain control, but held"). */
const PURPOSE_REACH = 3;

/** True when token `at` is in the purpose said after a hedge word ("considered for pain control"). */
function inPurpose(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i > 0 && at - i <= PURPOSE_REACH; i--)
    if (tokens[i].norm === 'for') return HEDGE_WORDS.has(tokens[i - 1].norm);
  return false;
}

/**
 * True when tokens [from, to) are only a hedge ("considered, but"): see HEDGE_BRIDGE. The purpose said right after the
 * hedge word is part of it ("discussed for analgesia but withheld"): weighing a drug for something is still weighing it.
 */
function onlyHedge(tokens: Token[], from: number, to: number): boolean {
  let hedged = false;
  for (let i = from; i < to; i++) {
    if (hedged && tokens[i].norm === 'for' && HEDGE_WORDS.has(tokens[i - 1]?.norm ?? '')) {
      let j = i + 1;
      while (j < to && j - i <= PURPOSE_REACH && !HEDGE_BRIDGE.has(tokens[j].norm)) j++;
      if (j === i + 1 || j - i > PURPOSE_REACH) return false;
      i = j - 1;
      continue;
    }
    if (!HEDGE_BRIDGE.has(tokens[i].norm)) return false;
    hedged ||= HEDGE_WORDS.has(tokens[i].norm);
  }
  return hedged;
}

/** True when a word in tokens [from, to) ends what a negation covers ("considered TXA but gave ketamine"). */
function breaksScope(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SCOPE_BREAKERS.has(tokens[i].norm)) return true;
  return false;
}

/**
 * "Allergies: morphine.": a drug written as the value of an allergies field, the colon alone between, is the allergen.
 * Only a drug said bare: one with a dose after it ("Allergies:" left blank above "Morphine 10 mg IV") was given.
 */
function namedInField(tokens: Token[], from: number, m: Mention): boolean {
  return m.start === from + 1 && tokens[from].norm === ':' && !isNumeric(tokens[m.end]);
}

/** Words a phrase goes on after: a sentence cut off at one was stopped by a pause, not ended ("thinking about a."). */
const PHRASE_OPENERS = new Set(['a', 'an', 'the', 'another', 'some', 'of', 'to', 'for', 'on', 'about', 'with']);
/** The pauses a dictation writes as an end ("Thinking about a. Second gram."). */
const PAUSE_MARKS = new Set(['.', '...', ',']);

/**
 * "Thinking about a. Second gram. Holding that.": tokens [from, to) are only the opening of a phrase and one pause,
 * so the phrase the hedge covers goes on past the pause.
 */
function cutMidPhrase(tokens: Token[], from: number, to: number): boolean {
  const pause = to - 1;
  if (pause <= from || !PAUSE_MARKS.has(tokens[pause].norm)) return false;
  for (let i = from; i < pause; i++) if (!PHRASE_OPENERS.has(tokens[i].norm)) return false;
  return true;
}
