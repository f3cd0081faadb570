/**
 * An opening that names who was hurt ("Shots fired at 0538, officer and suspect both hit."): the time and cause it
 * gives are theirs, not a third casualty's who was hurt otherwise ("Patient 3: suspect's girlfriend, cut by glass").
 * Nor are they the time and cause of one who fell running for cover from the attack it tells ("Rocket attack at
 * 0120. … Bunker 3. Fell down the bunker steps in the dark running for cover."): he was hurt by the fall, later;
 * unless the opening says all were hurt in it ("all three of these were hurt in the first volley").
 */
import type { Token } from '../text/tokenize.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { HURT_VERBS } from './lexicon/people.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { rankedNameEnd } from './list-cues.js';
import type { TextPart } from './shared-phrases.js';
import { CASUALTY_NOUNS } from './switch-letters.js';
import type { EvidencedRecord } from '../extraction.js';

const word = (tokens: Token[], i: number): string => (tokens[i]?.kind === 'word' ? tokens[i].norm : '');

/** A rank or a capitalized name said before a surname ("IC3", "Kayla"). */
const namePart = (t: Token | undefined): boolean =>
  t?.kind === 'word' && (RANK_WORDS.has(t.norm) || /^\p{Lu}/u.test(t.raw));

/**
 * The two people an opening names as hurt, "<one> and <other> both hit" or "<one> and <other> were both hit"
 * ("officer and suspect both hit", "driver and gunner were both injured"); undefined when it names none.
 */
function namedHurt(text: string, opening: readonly TextPart[]): string[] | undefined {
  for (const part of opening) {
    const tokens = readTokens(text.slice(part.start, part.end), NORMALIZE_OPTIONS);
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].norm !== 'both') continue;
      const hurt = ['were', 'are', 'got'].includes(word(tokens, i + 1)) ? i + 2 : i + 1;
      const verb = ['were', 'are', 'got'].includes(word(tokens, i - 1)) ? i - 1 : i;
      if (!HURT_VERBS.has(word(tokens, hurt))) continue;
      // "SN Kayla Moss and IC3 Bautista were both burned": each said by rank and name, the surname last.
      let and = verb - 2;
      while (and > verb - 5 && word(tokens, and) !== 'and' && namePart(tokens[and])) and--;
      if (word(tokens, and) !== 'and') continue;
      const one = word(tokens, and - 1);
      const other = word(tokens, verb - 1);
      if (one && other && one !== other) return [one, other];
    }
  }
  return undefined;
}

/** A word of a casualty's label ("Patient 2:", "Cas B"), read past to the words that say who he is. */
const isLabelWord = (t: Token): boolean => CASUALTY_NOUNS.has(t.norm) || t.norm.length === 1;

/**
 * True when the casualty whose words are `parts` opens them, past the label, with one of the `named` ("Patient 1:
 * Officer Tom Brandt" for "officer", "Patient 2: suspect, male"); "suspect's girlfriend" is not the suspect.
 */
function opensWithOneOf(text: string, parts: readonly TextPart[], named: readonly string[]): boolean {
  const ordered = [...parts].sort((a, b) => a.start - b.start);
  for (const part of ordered) {
    const tokens = readTokens(text.slice(part.start, part.end), NORMALIZE_OPTIONS);
    const at = tokens.findIndex((t) => t.kind === 'word' && !isLabelWord(t));
    // "Patient 1: SN Kayla Moss, …": a casualty opening with his rank is known by it or by the surname after it.
    const surname = at >= 0 ? rankedNameEnd(tokens, at) : -1;
    if (at >= 0) return named.includes(tokens[at].norm) || (surname >= 0 && named.includes(tokens[surname].norm));
  }
  return false;
}

/** An opening that says everyone was hurt by what it tells ("all three of these were hurt in the first volley"). */
const ALL_HURT = /\b(?:all|both|each)\b[^.!?]*\b(?:hurt|hit|injured|wounded)\b/i;
/** A fall on the way to cover, said in one sentence ("Fell down the bunker steps running for cover"). */
const FELL_TAKING_COVER =
  /\b(?:fell|tripped|slipped|twisted)\b[^.!?]*\b(?:running|ran|diving|dove|rushing) (?:for|to|into) (?:cover|shelter|the bunker)\b|\b(?:running|ran|diving|dove|rushing) (?:for|to|into) (?:cover|shelter|the bunker)\b[^.!?]*\b(?:fell|tripped|slipped|twisted)\b/i;

/** A wound other than a fall's ("fell, frag L thigh"): the one who fell was hurt by what the opening tells too. */
const OTHER_WOUND = /\b(?:frag|shrapnel|gsw|shot|blast)\b/i;

/** What the opening says of how and when the casualties were hurt. */
const CAUSE = /^\/(time_of_injury|mechanism)(\/|$)/;

/** What a casualty shares of the opening: its record, and the phrases said of everyone (`shared`) that reach him. */
interface Opening {
  record: EvidencedRecord;
  shared: TextPart[];
}

/**
 * What each casualty (its words `parts[i]`) shares of the opening `record` and of the phrases said of everyone: all,
 * unless the opening's first sentence names two hurt among three or more casualties and some casualty opens with one
 * of those names; then one named by neither shares no time or cause of injury from it, nor that sentence's phrases.
 * One whose words say only a fall taking cover shares no time or cause of injury either, unless the opening says all
 * were hurt by it.
 */
export function openingsFor(
  text: string,
  parts: readonly TextPart[][],
  record: EvidencedRecord,
  shared: readonly TextPart[],
): Opening[] {
  const whole = { record, shared: [...shared] };
  const start = Math.min(...parts.flat().map((p) => p.start));
  // "… driver and passenger were both burned. Casualty 1: driver, …": the first casualty's words may start inside it.
  const stop = text.slice(start).search(/[.;!?]/);
  const end = stop < 0 ? text.length : start + stop + 1;
  const named = parts.length > 2 ? namedHurt(text, [{ start: 0, end }]) : undefined;
  // "Ruiz and Diaz both hit, and Cobb too.": one the opening names otherwise shares it too.
  const said = named && readTokens(text.slice(0, end), NORMALIZE_OPTIONS).map((t) => t.norm);
  const isNamed = parts.map((own) => named !== undefined && opensWithOneOf(text, own, named));
  const ofOpening = parts.map((own) => said !== undefined && opensWithOneOf(text, own, said));
  const tells = (own: readonly TextPart[], what: RegExp) => own.some((p) => what.test(text.slice(p.start, p.end)));
  const fellOn = (own: readonly TextPart[]) => tells(own, FELL_TAKING_COVER) && !tells(own, OTHER_WOUND);
  const fell = parts.map((own) => !ALL_HURT.test(text.slice(0, start)) && fellOn(own));
  const { time_of_injury: _time, mechanism: _cause, ...rest } = record.record;
  const uncaused = (all: boolean) => ({
    record: { record: rest, evidence: record.evidence.filter((e) => !CAUSE.test(e.path)) },
    shared: all ? [...shared] : shared.filter((p) => p.start >= end),
  });
  if (!isNamed.some(Boolean)) return parts.map((_, i) => (fell[i] ? uncaused(true) : whole));
  return isNamed.map((n, i) => (fell[i] ? uncaused(false) : n || ofOpening[i] ? whole : uncaused(false)));
}
