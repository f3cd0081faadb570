/**
 * Who prose about several soldiers says was hurt (named-prose.ts): each soldier said by rank and name, or called out
 * by name as hit, whose own words say he was struck, both said hurt at once, or given an evacuation category with the
 * others.
 */
import type { Token } from '../text/tokenize.js';
import { HURT_VERBS } from './lexicon/people.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { rankedNameEnd } from './list-cues.js';
import { FULL_STOPS, SENTENCE_ENDS, sentenceStartFrom } from './sentence-ends.js';
import { bothStruckAt, namedRange, nextSentence, sexesOfTwo } from './pronoun-prose.js';
import { norm } from './switch-words.js';
import { lexiconReads } from './switch-phrases.js';
import { hitBefore, woundSaidAt } from './wound-clauses.js';
import { namedTriages } from './switch-triage-lists.js';

/** Where each clause ends: a sentence's end, a semicolon or a line break. */
export const endsClause = (t: Token): boolean => SENTENCE_ENDS.has(t.norm);

/** A soldier named: his rank (if said) through his surname, and the surname without a possessive. */
export interface Mention {
  start: number;
  end: number;
  surname: string;
}

/** Verbs after "was"/"were" that say a soldier was hurt, beyond the usual ones ("was struck", "was pinned"). */
const HURT = new Set([
  ...HURT_VERBS,
  'struck',
  'pinned',
  'thrown',
  'crushed',
  'trapped',
  'stabbed',
  'blown',
  // "his left leg was broken below the knee"
  'broken',
  'fractured',
  // "got knocked off her feet by the same impact"
  'knocked',
]);
const BE = new Set(['was', 'were', 'got']);
/** What a load that fell on someone did to him ("and pinned him", "and crushed her"). */
const PINNED = new Set(['pinned', 'crushed', 'trapped']);
/** Words that say a sentence is of every casualty. */
const ALL = new Set(['both', 'all', 'each', 'everyone', 'casualties']);
/** "both legs": a word of all that counts a casualty's own limbs. */
const PAIRED_PARTS = /^(?:legs|arms|hands|feet|eyes|ears|thighs|sides|lungs|knees|shoulders)$/;

/** True when tokens [from, to) say something of every casualty ("Both were evacuated", "all four"), not of both legs. */
export const saidOfAll = (tokens: Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).some((t, k) => ALL.has(t.norm) && !PAIRED_PARTS.test(norm(tokens, from + k + 1)));

/** A surname as said, without a possessive ("Garrity's" → "garrity"). */
export const surnameOf = (t: Token): string => t.norm.replace(/'s?$/, '');

/** Every soldier said by rank and name, or called out by name as hit ("Kessler's down!"), in order. */
export function rankedMentions(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (RANK_WORDS.has(norm(tokens, i - 1))) continue;
    const end = rankedNameEnd(tokens, i);
    if (end < 0) {
      if (calledOutHit(tokens, i)) out.push({ start: i, end: i, surname: surnameOf(tokens[i]) });
      continue;
    }
    out.push({ start: i, end, surname: surnameOf(tokens[end]) });
    i = end;
  }
  return out;
}

/** What a soldier is called out to be under fire ("Kessler's down!", "Sanchez is hit!"). */
const CALLED_OUT = new Set(['down', 'hit']);

/**
 * "Kessler's down!", "[rounds snapping] -Sanchez is hit!": a capitalized name no lexicon reads, opening what is said
 * (after a pause or a cut-off), called out as hit and set off at once; a soldier said hurt as a rank and name says it.
 */
export function calledOutHit(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (
    !/^\p{Lu}\p{Ll}+(?:'s)?$/u.test(t.raw) ||
    lexiconReads(tokens).has(i) ||
    !(SENTENCE_ENDS.has(norm(tokens, i - 1) || '.') || ['-', ']'].includes(norm(tokens, i - 1)))
  )
    return false;
  const verb = t.raw.endsWith("'s") ? i + 1 : norm(tokens, i + 1) === 'is' ? i + 2 : -1;
  // Shouted ("Kessler's down!"; "hit." too), and his name said again, as a medic calls to him ("Kessler, look at
  // me"): "Radio's down." or "Generator's down!" said once is no one.
  const shouted = norm(tokens, verb + 1) === '!' || (norm(tokens, verb) === 'hit' && norm(tokens, verb + 1) === '.');
  if (verb < 0 || !CALLED_OUT.has(norm(tokens, verb)) || !shouted) return false;
  // Looked for last: every capitalized word opening a sentence comes here, and this reads the whole narrative.
  const name = surnameOf(t);
  return tokens.some((u, k) => k !== i && u.raw[0] === t.raw[0] && surnameOf(u) === name);
}

/** True when the words after mention `at`, up to the clause's end or the next soldier named, say he was hurt. */
function saysHurt(tokens: Token[], ranked: readonly Mention[], at: number): boolean {
  const [m, next] = [ranked[at], ranked[at + 1]];
  if (m.start === m.end) return calledOutHit(tokens, m.start);
  if (hitBefore(tokens, m.start)) return true;
  for (let k = m.end + 1; k < tokens.length && k < (next?.start ?? Infinity); k++) {
    if (SENTENCE_ENDS.has(norm(tokens, k))) return false;
    if ((BE.has(norm(tokens, k)) && HURT.has(norm(tokens, k + 1))) || woundSaidAt(tokens, k)) return true;
    // "was riding in the back and hit his head on the radio mount": a part of his own hit.
    if (HURT_VERBS.has(norm(tokens, k)) && ['his', 'her'].includes(norm(tokens, k + 1)) && ownPartAt(tokens, k + 2))
      return true;
    // "a piece of the wall came down on CPL Haines and pinned him": what fell on him held him under, said after his
    // name ("knocked him out" may be said of whoever did it to someone else).
    // Only a load that fell on him, never one who held another down ("dragged him … and pinned him down").
    const fellOn = ['on', 'onto', 'under'].includes(norm(tokens, m.start - 1)) && norm(tokens, k + 2) !== 'down';
    if (norm(tokens, k - 1) === 'and' && PINNED.has(norm(tokens, k)) && ['him', 'her'].includes(norm(tokens, k + 1)))
      return fellOn;
    // "PV2 Doyle hit.", as a report's list is typed.
    if (k === m.end + 1 && HURT_VERBS.has(norm(tokens, k)) && endsClause(tokens[k + 1] ?? tokens[k])) return true;
  }
  // "The driver, SPC Daniel Kirby, and the gunner, PFC Luis Ortega, were injured", "PFC Brandt, SPC Vance hurt":
  // listed with one who was.
  const between = next ? tokens.slice(m.end + 1, next.start).map((t) => t.norm) : [];
  const joined = between.includes('and') || (between.length === 1 && between[0] === ',');
  const listed = next && between.length <= 5 && joined && !between.some((w) => BE.has(w));
  return !!listed && saysHurt(tokens, ranked, at + 1);
}

/** True when a body part is named at token `k`, a side before it or not ("head", "left hand"). */
const ownPartAt = (tokens: Token[], k: number): boolean =>
  Object.hasOwn(BODY_PART_WORDS, norm(tokens, k)) ||
  (Object.hasOwn(SIDE_WORDS, norm(tokens, k)) && Object.hasOwn(BODY_PART_WORDS, norm(tokens, k + 1)));

/** Where a sentence opens "Both (of them) were hit", "Both were injured": two said hurt at once. */
function bothHurtAt(tokens: Token[]): number[] {
  return tokens.flatMap((t, i) => {
    if (t.norm !== 'both' || !(i === 0 || FULL_STOPS.has(norm(tokens, i - 1)))) return [];
    const verb = norm(tokens, i + 1) === 'of' && norm(tokens, i + 2) === 'them' ? i + 3 : i + 1;
    return BE.has(norm(tokens, verb)) && HURT.has(norm(tokens, verb + 1)) ? [i] : [];
  });
}

/** The surnames of the soldiers said by rank and name to be hurt, in the order first said, each once. */
export function hurtSoldiers(tokens: Token[]): string[] {
  const ranked = rankedMentions(tokens);
  const hurt = new Set<string>();
  for (const [k, m] of ranked.entries()) if (saysHurt(tokens, ranked, k)) hurt.add(m.surname);
  // "… PV2 Lusk lost his grip … SSG Kemper shoved him … Both of them were hit by pieces of it.": the two named last.
  for (const at of bothHurtAt(tokens)) {
    const before = [...new Set(ranked.filter((m) => m.end < at).map((m) => m.surname))].slice(-2);
    if (before.length === 2) before.forEach((s) => hurt.add(s));
  }
  // "RPG hit the stairwell, it got both of them. Corporal Ana Nowak is below me, female … Private Joe Hale's up top.":
  // the two named last before, or in the next two sentences, when they are a man and a woman, told apart by pronoun.
  for (const at of bothStruckAt(tokens)) {
    const before = [...new Set(ranked.filter((m) => m.end < at).map((m) => m.surname))].slice(-2);
    const soon = sentenceStartFrom(
      tokens,
      nextSentence(tokens, nextSentence(tokens, nextSentence(tokens, at))),
      FULL_STOPS,
    );
    const after = [...new Set(ranked.filter((m) => m.start > at && m.end < soon).map((m) => m.surname))];
    const two = before.length === 2 ? before : after.slice(0, 2);
    if (
      two.length === 2 &&
      sexesOfTwo(
        tokens,
        two.map((surname) => namedRange(tokens, ranked, surname)),
      )
    )
      two.forEach((s) => hurt.add(s));
  }
  // "PFC Lindqvist. Went in the right side of his neck … Lindqvist and Nakamura urgent surgical": whoever is given
  // an evacuation category with the others is a casualty, however his wound was said; so too with one said hurt
  // ("… listed Lusk and Oyelaran as urgent and Dominguez as priority").
  const surnames = [...new Set(ranked.map((m) => m.surname))];
  for (const list of namedTriages(tokens, surnames))
    if (hurt.size >= 2 || list.surnames.some((s) => hurt.has(s))) list.surnames.forEach((s) => hurt.add(s));
  return surnames.filter((s) => hurt.has(s));
}
