/**
 * Several casualties in one narrative: splits the text into the parts said of each casualty, in the
 * order the narrative introduces them ("Casualty one of two … two of two", "Cas A / Cas B", "Patient 1",
 * "First is … Second is", "this guy … the other one … back to the first one", "next patient",
 * "moving on to the second guy", a mass-casualty list "One: … Two: …", and "the driver … the gunner"
 * once the narrative says it has two). What comes before the first casualty, and a phrase said of
 * all of them ("both urgent surgical", "for both"), is shared.
 */
import { readTokens } from '../text/normalize.js';
import { calledNames, turnCalledNames } from './called-names.js';
import { designatesSeveral, scanSwitches } from './switch-scan.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { saysSeveral } from './says-several.js';
import { listsSeveral } from './switch-openings.js';
import { ROLES } from './role-words.js';
import { norm } from './casualty-switch.js';
import { sharedPhrases, type TextPart } from './shared-phrases.js';
import { namesItsCard } from './card-fields.js';
import { lineTimeHeaders } from './time-headers.js';
import { partsOutside } from './part-ranges.js';
import { eachNamedSentences, givenTo, taggedQuestions, unclearSentences } from './unclear-sentences.js';
import { swappedSentences } from './swapped-sentences.js';
import { recipientSentences } from './recipient-sentences.js';
import { otherNamedSentences } from './other-named.js';
import { rankedSpokenNames, triagedNames } from './referents.js';
import { listedRankedNames } from './listed-names.js';
import { triagedOpenings } from './triaged-names.js';
import { descriptionAfter } from './switch-descriptors.js';
import { casualtyIndex, nameOfSwitch, patientsOf, type Switch } from './switch-targets.js';
import { personFound } from './someone-found.js';
import { withPairedTriage } from './switch-pairs.js';
import { ownersOf, sexesOfRoles } from './switch-owners.js';
import { movedReadings, movedThings } from './switch-corrections.js';
import { disregardedThings } from './disregarded-things.js';
import { bothSwitched, labelledTriages, namedTriages, triageLists } from './switch-triage-lists.js';
import { pronounTriages, withPronounTurns } from './switch-pronoun-triage.js';
import { tagTriages } from './tag-triages.js';
import { openingSwitch, turnFromFirst } from './opening-casualty.js';
import { initialledSentences } from './kin-names.js';
import { siteOpenings } from './site-openings.js';

/** A character range of the narrative (defined with the phrases said of every casualty). */
export type { TextPart } from './shared-phrases.js';

export interface CasualtySplit {
  /** The parts said of each casualty, in order of introduction; none when the narrative names no casualty by a label. */
  casualties: TextPart[][];
  /** Said before the first casualty: facts every casualty shares (mechanism, grid, time of injury, priority). */
  preamble: TextPart[];
  /** Said of all of them ("both routine", "grid … for both"). */
  shared: TextPart[];
  /** The words that switch casualty ("second casualty", "back to the first one"): not facts, and not someone else. */
  labels: TextPart[];
  /** Per casualty, a lone name said right after its label ("This guy, Lopez, GSW…", "Patient 1, Kowalski,"). */
  calledBy: (string | undefined)[];
  /** Per casualty, what it is said to be right after its label ("the first guy, he's the RTO", "Second, the detainee"). */
  describedBy: (string | undefined)[];
  /** Per casualty, the sex its role labels say ("the little boy", "Grandma's behind him"), with where it is said. */
  sexedBy: ({ sex: 'male' | 'female'; part: TextPart } | undefined)[];
  /** Indexes of `casualties` said to be unhurt where they are introduced ("plus the interpreter, who is fine"). */
  bystanders: number[];
  /** Indexes of `casualties` that are several people at once ("the other two"): what is said of them is no one's. */
  groups: number[];
  /** Sentences that name two casualties without saying whose each fact is ("I gave ketamine, that was Kim, no, it went to Diaz."): no one's. */
  unclear: TextPart[];
  /** Words an unclear sentence gives to one casualty, by index ("Correction: the BP 90/60 is patient 3's, not patient 2's."). */
  givenTo: { part: TextPart; to: number }[];
  /** True where each part was given by the casualty it names (named-prose.ts, net-claims.ts): see cutAtSecondPerson. */
  byName?: true;
}

const NONE: CasualtySplit = {
  casualties: [],
  preamble: [],
  shared: [],
  labels: [],
  calledBy: [],
  describedBy: [],
  sexedBy: [],
  bystanders: [],
  groups: [],
  unclear: [],
  givenTo: [],
};

/**
 * Splits a narrative by casualty. `names`: surnames known to belong to casualty n (index n-1); `descriptions`: what
 * each was said to be after its label ("the RTO"); `givenNames`: first names; `wounds`: see switch-wounds.ts.
 */
export function splitCasualties(
  text: string,
  names: readonly (string | undefined)[] = [],
  descriptions: readonly (string | undefined)[] = [],
  givenNames: readonly (string | undefined)[] = [],
  wounds: readonly (readonly string[] | undefined)[] = [],
): CasualtySplit {
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  // A narrative that says which card it is for ("this card is casualty two") is read for that one casualty.
  if (namesItsCard(tokens)) return NONE;
  const roles = saysSeveral(tokens) || listsSeveral(tokens);
  // A recogniser's text without punctuation: the names triaged at its end ("sanchez priority miller routine").
  const triaged = triagedNames(tokens);
  // Read again with no surname known ("first one is the gunner … the other one the driver"): still the names triaged.
  // Or the names said after a rank and again ("private kims right foot … specialist olsen … kim first … olsen now").
  const spokenRanked = triaged.length > 0 ? triaged : rankedSpokenNames(tokens);
  // Or the ranked names listed as a sentence's subject ("SN Kayla Moss and IC3 Bautista were both burned").
  const introduced = spokenRanked.length > 0 ? spokenRanked : listedRankedNames(tokens);
  let known = names.every((n) => n === undefined) && introduced.length > 0 ? introduced : names;
  // Casualties known only by the names the medic calls them ("Hey, Diaz, … Sims. Sims!"): the name stays words of the record.
  let called = names.length === 0 ? calledNames(tokens) : [];
  const scan = (withRoles = roles): Switch[] => scanSwitches(tokens, withRoles, known, called, descriptions, wounds);
  let switches = scan();
  // "This one first: … Now Sánchez, …": a first one designated, the one name called as the medic turns is the next.
  const designated = switches.some((s) => 'key' in s.target && s.target.key === 'n1');
  const turnedTo = designated && names.length === 0 && called.length === 0 ? turnCalledNames(tokens) : [];
  if (turnedTo.length > 0) {
    called = turnedTo;
    switches = scan();
  }
  // Where nothing else labels them, the names the medic triages or turns back to each open their words (triaged-names.ts).
  const turnedOrTriaged = known.every((n) => n === undefined) ? triagedOpenings(tokens, switches) : [];
  if (turnedOrTriaged.length > 0) {
    known = turnedOrTriaged;
    switches = scan();
  }
  // "first one is the driver … the other one, the passenger … passenger urgent": two casualties designated say several.
  // So does a turn from someone spoken of to another ("I'm with Officer Ruiz, … moving to the suspect. … Suspect
  // again, …"): the role is his wherever it opens a sentence after.
  const fromFirst = turnFromFirst(tokens, switches);
  if (!roles && (designatesSeveral(switches) || fromFirst?.turns)) switches = scan(true);
  // A report that opens "casualty two of two" is that casualty's card; the one-card reader leaves the others out.
  const opening = switches[0];
  if (
    opening &&
    norm(tokens, opening.end - 2) === 'of' &&
    'number' in opening.target &&
    (opening.target.number ?? 1) > 1
  )
    return NONE;
  // "I've got Park first, GSW … Other casualty is Grant": what came before "the other one" was the first casualty.
  // So too before "Moving on to the second guy" or "Next patient" said after words about someone.
  // A name said of that first casualty before the turn ("Alright, Akers is set for now. Moving on to …") changes nothing.
  // Or before "Back to the LT" when "LT's hit" was said there.
  const firstOne = openingSwitch(tokens, switches, fromFirst);
  if (firstOne) switches.unshift(firstOne);
  // Each switch names a casualty: one already introduced, or a new one (order of introduction).
  const { keys, owner, bystanders } = ownersOf(tokens, text, switches);
  // "First guy is urgent, hand is routine.": of two, the second clause of a paired triage is the other one's.
  withPairedTriage(tokens, switches, owner, keys, bystanders);
  // "… lozenge for Lindqvist. She's NKDA.": of a man and a woman, "she" opening a sentence is the woman.
  withPronounTurns(tokens, switches, owner, keys, bystanders);
  // A switch with no label to the casualty already spoken of cuts nothing ("corporal vance has …" stays one phrase).
  for (let k = switches.length - 1; k > 0; k--) {
    if (switches[k].end === switches[k].at && owner[k] === owner[k - 1]) {
      switches.splice(k, 1);
      owner.splice(k, 1);
    }
  }
  if (keys.length === 0) return NONE;
  const labels = switches
    .filter((s) => s.end > s.at)
    .map((s) => ({ start: tokens[s.at].start, end: tokens[s.end - 1].end }));
  const calledBy: (string | undefined)[] = keys.map(() => undefined);
  // "Okay, Abernathy. Claire Abernathy, GSW …": a surname called first, then said in full, is known by the full name.
  switches.forEach((s, k) => {
    const had = calledBy[owner[k]];
    if (had === undefined || s.called?.toLowerCase().endsWith(` ${had.toLowerCase()}`))
      calledBy[owner[k]] = nameOfSwitch(tokens, s, called) ?? had;
  });
  // A name triaged in a recogniser's text ("sanchez priority") is the casualty's, as written; a role is no name.
  keys.forEach((key, n) => {
    const word = key.replace(/^name:/, '');
    if (key !== word && spokenRanked.includes(word) && !ROLES.has(word)) calledBy[n] ??= word;
  });
  // What a casualty is said to be after any of its labels ("The first has … Correction: the first one is the GSW").
  const describedBy = keys.map((_, n) =>
    switches
      .filter((s, k) => owner[k] === n && s.end > s.at)
      // "There's a local in here, …": the one come upon is known by what he is ("The local's urgent").
      .map((s) => descriptionAfter(tokens, s.end) ?? personFound(tokens, s.at, s.end))
      .find((d) => d !== undefined),
  );
  const starts = switches.map((s) => s.at);
  const split: CasualtySplit = {
    casualties: keys.map(() => []),
    preamble: [],
    shared: [],
    labels,
    calledBy,
    describedBy,
    sexedBy: sexesOfRoles(tokens, switches, owner, keys.length),
    bystanders: [...bystanders],
    groups: keys.flatMap((k, n) => (k.startsWith('group:') ? [n] : [])),
    unclear: [
      ...unclearSentences(tokens, names, starts, owner),
      ...swappedSentences(tokens, starts, owner),
      ...taggedQuestions(tokens),
    ],
    givenTo: [],
  };
  split.givenTo = split.unclear.flatMap((u) => givenTo(tokens, u, starts, owner));
  // "Urgent surgical: B and C. Priority: A.", "Pt 1 and Pt 2 urgent, Pt 3 routine": each category is the casualties'
  // it names, no one else's.
  for (const list of [...triageLists(tokens, keys), ...labelledTriages(tokens, keys), ...tagTriages(tokens, keys)]) {
    split.unclear.push(list.sentence);
    split.givenTo.push(...list.keys.map((key) => ({ part: list.category, to: keys.indexOf(key) })));
  }
  // The casualty known by the surname `names[n]`, else -1.
  const byName = (n: number, s: string): number =>
    casualtyIndex({ key: `name:${s}`, number: n + 1 }, keys, -1, bystanders);
  // "Cole and Lee urgent, Ray priority.": a category said after several surnames is each one's.
  const named = namedTriages(tokens, names);
  for (const list of named) {
    const to = list.surnames.map((s) => byName(names.indexOf(s), s));
    if (to.some((n) => n < 0 || n >= keys.length)) continue;
    split.unclear.push(list.sentence);
    split.givenTo.push(...to.map((n) => ({ part: list.category, to: n })));
    if (list.ranked) split.givenTo.push({ part: list.ranked, to: to[0] });
  }
  // "SGT Ruiz and PV2 Lowery each received TXA 2 g IV at 0634.": what follows "each" is each one's.
  const eaches = eachNamedSentences(tokens, names, (n, s) => (byName(n, s) < keys.length ? byName(n, s) : -1));
  for (const each of eaches) {
    split.unclear.push(each.sentence);
    split.givenTo.push(...each.given);
  }
  // "She is urgent surgical and he is priority.": of a man and a woman, each category is the one the pronoun is.
  const patients = patientsOf(keys, bystanders);
  // "Smitty and the Rook are both priority.": of three, the two its sentence switches to.
  const boths = bothSwitched(tokens, starts, owner, patients.length);
  for (const both of boths) {
    split.unclear.push(both.sentence);
    split.givenTo.push(...both.to.map((to) => ({ part: both.category, to })));
  }
  for (const paired of pronounTriages(tokens, starts, owner, patients)) {
    split.unclear.push(paired.sentence);
    split.givenTo.push(...paired.given);
  }
  // "Ketamine 50 mg IM to Torres at 1420." said while Patel is spoken of: Torres's words.
  const recipients = recipientSentences(tokens, names, starts, owner, byName, givenNames).filter(
    (r) => r.to < keys.length,
  );
  split.unclear.push(...recipients.map((r) => r.part));
  split.givenTo.push(...recipients);
  // "… went into J., not M.": of two who share a surname, a sentence ending on one's initial is his.
  const initialled = initialledSentences(tokens, keys);
  split.unclear.push(...initialled.map((r) => r.part));
  split.givenTo.push(...initialled);
  // "… WÓJCIK Tomasz stepped on it; Szeregowy NOWAK Paweł … was wounded" said while Wójcik is spoken of: no one's.
  split.unclear.push(
    ...otherNamedSentences(tokens, names, starts, owner, byName).filter(
      (u) => !recipients.some((r) => r.part.start === u.start),
    ),
  );
  // "BP 94/60, correction, the 94/60 was casualty one, …": the reading is casualty one's, not the spoken-of one's.
  // "The splint is on Tango Whiskey, not Alpha Romeo": so is a thing said earlier of the one named after "not".
  const moved = [
    ...movedReadings(tokens, starts, owner),
    ...movedThings(tokens, starts, owner, keys, (s) => {
      const n = names.indexOf(s);
      const to = n < 0 ? -1 : byName(n, s);
      return to < keys.length ? to : -1;
    }),
    ...disregardedThings(tokens, starts, owner, (target) => {
      const to = casualtyIndex(target, keys, -1, bystanders);
      return to < keys.length ? to : -1;
    }),
  ];
  split.unclear.push(...moved.map((m) => m.unclear));
  split.givenTo.push(...moved.flatMap((m) => (m.given ? [m.given] : [])));
  // "First spot, grid …, hit a mine at 0940. … Then I ran over to the second spot, grid …": each place's opening is
  // its casualties' alone.
  const sites = siteOpenings(tokens, starts, owner, keys);
  split.unclear.push(...sites.map((o) => o.sentence));
  split.givenTo.push(...sites.flatMap((o) => o.to.map((to) => ({ part: o.sentence, to }))));
  const firstFrom = switches[0].from ?? switches[0].at;
  // "Vitals, all at 1445:" heading the lines below: its "all at 1445" is the header's, read with each line.
  const headers = lineTimeHeaders(tokens, starts);
  const sharedRanges = sharedPhrases(tokens, starts).filter(
    (r) =>
      ![...boths, ...eaches, ...named].some((b) => r.start < b.sentence.end && r.end > b.sentence.start) &&
      !headers.some((h) => r.start < h.part.end && r.end > h.part.start),
  );
  // "Two burn casualties. Both NKDA. Sgt Okonkwo: …": a phrase said of all of them in the opening words is each
  // one's whole, allergies and care too, not only what the opening shares (mechanism, grid, time, priority).
  const before = { start: 0, end: tokens[firstFrom].start };
  if (firstFrom > 0) split.preamble.push(...partsOutside(before, [...sharedRanges, ...sites.map((o) => o.sentence)]));
  const apart = [...sharedRanges, ...headers.map((h) => h.part), ...split.unclear];
  switches.forEach((s, k) => {
    const start = tokens[s.from ?? s.at].start;
    const next = switches[k + 1];
    const end = next ? tokens[next.from ?? next.at].start : text.length;
    split.casualties[owner[k]].push(
      ...headers.filter((h) => h.dates.includes(s.at)).map((h) => ({ ...h.part, heads: start })),
      ...partsOutside({ start, end }, apart).filter((p) => text.slice(p.start, p.end).trim() !== ''),
    );
  });
  split.shared = sharedRanges;
  return split;
}
