/**
 * A drug taken back by a bare "no" said right after it: "ancef 2 g... no, ertapenem 1 g IV", "Ket 50 IM, nah, got a
 * line, 20 of ket IV", "Fentanyl fifty IV - wait, no, that was the guy before". What the medic says after the "no"
 * replaces the drug (another drug with nothing between, or the same drug named again) or only explains why it is
 * taken back (plain words to the end of the sentence); either way the drug first named was not given.
 * A "no" followed by a number, route or place corrects a part of the dose and is read by `corrections.ts`.
 * A line is taken back the same way when the other kind of line is named after the "no" (`lineTurnedFrom`).
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { DOSE_UNITS } from './lexicon/drugs.js';
import { isLocationWord } from './lexicon/body.js';
import { tagOf, type Mention } from './matcher.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** Words that take back what was just said when they stand alone. */
const BACK_WORDS = new Set(['no', 'nah', 'nope']);
/** Words a bare "no" leans on ("wait, no", "no wait", "actually no", "no, sorry"). */
const LEANS = new Set(['wait', 'actually', 'sorry', 'hang', 'on']);
/** Marks that set a bare "no" off from what follows it ("no, IM", "no. Sorry", "no -"). */
const PAUSES = new Set([',', '.', '...', '-', '?', '!', ';', ':']);
/** How many tokens of dose, route and pauses may stand between the drug and the "no" ("ancef 2 g... no"). */
const DOSE_REACH = 6;
/** How many tokens after the "no" the drug that replaces it may be named in. */
const REPLACE_REACH = 14;
/** Plain words a "no" must be followed by, before its sentence ends, to explain a take-back ("no, that was the guy before"). */
const MIN_REASON_WORDS = 2;

/** Marks as negated each drug that a bare "no" right after its dose takes back, and each line turned from. In place. */
export function applyRetractedDrugs(tokens: Token[], mentions: Mention[], sentence: Int32Array): void {
  for (let k = 0; k < mentions.length; k++) {
    if (lineTurnedFrom(tokens, mentions, k)) mentions[k].negated = true;
    const drug = tagOf(mentions[k], 'medication');
    if (!drug || mentions[k].negated) continue;
    const cue = backWordAfter(tokens, mentions, k);
    if (cue < 0) continue;
    if (replacedAfter(tokens, mentions, k, cue, drug.value) || explainedAfter(tokens, mentions, cue, sentence))
      mentions[k].negated = true;
  }
}

/** The index of a bare "no" said right after drug mention `k` and its dose, route or time; else -1. */
function backWordAfter(tokens: Token[], mentions: Mention[], k: number): number {
  const end = mentions[k].end;
  for (let i = end; i < tokens.length && i <= end + DOSE_REACH; i++) {
    const t = tokens[i];
    if (isBackWord(tokens, i)) return i;
    // Only the drug's own dose, route, time and pauses may come before the "no".
    const m = mentionAt(mentions, i);
    if (m && !isRouteMention(m) && !tagOf(m, 'correction')) return -1;
    const ownPart = isNumeric(t) || t.kind === 'punct' || Object.hasOwn(DOSE_UNITS, t.norm) || LEANS.has(t.norm);
    if (!ownPart && !m) return -1;
  }
  return -1;
}

/** A bare "no": set off by a pause or leaning on "wait" / "actually" / "sorry", not "no exit", "no known". */
function isBackWord(tokens: Token[], i: number): boolean {
  if (!BACK_WORDS.has(tokens[i].norm)) return false;
  const after = tokens[i + 1];
  return after === undefined || PAUSES.has(after.norm) || LEANS.has(after.norm) || LEANS.has(tokens[i - 1]?.norm ?? '');
}

/**
 * The drug named first after the "no" at `cue` replaces drug mention `k`: the same drug named again (its new dose may
 * come first: "no, 20 of ket IV"), or another drug with only plain words before it ("no, with that pressure, ketamine").
 */
function replacedAfter(tokens: Token[], mentions: Mention[], k: number, cue: number, name: string): boolean {
  let numbers = false;
  for (let j = k + 1; j < mentions.length && mentions[j].start <= cue + REPLACE_REACH; j++) {
    const m = mentions[j];
    if (m.start <= cue) continue;
    for (let i = cue + 1; i < m.start; i++) numbers ||= isNumeric(tokens[i]);
    const other = tagOf(m, 'medication');
    if (other) return other.value === name || !numbers;
    // Another treatment or an injury first: the "no" was about that, not about the drug.
    if (m.tags.some((t) => ['fluid', 'intervention', 'injury'].includes(t.cat))) return false;
  }
  return false;
}

/** Plain words follow the "no" at `cue` to its sentence's end: a reason, not a new value ("no, she's asthmatic"). */
function explainedAfter(tokens: Token[], mentions: Mention[], cue: number, sentence: Int32Array): boolean {
  let words = 0;
  for (let i = cue + 1; i < tokens.length && sentence[i] === sentence[cue]; i++) {
    const t = tokens[i];
    if (SENTENCE_ENDS.has(t.norm)) break;
    if (isNumeric(t) || isLocationWord(t.norm) || Object.hasOwn(DOSE_UNITS, t.norm)) return false;
    const m = mentionAt(mentions, i);
    if (m && m.tags.some((tag) => !['other_person', 'this_casualty', 'negate', 'correction'].includes(tag.cat)))
      return false;
    if (t.kind === 'word' && !LEANS.has(t.norm)) words++;
  }
  return words >= MIN_REASON_WORDS;
}

function mentionAt(mentions: Mention[], i: number): Mention | undefined {
  return mentions.find((m) => m.start <= i && i < m.end);
}

const isRouteMention = (m: Mention | undefined): boolean =>
  m !== undefined && m.tags.some((t) => t.cat === 'route' || t.cat === 'access');

/** Words between a line and its site ("an IV in his left", "a line in her hand"). */
const SITE_WORDS = new Set(['in', 'into', 'his', 'her', 'the', 'a', 'an']);
/** A side said right after the "no" moves the line ("IV left AC, no, right AC"): corrections.ts reads that. */
const SIDES = new Set(['left', 'right', 'l', 'r']);
/** How many tokens of its site may stand between a line and the "no" ("IV in his left arm — no"). */
const SITE_REACH = 5;
/** How many tokens after the "no" the other line may be named in ("no, both forearms are burned ... tibial IO"). */
const OTHER_LINE_REACH = 24;

/**
 * A line begun and turned from: "Going for an IV in his left — no, both forearms are burned... tibial IO instead",
 * "a line in her hand, no, hands are burned, going IO". A bare "no" after the line and its site, with the other kind
 * of line named after it, says the first was never placed. A "no" followed by a side or a number corrects the
 * site and is read by `corrections.ts`.
 */
function lineTurnedFrom(tokens: Token[], mentions: Mention[], k: number): boolean {
  const line = tagOf(mentions[k], 'access');
  if (!line || mentions[k].negated) return false;
  const end = mentions[k].end;
  let cue = -1;
  for (let i = end; i < tokens.length && i <= end + SITE_REACH; i++) {
    if (isBackWord(tokens, i)) {
      cue = i;
      break;
    }
    const t = tokens[i];
    if (!(t.kind === 'punct' || SITE_WORDS.has(t.norm) || isLocationWord(t.norm)) || mentionAt(mentions, i))
      return false;
  }
  if (cue < 0) return false;
  let next = cue + 1;
  while (PAUSES.has(tokens[next]?.norm ?? '')) next++;
  if (next >= tokens.length || isNumeric(tokens[next]) || SIDES.has(tokens[next].norm)) return false;
  return mentions.some((m, j) => {
    const other = j > k && m.start > cue && m.start - cue <= OTHER_LINE_REACH ? tagOf(m, 'access') : undefined;
    return other !== undefined && other.value !== line.value && !m.negated;
  });
}
