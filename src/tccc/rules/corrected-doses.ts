/**
 * Doses taken back by a correction: the earlier dose of the same unit that a corrected dose replaces.
 */
import { readsAsTime } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { isLocationWord } from './lexicon/body.js';
import { DOSE_UNITS } from './lexicon/drugs.js';
import type { Mention } from './matcher.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** How far back the corrected dose may be, as for other corrections. */
const LOOK_BACK = 8;

/**
 * A dose corrected in its sentence or the sentence after it ("Fentanyl 800 mcg OTFC at 0105. Correction, 400 mcg"):
 * the index of the earlier number said with the same unit; else -1.
 * The nearest number before the marker would be the time, so the unit picks the dose.
 */
function previousDose(tokens: Token[], markerStart: number, after: number): number {
  const unit = DOSE_UNITS[tokens[after + 1]?.norm ?? ''];
  if (!unit || !isNumeric(tokens[after])) return -1;
  // Inside a sentence ("TXA 1 gram IV at 0722, no wait, 2 grams") the dose is in the same sentence.
  const opensSentence = SENTENCE_ENDS.has(tokens[markerStart - 1]?.norm ?? '');
  for (let i = markerStart - (opensSentence ? 2 : 1); i >= 0 && i >= markerStart - 2 * LOOK_BACK; i--) {
    if (SENTENCE_ENDS.has(tokens[i].norm)) return -1;
    if (isNumeric(tokens[i]) && DOSE_UNITS[tokens[i + 1]?.norm ?? ''] === unit) return i;
  }
  return -1;
}

/** True when token `i` is a number said with no unit and no time ("I drew up fifty, she got thirty, …"). */
const bareNumber = (tokens: Token[], i: number): boolean =>
  isNumeric(tokens[i]) && !DOSE_UNITS[tokens[i + 1]?.norm ?? ''] && !readsAsTime(tokens, i);

/**
 * "Ketamine 20 mg IV... no, the doc on the radio says 10 mg": a lone "no" after a dose, then a few plain words and a
 * dose of the same unit in the same sentence, takes the first dose back. The index of the new dose; else -1.
 * "… no, I drew up fifty, she got thirty, thirty milligrams": amounts said bare on the way to it are passed over.
 */
export function doseAfterAside(tokens: Token[], no: number, mentionAt: Map<number, Mention>): number {
  // Each bare amount passed over (two at most, each set off by a comma) lets the search go on as far again.
  let bare = 0;
  for (let i = no + 2; i < tokens.length && i <= no + 2 + LOOK_BACK * (1 + bare); i++) {
    const t = tokens[i];
    if (bareNumber(tokens, i) && bare < 2 && tokens[i + 1]?.norm === ',') {
      bare++;
      continue;
    }
    if (isNumeric(t)) return previousDose(tokens, no, i) >= 0 ? i : -1;
    if (SENTENCE_ENDS.has(t.norm) || mentionAt.has(i) || isLocationWord(t.norm)) return -1;
  }
  return -1;
}

/** Pauses before a marker that go with it inside a sentence. */
const isPause = (t: Token): boolean => t.norm === ',' || t.norm === '-';

/**
 * Drops the marker and the words up to `end` (the old words it takes back), and inside a sentence the pause or bare
 * "no" before it ("TXA 1 g, correction, 2 g").
 */
function dropMarker(tokens: Token[], markerStart: number, end: number, drop: Uint8Array): void {
  for (let i = markerStart; i < end; i++) drop[i] = 1;
  const before = tokens[markerStart - 1];
  if (before && (isPause(before) || before.norm === 'no')) drop[markerStart - 1] = 1;
}

/**
 * Puts the corrected dose at `after` in place of the old one at `dose` and drops the marker and what it took back
 * ("TXA 1 g, correction, 2 g IV" → "TXA 2 g IV").
 */
function replaceDose(
  tokens: Token[],
  dose: number,
  markerStart: number,
  after: number,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): void {
  moved.set(dose, [tokens[after], tokens[after + 1]]);
  drop[dose] = drop[dose + 1] = 1;
  dropMarker(tokens, markerStart, after + 2, drop);
  // The new dose said over and over ("no no, one gram one gram one gram IV") is said once.
  let rest = after + 2;
  for (; isNumeric(tokens[rest]) && tokens[rest].value === tokens[after].value; rest += 2) {
    if (tokens[rest + 1]?.norm !== tokens[after + 1].norm) break;
    drop[rest] = drop[rest + 1] = 1;
  }
  // The words said after the old dose and said again after the new one ("4 mg IV no correction 2 mg IV") once.
  for (let k = 0; dose + 2 + k < markerStart && tokens[dose + 2 + k].norm === tokens[rest + k]?.norm; k++)
    drop[rest + k] = 1;
}

/**
 * "Ketamine 20 mg IV, no, make that 30", "50 migs IM... no, make it 25 IV": an amount said bare right after a
 * correction marker that follows a dose in its sentence, with no other number between, is that dose corrected, in its
 * unit. A time ("at 1750, no, 1805") or an amount that goes on to say what it counts ("no, 30 minutes") is not.
 * The index of the old dose; else -1.
 */
function correctedBareDose(
  tokens: Token[],
  markerStart: number,
  after: number,
  mentionAt: Map<number, Mention>,
): number {
  const t = tokens[after];
  if (!isNumeric(t) || readsAsTime(tokens, after)) return -1;
  const next = tokens[after + 1];
  const closes = !next || SENTENCE_ENDS.has(next.norm) || [',', 'at', '@'].includes(next.norm);
  if (!closes && !isRouteAt(after + 1, mentionAt)) return -1;
  for (let i = markerStart - 1; i >= 0 && i >= markerStart - LOOK_BACK; i--) {
    if (SENTENCE_ENDS.has(tokens[i].norm)) return -1;
    if (isNumeric(tokens[i])) return DOSE_UNITS[tokens[i + 1]?.norm ?? ''] ? i : -1;
  }
  return -1;
}

/** A route named at `i`: "IM", or a line's name said after an amount ("25 IV", "20 IO"). */
const isRouteAt = (i: number, mentionAt: Map<number, Mention>): boolean =>
  mentionAt.get(i)?.tags.some((tag) => tag.cat === 'route' || tag.cat === 'access') ?? false;

/**
 * Replaces the dose a correction at `markerStart` takes back with the one said at `after`, with its unit or bare in
 * the old dose's unit (then a route said with it replaces the old dose's route); false when it corrects no dose.
 */
export function correctDose(
  tokens: Token[],
  markerStart: number,
  after: number,
  mentionAt: Map<number, Mention>,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): boolean {
  const dose = previousDose(tokens, markerStart, after);
  if (dose >= 0) {
    replaceDose(tokens, dose, markerStart, after, drop, moved);
    // "50 mg IM, no wait, 20 mg IV": the route said with the new dose is the giving's route.
    if (tokens[after + 2]?.norm !== tokens[dose + 2]?.norm) dropRouteTakenBack(dose + 2, after + 2, mentionAt, drop);
    return true;
  }
  const bare = correctedBareDose(tokens, markerStart, after, mentionAt);
  if (bare < 0) return false;
  moved.set(bare, [tokens[after], tokens[bare + 1]]);
  drop[bare] = drop[bare + 1] = 1;
  dropMarker(tokens, markerStart, after + 1, drop);
  dropRouteTakenBack(bare + 2, after + 1, mentionAt, drop);
  return true;
}

/** Drops the route at `old`, said with a corrected dose, when the correction says a route of its own at `fresh`. */
function dropRouteTakenBack(old: number, fresh: number, mentionAt: Map<number, Mention>, drop: Uint8Array): void {
  const [was, is] = [mentionAt.get(old), mentionAt.get(fresh)];
  if (was && is && isRouteAt(old, mentionAt) && isRouteAt(fresh, mentionAt))
    for (let i = old; i < was.end; i++) drop[i] = 1;
}
