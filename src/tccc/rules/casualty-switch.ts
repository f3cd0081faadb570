/**
 * The words that switch from one casualty to another: "Casualty one of two", "Cas A", "#2", "Alpha:",
 * "second guy", "next patient", "this guy", "the other one", "my guy", "the gunner" (once several are
 * said), "back to Lopez". `casualty-split.ts` cuts the narrative at them.
 */
import type { Token } from '../text/tokenize.js';
import {
  ORDINALS,
  namedAfter,
  objectOfAct,
  opensPhrase,
  saysTheOther,
  thingIsRole,
  callerRole,
  unpunctuated,
  woundSaid,
} from './switch-phrases.js';
import { listSwitchAt } from './switch-lists.js';
import { countsDevice, countsPlaceInFile } from './ordinal-devices.js';
import { casualtyFoundAt, someoneFoundAt } from './someone-found.js';
import { inMedicsClause } from './switch-subjects.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { afterTurnMark } from './handover-turns.js';
import { PRIORITY_WORDS, rankedNameEnd } from './list-cues.js';
import { afterBullet, opensLine } from './switch-openings.js';
import { ROLES, actsForAnother, agedRoleAt, roleAt } from './role-words.js';
import { broughtIn, kinOpening, retriaged, saidOfCurrent, turnedTo, wentToRanked } from './role-cues.js';
import { rankedPersonAt } from './counted-items.js';
import { headingBefore, movedOnBefore } from './ranked-openings.js';
import { lastNamedAt, namedSwitchAt, toldApartAt } from './switch-names.js';
import { namedAfterOrdinal } from './switch-descriptors.js';
import {
  besideAt,
  seatWordsAt,
  isBoundary,
  norm,
  noun,
  numberAt,
  owningNumberAt,
  type SwitchFound,
} from './switch-words.js';
import {
  CASUALTY_NOUNS,
  heardNumberAt,
  letterAgainAt,
  listedRoles,
  lowerLetterAt,
  numberAgainAt,
  numberSubjectAt,
  pairedLabel,
  tagNumberAt,
} from './switch-letters.js';

export { isBoundary, norm, saysUnhurt, type Target } from './switch-words.js';
export { listedRoles } from './switch-letters.js';

const PERSON_NOUNS = new Set([
  'lad',
  'bloke',
  'fella',
  'casualty',
  'cas',
  'patient',
  'pt',
  'guy',
  'man',
  'soldier',
  'one',
  'wounded',
  // "First litter's the driver, …", "Second litter, the gunner, …": a casualty by the litter he lies on.
  'litter',
  'is',
  'has',
  // "Second gets Tylenol one gram by mouth": what a casualty is given.
  'gets',
]);
/** "out is", "out was", "out,": the order a casualty was pulled out in, said after an ordinal. */
const pulledOut = (tokens: Token[], i: number): boolean =>
  norm(tokens, i) === 'out' && ['is', 'was', ',', ':'].includes(norm(tokens, i + 1));
/** Words for a person after "other" ("the other one", "Other lad, Private Jones, …"). */
const OTHER_NOUNS = new Set(['one', 'guy', 'casualty', 'patient', 'lad', 'bloke', 'fella']);
/** The casualty switch that starts at token `i`, and the token after it; `roles` once the narrative says it has several. */
export function switchAt(
  tokens: Token[],
  i: number,
  roles: boolean,
  names: readonly (string | undefined)[],
): SwitchFound | null {
  const w = norm(tokens, i);
  // "… Got him. — Driver's Pablo Sanchez, …", "— Sanchez, pulse 96": a dash opening a speaker's turn within a line
  // opens a phrase (a dash opening a line is a list's bullet, read as such).
  const opensTurn = i > 1 && norm(tokens, i - 2) !== '\n' && afterTurnMark(tokens, i - 1) === i;
  const startsPhrase =
    isBoundary(tokens[i - 1]) ||
    opensTurn ||
    // "• Dunmore: pressure dressing R leg holding", "- Iverson urgent surgical": a name heading a bulleted line.
    afterBullet(tokens, i) ||
    // "Me/Iverson: packed R neck …", "Sun/Gage: …": who works on whom, heading a line; the casualty is after the slash.
    (norm(tokens, i - 1) === '/' && opensLine(tokens, i - 2) && norm(tokens, i + 1) === ':') ||
    (['to', 'the', 'and', 'on', 'so', 'now', 'ok', 'okay'].includes(norm(tokens, i - 1)) && !besideAt(tokens, i));
  // "Casualty one", "Cas A", "patient number 2", "casualty 1 of 3", "Line 1 casualty".
  // "Cot 6: dragged cot 4 out …": a cot is where one slept, so only a cot opening a phrase says whose words follow.
  if (CASUALTY_NOUNS.has(w) && (w !== 'cot' || startsPhrase)) {
    let j = i + 1;
    if (norm(tokens, j) === 'number' || norm(tokens, j) === '#' || norm(tokens, j) === 'no') j++;
    else if (w === 'probe' && ['strike', 'hit'].includes(norm(tokens, j))) j++;
    // "casualty two's BP is 80/50": whose the reading is says which casualty, as "casualty two" does.
    const n =
      numberAt(tokens, j) ??
      lowerLetterAt(tokens, j) ??
      owningNumberAt(tokens, j) ??
      heardNumberAt(tokens, j) ??
      // "Cot 10 slept next to cot 2": a tent's cots run past nine, as a scene's tags do.
      (w === 'tag' || w === 'cot' ? tagNumberAt(tokens, j) : undefined);
    // "MIST for two, casualty one and casualty two.": a sentence listing both labels introduces them, says of neither.
    if (n !== undefined && (pairedLabel(tokens, i) || pairedLabel(tokens, i - 3))) return null;
    // "All 3 pax A/2-7 CAV": a letter a slash joins to a unit is its company, no casualty's.
    const company = norm(tokens, j + 1) === '/' && !tokens[j + 1].spaced && tokens[j + 2]?.spaced === false;
    if (n !== undefined && !company) {
      const end = norm(tokens, j + 1) === 'of' && numberAt(tokens, j + 2) !== undefined ? j + 3 : j + 1;
      return { target: { key: `n${n}`, number: n }, end };
    }
  }
  // "1st casualty: …", "the 2nd patient has …": an ordinal written in digits, which the reader splits ("1", "st").
  const digitOrdinal = tokens[i]?.kind === 'number' && ['st', 'nd', 'rd', 'th'].includes(norm(tokens, i + 1));
  if (digitOrdinal && !tokens[i + 1].spaced && CASUALTY_NOUNS.has(noun(tokens, i + 2)) && numberAt(tokens, i)) {
    const n = numberAt(tokens, i)!;
    if (isBoundary(tokens[i - 1]) || ['the', 'my'].includes(norm(tokens, i - 1)))
      return { target: { key: `n${n}`, number: n }, end: i + 3 };
  }
  // "The first is SGT Cole, … The other is PFC Lane, …": once several are said, "the other" opening a sentence about him.
  if (
    roles &&
    w === 'other' &&
    norm(tokens, i - 1) === 'the' &&
    SENTENCE_ENDS.has(norm(tokens, i - 2) || '.') &&
    ['is', 'has', 'was'].includes(norm(tokens, i + 1))
  )
    return { target: { other: true }, end: i + 2, start: i - 1 };
  const letter = letterAgainAt(tokens, i);
  if (letter !== undefined) return { target: { key: `n${letter}`, number: letter }, end: i + 1 };
  const again = numberAgainAt(tokens, i);
  if (again !== undefined) return { target: { key: `n${again}`, number: again }, end: i + 2 };
  const subject = numberSubjectAt(tokens, i);
  if (subject !== undefined) return { target: { key: `n${subject}`, number: subject }, end: i + 1 };
  if (w === 'line' && numberAt(tokens, i + 1) !== undefined && CASUALTY_NOUNS.has(norm(tokens, i + 2))) {
    const n = numberAt(tokens, i + 1)!;
    return { target: { key: `n${n}`, number: n }, end: i + 3 };
  }
  const listed = listSwitchAt(tokens, i, roles, names);
  if (listed) return listed;
  // "the female is sergeant nair … the male is specialist hart … the female pulse 98": once several are said.
  // "The other two have minor frag", "the rest are walking": several people at once, whose facts are no one's.
  if (roles && w === 'other' && norm(tokens, i - 1) === 'the' && opensPhrase(tokens, i - 1)) {
    const n = tokens[i + 1];
    if (n?.kind === 'number' && n.value! >= 2) return { target: { key: `group:${i}` }, end: i, start: i - 1 };
  }
  if (roles && (w === 'rest' || w === 'others') && norm(tokens, i - 1) === 'the' && opensPhrase(tokens, i - 1))
    return { target: { key: `group:${i}` }, end: i, start: i - 1 };
  // "Patient with the chest wound: …", "The one with the leg wound has …": a casualty known by a wound, once several are said.
  if (roles && ['patient', 'casualty', 'guy', 'one', 'pt'].includes(w) && norm(tokens, i + 1) === 'with') {
    const said = woundSaid(tokens, i + 2);
    const opens = isBoundary(tokens[i - 1]) || (norm(tokens, i - 1) === 'the' && opensPhrase(tokens, i - 1));
    // "Bravo Sierra four five two one is the one with the leg": the wound said of the casualty being spoken of.
    const ofCurrent = norm(tokens, i - 1) === 'the' && ['is', 'was'].includes(norm(tokens, i - 2));
    if (said && opens)
      return {
        target: { key: `wound:${said}` },
        end: i,
        start: norm(tokens, i - 1) === 'the' ? i - 1 : i,
        ...(ofCurrent ? { ofCurrent: true } : {}),
      };
  }
  if (roles && (w === 'female' || w === 'male') && norm(tokens, i - 1) === 'the')
    return { target: { key: `role:${w}` }, end: i };
  // "First urgent, second routine.": once several are said, an ordinal before a triage category.
  const triaged =
    PRIORITY_WORDS.has(norm(tokens, i + 1)) && (isBoundary(tokens[i + 2]) || norm(tokens, i + 2) === 'surgical');
  if (roles && Object.hasOwn(ORDINALS, w) && isBoundary(tokens[i - 1]) && triaged)
    return { target: { key: `n${ORDINALS[w]}`, number: ORDINALS[w] }, end: i + 1 };
  // "First I go to Private Qureshi.": an ordinal opening a sentence where the medic goes to a ranked name counts him.
  const goneTo =
    Object.hasOwn(ORDINALS, w) && isBoundary(tokens[i - 1])
      ? wentToRanked(tokens, i, (j) => rankedPersonAt(tokens, j))
      : undefined;
  if (goneTo !== undefined) return { target: { key: `n${ORDINALS[w]}`, number: ORDINALS[w] }, end: goneTo };
  // "First out is Sergeant Demir", "Second out, the gunner": a casualty by the order he was pulled out in.
  if (Object.hasOwn(ORDINALS, w) && isBoundary(tokens[i - 1]) && pulledOut(tokens, i + 1))
    return { target: { key: `n${ORDINALS[w]}`, number: ORDINALS[w] }, end: i + 3 };
  // "First casualty", "second guy", "the first one", "First is", "The second, PV2 Moss".
  if (
    Object.hasOwn(ORDINALS, w) &&
    (PERSON_NOUNS.has(noun(tokens, i + 1)) ||
      ROLES.has(noun(tokens, i + 1)) ||
      (norm(tokens, i - 1) === 'the' && norm(tokens, i + 1) === ',') ||
      // "Now the second: Oksana Melnyk, …": heading the casualty's words with a colon, once several are said.
      (roles && norm(tokens, i - 1) === 'the' && norm(tokens, i + 1) === ':') ||
      // "First, Nomvula Dlamini, female.": opening a sentence, set off by a comma before a name, once several are said;
      // so too with what hurt him between ("Second from the same strike, PFC Lucia Benavides").
      (roles && isBoundary(tokens[i - 1]) && namedAfterOrdinal(tokens, i + 1)) ||
      // "Back to the first.", "over to the second,": an ordinal turned back to, on its own.
      (norm(tokens, i - 1) === 'the' &&
        norm(tokens, i - 2) === 'to' &&
        ['back', 'over'].includes(norm(tokens, i - 3)) &&
        isBoundary(tokens[i + 1])))
  ) {
    // "First is …", "my first is …"; "the first is/has …" only once several are said (else "the first is high on the thigh").
    const verb = ['is', 'has', 'gets'].includes(norm(tokens, i + 1));
    const opens = isBoundary(tokens[i - 1]) || norm(tokens, i - 1) === 'my' || (roles && norm(tokens, i - 1) === 'the');
    // Speech with no punctuation ("… at the refuel point first is specialist oyelaran …", "… over eighty five second
    // is the driver …"): no boundary is ever printed, so "first is" before a rank and a name, or before a crew role,
    // opens a casualty wherever it stands.
    const spokenOpening =
      unpunctuated(tokens) &&
      norm(tokens, i + 1) === 'is' &&
      (rankedPersonAt(tokens, i + 2) || (norm(tokens, i + 2) === 'the' && roleAt(tokens, i + 3) !== undefined));
    if (verb && !opens && !spokenOpening) return null;
    if (countsDevice(tokens, i) || countsPlaceInFile(tokens, i)) return null;
    const n = ORDINALS[w];
    return { target: { key: `n${n}`, number: n }, end: i + 2 };
  }
  if (w === 'next' && ['patient', 'casualty', 'pt', 'guy', 'one'].includes(noun(tokens, i + 1)))
    return { target: { next: true }, end: i + 2 };
  const found = someoneFoundAt(tokens, i);
  if (found > i) return { target: { next: true }, end: found };
  const casualty = casualtyFoundAt(tokens, i);
  if (casualty?.n !== undefined) return { target: { key: `n${casualty.n}`, number: casualty.n }, end: casualty.end };
  if (casualty) return { target: { next: true }, end: casualty.end };
  const last = lastNamedAt(tokens, i, names);
  if (last) return last;
  // "Next. Dawes.", "Next, Pvt Dawes": once several are said, "next" on its own before a name.
  if (roles && w === 'next' && isBoundary(tokens[i - 1]) && isBoundary(tokens[i + 1]) && namedAfter(tokens, i + 1))
    return { target: { next: true }, end: i + 1 };
  // "Next was PFC Lowe, …", "Next is Dawes.": so too "next" and the verb that brings him in, before a name.
  const nextIs = roles && w === 'next' && isBoundary(tokens[i - 1]) && ['was', 'is'].includes(norm(tokens, i + 1));
  if (nextIs && (namedAfter(tokens, i + 2) || rankedNameEnd(tokens, i + 2) > i + 2))
    return { target: { next: true }, end: i + 2 };
  // "Haskins, this one first: local guy, …": the one the medic takes first, opening his words.
  if (w === 'this' && ['one', 'guy'].includes(norm(tokens, i + 1)) && norm(tokens, i + 2) === 'first')
    if (startsPhrase && [':', ',', '.'].includes(norm(tokens, i + 3)))
      return { target: { key: 'n1', number: 1 }, end: i + 3 };
  // "this guy … the other one … back to this guy": said against "the other one", "this guy" is always the same one.
  if (w === 'this' && noun(tokens, i + 1) === 'guy')
    return { target: saysTheOther(tokens) ? { key: 'this' } : { current: true }, end: i + 2 };
  // "My guy's got a tension pneumo … the other one … my guy is urgent": always the same one.
  if (w === 'my' && ['guy', 'patient', 'casualty'].includes(noun(tokens, i + 1)))
    return { target: { key: 'mine' }, end: i + 2 };
  // "the other one", and "Other casualty is …" opening a sentence.
  if (
    w === 'other' &&
    ((norm(tokens, i - 1) === 'the' && !objectOfAct(tokens, i) && !inMedicsClause(tokens, i)) ||
      isBoundary(tokens[i - 1])) &&
    OTHER_NOUNS.has(noun(tokens, i + 1))
  )
    return { target: { other: true }, end: i + 2 };
  // "The older boy, …", "The little one, …": a family member told apart by age, the age word and role one label.
  const aged = agedRoleAt(tokens, i);
  const seat = aged ? aged.width - 1 : seatWordsAt(tokens, i);
  const role = aged?.role ?? roleAt(tokens, i + seat);
  // "Commander, Private Tom Hale, …": a role heading a ranked name set off by commas is left to the ranked name's
  // reader (ranked-openings.ts), as any heading of a word or two is, so it is not taken for the casualty before.
  const headsRanked = norm(tokens, i + seat + 1) === ',' && headingBefore(tokens, i + seat + 2) === i;
  if (
    (roles || turnedTo(tokens, i)) &&
    role &&
    !headsRanked &&
    !thingIsRole(tokens, i - 1) &&
    !callerRole(tokens, i - 1) &&
    !listedRoles(tokens, i + seat) &&
    !actsForAnother(tokens, i + seat) &&
    (isBoundary(tokens[i - 1]) ||
      opensTurn ||
      // "Also B-34's TC, when he dismounted, …", "Also the gunner": a word moving the report on may open the sentence.
      movedOnBefore(tokens, norm(tokens, i - 1) === 'the' ? i - 1 : i) !== undefined ||
      turnedTo(tokens, i) ||
      afterBullet(tokens, i) ||
      // "Then your walker, Private …": a handover gives the receiving crew theirs.
      (['the', 'your'].includes(norm(tokens, i - 1)) && opensPhrase(tokens, i - 1)) ||
      kinOpening(tokens, i, role) ||
      saidOfCurrent(tokens, i) ||
      broughtIn(tokens, i - 1) ||
      retriaged(tokens, i - 1, i + 1 + seat))
  ) {
    // "the male is the driver": a role said of the casualty being spoken of.
    const said = saidOfCurrent(tokens, i);
    // One turned to is never the casualty being spoken of ("first one is the sergeant … moving on to the kid").
    const turn = turnedTo(tokens, i) && norm(tokens, i - 2) !== 'with';
    return {
      target: { key: `role:${role}` },
      end: i + 1 + seat,
      ...(said ? { ofCurrent: true } : {}),
      ...(turn ? { turns: true } : {}),
    };
  }
  return toldApartAt(tokens, i, startsPhrase) ?? namedSwitchAt(tokens, i, names, startsPhrase);
}
