/**
 * Prose about several soldiers told in the order things happened, as a squad leader's sworn statement is ("PFC Owen
 * Garrity was struck … SPC Sato applied a tourniquet to PFC Garrity's right arm … SGT Holloway was struck by a
 * fragment …"): no label or count opens each casualty's words; they interleave. Each soldier said by rank and name to
 * be hurt is a casualty, in the order first named. A sentence (or a clause after a semicolon) is his when it names him
 * and no other casualty, and so are those after it that name no casualty ("A few minutes later she gave him one unit
 * …"). One that names several is cut before each name ("PFC Garrity urgent and SGT Holloway priority"); one said of
 * them all ("Both were evacuated as urgent surgical", "each casualty's left arm") is shared; one taken back ("I stated
 * that SGT Holloway received the fentanyl; that was incorrect.") is no one's. The other soldiers named (whoever gave
 * care or was unhurt) are labels, blanked: they name no casualty.
 */
import type { Token } from '../text/tokenize.js';
import { readTokens } from '../text/normalize.js';
import type { CasualtySplit } from './casualty-split.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { HURT_VERBS } from './lexicon/people.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { rankedNameEnd } from './list-cues.js';
import type { TextPart } from './shared-phrases.js';
import { FULL_STOPS, SENTENCE_ENDS } from './sentence-ends.js';
import { bothStruckAt, namedRange, nextSentence, pronounSex, sexesOfTwo } from './pronoun-prose.js';
import { lineStampBefore, norm } from './switch-words.js';
import { lexiconReads } from './switch-phrases.js';
import { hitBefore, woundSaidAt } from './wound-clauses.js';
import { attended, takenBack } from './prose-clauses.js';
import { namedTriages } from './switch-triage-lists.js';

/** A soldier named: his rank (if said) through his surname, and the surname without a possessive. */
interface Mention {
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
function rankedMentions(tokens: Token[]): Mention[] {
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
function calledOutHit(tokens: Token[], i: number): boolean {
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
    const soon = sentenceStart(tokens, nextSentence(tokens, nextSentence(tokens, nextSentence(tokens, at))));
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
  // an evacuation category with the others is a casualty, however his wound was said.
  const surnames = [...new Set(ranked.map((m) => m.surname))];
  if (hurt.size >= 2) for (const list of namedTriages(tokens, surnames)) list.surnames.forEach((s) => hurt.add(s));
  return surnames.filter((s) => hurt.has(s));
}

/** Where each clause ends: a sentence's end, a semicolon or a line break. */
const endsClause = (t: Token): boolean => SENTENCE_ENDS.has(t.norm);

/**
 * The narrative cut by casualty when it names two soldiers or more as hurt, by rank and name, and cuts no other way;
 * null otherwise. With `byPronouns`, only where the medic turns between a man and a woman by pronoun at least twice
 * ("Her right calf … His left forearm … TQ on her leg"): a cut by their names alone misses those turns.
 */
export function proseSplit(text: string, byPronouns = false): CasualtySplit | null {
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const ranked = rankedMentions(tokens);
  const order = hurtSoldiers(tokens);
  if (order.length < 2) return null;
  // A casualty said again by his surname alone ("Holloway remained alert").
  const bare = tokens
    .map((t, i) => ({ start: i, end: i, surname: surnameOf(t) }))
    .filter((m, i) => /^\p{Lu}/u.test(tokens[i].raw) && order.includes(m.surname))
    .filter((m) => !ranked.some((r) => m.start >= r.start && m.start <= r.end));
  // "Emeka, stay still": a casualty called by the given name said with his rank and surname.
  const given = new Map<string, string>();
  for (const m of ranked.filter((r) => order.includes(r.surname) && r.end - 1 > r.start)) {
    const name = tokens[m.end - 1];
    if (/^\p{Lu}\p{Ll}+$/u.test(name.raw) && !RANK_WORDS.has(name.norm)) given.set(name.norm, m.surname);
  }
  const called = tokens
    .map((t, i) => ({ start: i, end: i, surname: given.get(t.norm) ?? '' }))
    .filter((m, i) => m.surname !== '' && /^\p{Lu}/u.test(tokens[i].raw))
    .filter((m) => !ranked.some((r) => m.start >= r.start && m.start <= r.end));
  const mentions = [...ranked.filter((m) => order.includes(m.surname)), ...bare, ...called].sort(
    (a, b) => a.start - b.start,
  );
  const sexes = sexesOfTwo(
    tokens,
    order.map((surname) => namedRange(tokens, ranked, surname)),
  );
  const labels: TextPart[] = ranked
    .filter((m) => !order.includes(m.surname))
    .map((m) => ({ start: tokens[m.start].start, end: tokens[m.end].end }));
  const casualties: TextPart[][] = order.map(() => []);
  const preamble: TextPart[] = [];
  const shared: TextPart[] = [];
  const unclear: TextPart[] = [];
  let current = -1;
  let turns = 0;
  let from = 0;
  // "1049 - grenade off a rooftop lands behind the second truck. SSG Whitehorse, frag to the R groin": the words a
  // stamped line opens with, before the soldier it first names, are his (when and how he was hit), not the words of
  // the one cared for before. Each clause held is kept with where it goes otherwise.
  let held: { clause: TextPart; to: TextPart[] }[] = [];
  const release = (): void => {
    for (const h of held) h.to.push(h.clause);
    held = [];
  };
  const introduced = new Set<number>();
  let opening: TextPart[] = [];
  let events = 0;
  for (let i = 0; i <= tokens.length; i++) {
    // "… tight over the left abdomen- [rounds snapping] -Sanchez is hit!": speech cut off by a call of one hit ends there.
    const cutOff = i < tokens.length && ['-', ']'].includes(norm(tokens, i - 1)) && calledOutHit(tokens, i);
    if (i < tokens.length && !endsClause(tokens[i]) && !cutOff) continue;
    const to = cutOff ? i : Math.min(i + 1, tokens.length);
    const part = (a: number, b: number): TextPart => ({ start: tokens[a].start, end: tokens[b - 1].end });
    if (to > from) {
      const said = mentions.filter((m) => m.start >= from && m.start < to);
      // "Ivanova's dressing soaked through while I was on Baptiste": one the medic was busy with, beside another.
      const others = said.filter((m) => !attended(tokens, m.start));
      const inside = said.length > 1 && others.length > 0 ? others : said;
      const whose = [...new Set(inside.map((m) => order.indexOf(m.surname)))];
      const clause = part(from, to);
      const ofAll = saidOfAll(tokens, from, to);
      const stamped = lineStampBefore(tokens, from + 1) === from;
      if (takenBack(tokens, sentenceStart(tokens, from))) unclear.push(clause);
      else if (whose.length === 0) {
        // "Her right calf, frag.", "Back to him.": of a man and a woman, the one its first pronoun is.
        const sex = current >= 0 && !ofAll && sexes ? pronounSex(tokens, from, to) : undefined;
        if (sex && sexes!.indexOf(sex) !== current) turns++;
        if (sex) current = sexes!.indexOf(sex);
        const dest = current < 0 ? preamble : ofAll ? shared : casualties[current];
        if (stamped || held.length > 0) held.push({ clause, to: dest });
        else dest.push(clause);
      } else if (whose.length === 1) {
        current = whose[0];
        if (held.length > 0 && !introduced.has(current)) {
          if (held[0].to === preamble) opening = held.map((h) => h.clause);
          else events++;
          casualties[current].push(...held.map((h) => h.clause));
          held = [];
        } else release();
        introduced.add(current);
        casualties[current].push(clause);
      } else {
        release();
        // "At 0741 I requested MEDEVAC from grid …, PFC Garrity urgent and SGT Holloway priority."
        if (inside[0].start > from) shared.push(part(from, inside[0].start));
        for (const [k, m] of inside.entries()) {
          const end = inside[k + 1]?.start ?? to;
          const who = order.indexOf(m.surname);
          casualties[who].push(part(m.start, end));
          introduced.add(who);
          // "PFC Ortega and SGT Zhao urgent": a name with nothing of its own but "and" shares the next one's words.
          const own = tokens.slice(m.end + 1, end).every((t) => [',', 'and'].includes(t.norm));
          if (own && inside[k + 1]) casualties[who].push(part(inside[k + 1].start, inside[k + 2]?.start ?? to));
          current = who;
        }
      }
      // A line that names no one newly hit gives its words back.
      if (norm(tokens, to - 1) === '\n') release();
    }
    from = to;
  }
  release();
  // The first stamped line is the first soldier's alone only where later ones open each one's words too; else it
  // tells the event of them all ("0915 - IED strike on the lead truck. SGT Cole … PFC Diaz …").
  if (events === 0 && opening.length > 0) {
    const first = casualties.find((parts) => parts.includes(opening[0]))!;
    first.splice(0, first.length, ...first.filter((p) => !opening.includes(p)));
    preamble.push(...opening);
  }
  if (byPronouns && turns < 2) return null;
  // "-Sanchez is hit!": one called out by his surname alone is called by it.
  const calledOut = order.map((surname) => {
    const m = ranked.find((r) => r.surname === surname);
    return m && m.start === m.end ? tokens[m.start].raw.replace(/'s$/, '') : undefined;
  });
  return { ...splitByName({ casualties, preamble, shared, labels, unclear }), calledBy: calledOut };
}

/**
 * A split whose parts were each given to the casualty they name (here and in net-claims.ts): no label, call, role or
 * group says who anyone is, so those are empty, and a second person is looked for in each part alone.
 */
export function splitByName(
  parts: Pick<CasualtySplit, 'casualties' | 'preamble' | 'shared' | 'labels' | 'unclear'>,
): CasualtySplit {
  const none = parts.casualties.map(() => undefined);
  return {
    ...parts,
    calledBy: none,
    describedBy: none,
    sexedBy: none,
    bystanders: [],
    groups: [],
    givenTo: [],
    byName: true,
  };
}

/** The first token of the sentence of token `i`: a semicolon does not end one. */
function sentenceStart(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && !FULL_STOPS.has(norm(tokens, k - 1))) k--;
  return k;
}
