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
import { readTokens } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { CasualtySplit } from './casualty-split.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { RANK_WORDS } from './lexicon/identity.js';
import type { TextPart } from './shared-phrases.js';
import { namedRange, pronounSex, sexesOfTwo } from './pronoun-prose.js';
import { lineStampBefore, norm } from './switch-words.js';
import { calledOutHit, endsClause, hurtSoldiers, rankedMentions, saidOfAll, surnameOf } from './hurt-soldiers.js';
import { attended, takenBack } from './prose-clauses.js';
import { FULL_STOPS, sentenceStartFrom } from './sentence-ends.js';

/** The prose cut, with what it was read from: its tokens and the surnames said hurt, in the order first named. */
export interface ProseSplit {
  split: CasualtySplit;
  tokens: Token[];
  hurt: readonly string[];
  /**
   * How often the medic turned between a man and a woman by pronoun alone ("Her right calf … His left forearm … TQ on
   * her leg"): at two or more, a cut by their names alone misses those turns.
   */
  turns: number;
}

/**
 * The narrative cut by casualty when it names two soldiers or more as hurt, by rank and name, and cuts no other way;
 * null otherwise.
 */
export function proseSplit(text: string): ProseSplit | null {
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
      if (takenBack(tokens, sentenceStartFrom(tokens, from, FULL_STOPS))) unclear.push(clause);
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
  // "-Sanchez is hit!": one called out by his surname alone is called by it.
  const calledOut = order.map((surname) => {
    const m = ranked.find((r) => r.surname === surname);
    return m && m.start === m.end ? tokens[m.start].raw.replace(/'s$/, '') : undefined;
  });
  const split = { ...splitByName({ casualties, preamble, shared, labels, unclear }), calledBy: calledOut };
  return { split, tokens, hurt: order, turns };
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
