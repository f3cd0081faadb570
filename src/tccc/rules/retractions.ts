/**
 * Retractions that name what they take back: "disregard the ketamine", "cancel the TXA", "scratch the
 * second tourniquet", and a correction followed by a withholding ("actually no, scratch that, I held the
 * ketamine"). Only the thing named is taken back, both where it is named again and where it was said
 * before; the rest of the sentence stands, so an unpunctuated transcript (one long sentence) is never
 * emptied by one "disregard".
 */
import type { Token } from '../text/tokenize.js';
import { tagOf, type Mention } from './matcher.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/**
 * Words that take back the thing named right after them ("skip the moxi": a plan given up for another; "forget the
 * TQ, pressure's holding": an order called off).
 */
const RETRACT_WORDS = new Set(['disregard', 'cancel', 'scratch', 'strike', 'skip', 'forget']);
/** Words that turn a retraction into its opposite: "don't forget the TXA" asks for it. */
const NOT_WORDS = new Set(["don't", 'dont', 'not', 'never']);
/** Words that may stand between a retraction and the thing it names ("disregard my last ketamine"); not "that", so "scratch that, ketamine" still corrects. */
const NAMING_WORDS = new Set(['the', 'my', 'last', 'his', 'her', 'on', 'about']);
/** Plain words a correction and the withheld thing may have between them ("scratch that, I held the ketamine"). */
const ASIDE_REACH = 5;
/** How far back the earlier mention of the retracted thing may be. */
const LOOK_BACK = 40;

/**
 * Takes back each named retracted thing, and the last thing said before a lone "disregard"; drops those
 * "disregard" mentions from `mentions`, so their sentence stands. In place.
 */
export function applyRetractions(tokens: Token[], mentions: Mention[], sentence: Int32Array): void {
  for (let k = 0; k < mentions.length; k++) {
    const found =
      namedByRetraction(tokens, mentions, k, sentence) ?? lastBeforeDisregard(tokens, mentions, k, sentence);
    if (!found) continue;
    const { named, cue } = found;
    const thing = mentions[named];
    thing.negated = true;
    for (let j = named - 1; j >= 0 && cue - mentions[j].end <= LOOK_BACK; j--) {
      if (mentions[j].start >= cue || !sameThing(mentions[j], thing)) continue;
      mentions[j].negated = true;
      break;
    }
    // A "disregard" that names its thing withdraws only that thing, not its sentence as a remark on someone else.
    if (tagOf(mentions[k], 'other_person')) mentions.splice(k--, 1);
  }
}

/**
 * The mention a retraction at mention `k` (or at a plain retraction word right before mention `k`) names,
 * and the token the retraction starts at; null when it names none.
 */
function namedByRetraction(
  tokens: Token[],
  mentions: Mention[],
  k: number,
  sentence: Int32Array,
): { named: number; cue: number } | null {
  const m = mentions[k];
  // "cancel the TXA": a plain retraction word, then naming words, then the thing (mention k itself).
  let i = m.start - 1;
  while (i >= 0 && NAMING_WORDS.has(tokens[i].norm) && sentence[i] === sentence[m.start]) i--;
  if (i >= 0 && RETRACT_WORDS.has(tokens[i].norm) && !NOT_WORDS.has(tokens[i - 1]?.norm ?? '') && isContent(m))
    return { named: k, cue: i };
  const next = mentions[k + 1];
  if (!next || sentence[next.start] !== sentence[m.start]) return null;
  // "disregard the ketamine": the radio word is a mention of its own.
  if (tokens[m.start].norm === 'disregard' && m.end === m.start + 1) {
    let j = m.end;
    while (j < next.start && NAMING_WORDS.has(tokens[j].norm)) j++;
    return j === next.start && isContent(next) ? { named: k + 1, cue: m.start } : null;
  }
  // "actually no, scratch that, I held the ketamine": a correction, then a withholding, then the thing.
  if (!tagOf(m, 'correction')) return null;
  const withheld = mentions[k + 2];
  if (!tagOf(next, 'negate') || !withheld || withheld.start - m.end > ASIDE_REACH || !isContent(withheld)) return null;
  return sentence[withheld.start] === sentence[m.start] ? { named: k + 2, cue: m.start } : null;
}

/** Sentences back a lone "disregard" may reach for the thing it takes back ("Ketamine 50 mg IM. Disregard."). */
const SENTENCES_BACK = 1;

/**
 * A lone "disregard" (naming nothing after it) takes back the last thing said before it, in its sentence or
 * the one before: "… gave ketamine 50 mg IM disregard gave fentanyl …" loses the ketamine, not the transcript.
 */
function lastBeforeDisregard(
  tokens: Token[],
  mentions: Mention[],
  k: number,
  sentence: Int32Array,
): { named: number; cue: number } | null {
  const m = mentions[k];
  if (tokens[m.start].norm !== 'disregard' || m.end !== m.start + 1 || !tagOf(m, 'other_person')) return null;
  // "… had HR 140, disregard." ends the remark it withdraws: that sentence is left out whole, as before.
  const endsSentence =
    m.end >= tokens.length || sentence[m.end] !== sentence[m.start] || SENTENCE_ENDS.has(tokens[m.end].norm);
  const opensSentence = m.start === 0 || sentence[m.start - 1] !== sentence[m.start];
  if (endsSentence && !opensSentence) return null;
  for (let j = k - 1; j >= 0 && m.start - mentions[j].end <= LOOK_BACK; j--) {
    if (sentence[m.start] - sentence[mentions[j].start] > SENTENCES_BACK) return null;
    // A remark on someone else before it is what it withdraws: that sentence is left out as it was.
    if (tagOf(mentions[j], 'other_person')) return null;
    if (isContent(mentions[j]) || tagOf(mentions[j], 'vital')) return { named: j, cue: m.start };
  }
  return null;
}

function isContent(m: Mention): boolean {
  return m.tags.some((t) => ['medication', 'fluid', 'intervention', 'access', 'injury'].includes(t.cat));
}

/** Same kind and value: two mentions of ketamine, of a tourniquet. */
function sameThing(a: Mention, b: Mention): boolean {
  const key = (m: Mention): string[] =>
    m.tags.map((t) => `${t.cat}:${JSON.stringify((t as { value?: unknown }).value ?? '')}`);
  const kb = key(b);
  return key(a).some((x) => kb.includes(x));
}
