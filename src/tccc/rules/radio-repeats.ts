/**
 * A radio exchange where the other station asks for something again ("Dustoff, say again roster, over.", "Say again
 * time of TXA, over."): the request is the other station's procedure, no fact of the casualty's ("TXA" in it was not
 * given again), and the answer that repeats what was said before ("Sats niner fower, I say again niner fower, over.")
 * restates readings already read, so it adds none. An answer that says new numbers ("Say again last vitals? Time wun
 * fower fower zero, pulse wun zero ait") is read as said.
 */
import { readTokens } from '../text/normalize.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { sentencesOf, type TokenSentence } from './sentence-ends.js';
import { blankRange } from './blanked-text.js';

/** Most words a callsign before the request may have ("Charlie Med, say again sats"). */
const MAX_CALLSIGN = 4;
/** Most sentences an answer runs to before its "over". */
const MAX_ANSWER = 4;
/** Prowords that end a transmission. */
const TRANSMISSION_ENDS = new Set(['over', 'out']);

/**
 * How many callsigns, each set off by its comma, open a sentence that asks to "say again" (after a turn's dash): none,
 * the station called ("Charlie Med, say again sats"), or the station called and the one calling ("Two-Six, Ops, say
 * again Sierra"); -1 when the sentence asks nothing, "I say again" included.
 */
function callsignsBeforeRequest(tokens: readonly Token[], s: TokenSentence): number {
  let i = s.start;
  while (i < s.end && tokens[i].norm === '-') i++;
  const at = [i];
  for (let k = i; k < s.end && at.length <= 2 && k - at[at.length - 1] <= MAX_CALLSIGN; k++)
    if (tokens[k].norm === ',') at.push(k + 1);
  return at.findIndex((k) => tokens[k]?.norm === 'say' && tokens[k + 1]?.norm === 'again');
}

/** True when the sentence says it repeats: "Ops, Two-Six, I say again Sierra: …". */
const saysAgain = (tokens: readonly Token[], s: TokenSentence): boolean =>
  tokens
    .slice(s.start, s.end)
    .some((t, k, all) => t.norm === 'i' && all[k + 1]?.norm === 'say' && all[k + 2]?.norm === 'again');

/** The numbers of a sentence, by the digits said ("too tree too ait" is "2328"). */
const numbersOf = (tokens: readonly Token[], s: TokenSentence): string[] =>
  tokens.slice(s.start, s.end).flatMap((t) => (isNumeric(t) ? [t.digits ?? t.norm] : []));

/**
 * True when the sentence ends a transmission ("..., over."): the proword is the last thing said, so the "over" of a
 * blood pressure ("BP one two two over seven eight; …", "BP eight six over five eight;") ends nothing.
 */
const endsTransmission = (tokens: readonly Token[], s: TokenSentence): boolean =>
  TRANSMISSION_ENDS.has(
    tokens
      .slice(s.start, s.end)
      .filter((t) => t.kind === 'word' || isNumeric(t))
      .at(-1)?.norm ?? '',
  );

/** Most words of the callsigns before a read-back ("Doc Alvarez, Hammer Base, read back: …"). */
const MAX_READBACK_CALLSIGNS = 8;
/** Most sentences a read-back runs to before its "over". */
const MAX_READBACK = 8;

/** True when the sentence opens a read-back, after callsigns only: "Doc Kim, Reaper Five, read back." */
function readsBack(text: string, tokens: readonly Token[], s: TokenSentence): boolean {
  for (let i = s.start; i < s.end && i - s.start <= MAX_READBACK_CALLSIGNS; i++) {
    const w = tokens[i].norm;
    const back = w === 'readback' ? i + 1 : w === 'read' && tokens[i + 1]?.norm === 'back' ? i + 2 : -1;
    if (back > 0)
      return i === s.start || tokens[i - 1].norm === ','
        ? [':', '.', ',', '-'].includes(tokens[back]?.norm ?? '')
        : false;
    if (announcesReadBack(text, tokens, s, i)) return true;
  }
  return false;
}

/**
 * True when the station names itself and says it reads back, a colon before what it heard: "Warhorse Medic reading
 * back: Taufa, …", "Eagle Five copies: female, …". Only capitalised words (its callsign) open the sentence before it:
 * "the medic copies: …" or "he was reading back: …" in a narrative is no station.
 */
function announcesReadBack(text: string, tokens: readonly Token[], s: TokenSentence, at: number): boolean {
  const cue =
    tokens[at].norm === 'copies' ? 1 : tokens[at].norm === 'reading' && tokens[at + 1]?.norm === 'back' ? 2 : 0;
  if (cue === 0 || tokens[at + cue]?.norm !== ':') return false;
  let first = s.start;
  while (first < at && tokens[first].norm === '-') first++;
  const callsign = tokens.slice(first, at);
  return callsign.length > 0 && callsign.every((t) => /^[A-Z0-9]/.test(text.slice(t.start, t.end)));
}

/** Words a station acknowledges with before saying back what it heard ("Copy, left femur, IV one seven zero two."). */
const ACKNOWLEDGEMENTS = new Set(['copy', 'copied', 'roger']);

/**
 * True when a turn opens on an acknowledgement and says back only numbers said before it ("- Copy ketamine five zero
 * IN, Israeli one one four five."): the station repeating what it heard. A turn that says a new number ("- Copy, pulse
 * now one one zero, over.") is the medic answering and is read.
 */
function copiesBack(tokens: readonly Token[], s: TokenSentence): boolean {
  let first = s.start;
  while (first < s.end && tokens[first].norm === '-') first++;
  if (first === s.start || !ACKNOWLEDGEMENTS.has(tokens[first]?.norm ?? '')) return false;
  const said = numbersOf(tokens, s);
  const before = new Set(numbersOf(tokens, { start: 0, end: s.start }));
  return said.length > 0 && said.every((n) => before.has(n));
}

/** Words of three letters or more a sentence says, the drug or reading it names. */
const wordsOf = (tokens: readonly Token[], s: TokenSentence): string[] =>
  tokens
    .slice(s.start, s.end)
    .filter((t) => t.kind === 'word' && t.norm.length >= 3)
    .map((t) => t.norm);

/** Prowords a caller refuses a read-back and sends again with, which name no fact. */
const REFUSAL_PROWORDS = new Set(['negative', 'say', 'again', ...TRANSMISSION_ENDS]);

/** True when a turn opens by refusing what was read back: "- Negative, I say again, …", "- Negative, negative." */
function refusesReadBack(tokens: readonly Token[], s: TokenSentence): boolean {
  let first = s.start;
  while (first < s.end && tokens[first].norm === '-') first++;
  return first > s.start && tokens[first]?.norm === 'negative';
}

/**
 * The sentences of a turn that refuses a read-back, to its "over", that say again a fact said before, every number and
 * word of it ("- Negative, negative. Ketamine FIVE ZERO, five zero milligrams, intranasal."): the caller repeats what
 * he sent, no second dose. A sentence with a number or a word not said before ("one one four FIVE, my mistake",
 * "Also gave meloxicam …") is new and read.
 */
function restatedAfterRefusal(
  tokens: readonly Token[],
  sentences: readonly TokenSentence[],
  k: number,
): TokenSentence[] {
  const before = {
    numbers: new Set(numbersOf(tokens, { start: 0, end: sentences[k].start })),
    words: new Set<string>(),
  };
  for (const w of wordsOf(tokens, { start: 0, end: sentences[k].start })) before.words.add(w);
  const out: TokenSentence[] = [];
  for (let a = k; a < sentences.length && a <= k + MAX_READBACK; a++) {
    const said = numbersOf(tokens, sentences[a]);
    const words = wordsOf(tokens, sentences[a]).filter((w) => !REFUSAL_PROWORDS.has(w));
    if (said.length > 0 && said.every((n) => before.numbers.has(n)) && words.every((w) => before.words.has(w)))
      out.push(sentences[a]);
    if (endsTransmission(tokens, sentences[a])) break;
  }
  return out;
}

/**
 * The text with each request to say again blanked, and each sentence of its answer that says only numbers said
 * before; and each read-back, to its "over" ("Doc Kim, Reaper Five, read back. Tate, GSW neck, CAT zero two two
 * eight, over."): the other station says again what it heard, which adds no fact and no second tourniquet.
 */
export function withoutRepeats(text: string): string {
  if (!/say again|read ?back|reading back|copies:|^\s*-\s*(?:copy|copied|roger|negative)\b/im.test(text)) return text;
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const sentences = sentencesOf(tokens);
  const blanked: TokenSentence[] = [];
  for (let k = 0; k < sentences.length; k++) {
    if (readsBack(text, tokens, sentences[k])) {
      const over = sentences.slice(k, k + MAX_READBACK).findIndex((s) => endsTransmission(tokens, s));
      if (over >= 0) blanked.push(...sentences.slice(k, k + over + 1));
      continue;
    }
    if (refusesReadBack(tokens, sentences[k])) blanked.push(...restatedAfterRefusal(tokens, sentences, k));
    if (copiesBack(tokens, sentences[k])) {
      blanked.push(sentences[k]);
      continue;
    }
    const callsigns = callsignsBeforeRequest(tokens, sentences[k]);
    if (callsigns < 0) continue;
    // After both callsigns, on a net where callsigns carry numbers ("Two-Six, Doc. One urgent surgical."), only an
    // answer that says it repeats is taken for a repeat.
    const sayItRepeats = callsigns === 2;
    blanked.push(sentences[k]);
    const before = new Set(numbersOf(tokens, { start: 0, end: sentences[k].start }));
    for (let a = k + 1; a < sentences.length && a <= k + MAX_ANSWER; a++) {
      const said = numbersOf(tokens, sentences[a]);
      const repeats = said.length > 0 && said.every((n) => before.has(n));
      if (repeats && (!sayItRepeats || saysAgain(tokens, sentences[a]))) blanked.push(sentences[a]);
      if (endsTransmission(tokens, sentences[a])) break;
    }
  }
  let out = text;
  for (const s of blanked) {
    const [from, to] = [tokens[s.start].start, tokens[s.end - 1].end];
    out = blankRange(out, from, to);
  }
  return out;
}
