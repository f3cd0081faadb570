/**
 * Lines that open with a casualty designator: a numbered item before a person ("1. SSG Ibarra - …", "No. 2, Gnr
 * Pike: …", "4. Haddad (contractor) - …"), a battle roster number ("Roster DV-2207: …"), a role heading ("Driver:
 * …", "TC - …", "Gunner has frag …"), a name heading ("Maria Estevez (female, …): …") or a rank and a name ("SGT Cole: …"). A narrative
 * with two such lines of one kind covers several casualties though it never counts them, and each line is one.
 */
import type { Token } from '../text/tokenize.js';
import { RANK_CONTINUATIONS, RANK_WORDS } from './lexicon/identity.js';
import { ROLES, roleAt } from './role-words.js';
import {
  BULLETS,
  PRIORITY_WORDS,
  isHeadingWord,
  opensSentenceOrHeading,
  rosterAt,
  rosterLabelAt,
  rosterLength,
  spelledRosterAt,
  triageCodeAt,
} from './list-cues.js';
import { ORDINALS, lexiconReads, unpunctuated } from './switch-phrases.js';
import { ofCountAt, rankedPersonAt, spokenNumberAt, titledNameAt } from './counted-items.js';
import { SUBJECT_VERBS, afterOpeningTime, isBoundary, isClock, norm, startsLine } from './switch-words.js';
import { saysRoleHurt } from './switch-subjects.js';
import { itemNumberAt, numberSignAt } from './item-numbers.js';
import { codeHeadingAt } from './line-codes.js';
import { DASHES } from './handover-turns.js';

/** True when token `i` opens a line, or follows a bullet that does. */
export function opensLine(tokens: Token[], i: number): boolean {
  return startsLine(tokens, BULLETS.has(norm(tokens, i - 1)) ? i - 1 : i);
}

/** True when token `i` opens a log's entry: its line, after a bullet or after the time it opens with ("2236 #1: …"). */
const opensEntry = (tokens: Token[], i: number): boolean => opensLine(tokens, i) || afterOpeningTime(tokens, i);

/**
 * True when "#n" at token `i` heads a log's entry about that casualty: set off by a colon or before his rank and name
 * after the entry's time ("2236 #1: …", "0612 #1 PV2 Kaylee Brooks, …"), or after a later entry's heading, time and
 * dash ("ADDENDUM 0810 - #3 now says …"); never a device's count ("1410 #2 TQ applied").
 */
export function numberHeadsEntry(tokens: Token[], i: number): boolean {
  if (opensEntry(tokens, i) && (norm(tokens, i + 2) === ':' || rankedPersonAt(tokens, i + 2))) return true;
  const dash = tokens[i - 1];
  const stamp = tokens[i - 2];
  return (
    dash !== undefined &&
    dash.spaced === true &&
    DASHES.has(dash.raw) &&
    stamp !== undefined &&
    isClock(stamp) &&
    startsLine(tokens, i - 3) &&
    isHeadingWord(norm(tokens, i - 3))
  );
}

/** True when the word at `i` opens a line before a colon or a dash set off by spaces ("asante - GSW …", "lam: …"). */
export const headsLine = (tokens: Token[], i: number): boolean =>
  opensLine(tokens, i) &&
  (norm(tokens, i + 1) === ':' || (norm(tokens, i + 1) === '-' && tokens[i + 1].spaced === true));

/** True when token `i` is the first word after a bullet opening its line ("• Dunmore: …", "- Iverson urgent …"). */
export const afterBullet = (tokens: Token[], i: number): boolean =>
  BULLETS.has(norm(tokens, i - 1)) && opensLine(tokens, i);

/** The MASCAL triage categories said as colours ("First one, red, … Third, green, …"). */
export const TRIAGE_COLOURS: ReadonlySet<string> = new Set(['red', 'yellow', 'green', 'black']);

/** True when a person is said at token `i`: a role ("the driver", "t c"), a rank and a name in any case, the sex or "local national". */
function personSaidAt(tokens: Token[], i: number): boolean {
  let at = norm(tokens, i) === 'the' ? i + 1 : i;
  // "the t c": a role a recogniser spells out letter by letter.
  const spelled = /^[a-z]$/.test(tokens[at]?.raw ?? '') && ROLES.has(norm(tokens, at) + norm(tokens, at + 1));
  if (spelled || roleAt(tokens, at) !== undefined || rankedPersonAt(tokens, at)) return true;
  // "adult male", "a female child", "an elderly woman": the sex or the person after an article and an age word.
  at = i;
  while (at < i + 2 && WHO_LEADS.has(norm(tokens, at))) at++;
  const w = norm(tokens, at);
  if (at > i && ROLES.has(w)) return true;
  return w === 'male' || w === 'female' || (w === 'local' && norm(tokens, at + 1) === 'national');
}

/** Words that may come before the sex or a person said after an item's number ("a female", "adult male"). */
const WHO_LEADS = new Set(['a', 'an', 'adult', 'young', 'older', 'elderly']);

/** True at punctuation that ends a phrase or a dash set off by spaces ("Urgent - amputation"). */
const setsOff = (tokens: Token[], k: number): boolean =>
  isBoundary(tokens[k]) || (norm(tokens, k) === '-' && tokens[k].spaced === true);

export const capitalized = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Lu}[\p{Ll}'-]+$/u.test(t.raw);
/** A word of three letters or more written all in capitals, as reports write a surname ("WÓJCIK", "NOWAK"). */
const inCapitals = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Lu}[\p{Lu}'-]{2,}$/u.test(t.raw);

/** Words in brackets after a name that say who the person is ("(female, roster ME-6630)", "(contractor)", "(M, 24)"). */
const WHO_WORDS = new Set([
  'male',
  'female',
  'm',
  'f',
  'roster',
  'zap',
  'age',
  'yo',
  'civilian',
  'contractor',
  'local',
  'national',
  'detainee',
  'guard',
  'soldier',
  'marine',
  'enemy',
]);

/** True when tokens `[from, to)` say who a person is: sex, roster number, age word, rank, role or standing. */
const saysWho = (tokens: Token[], from: number, to: number): boolean =>
  tokens
    .slice(from, to)
    .some((t, k) => WHO_WORDS.has(t.norm) || ROLES.has(t.norm) || RANK_WORDS.has(t.norm) || rosterAt(tokens, from + k));

/**
 * "Maria Estevez (female, roster ME-6630): …", "Haddad (contractor) - …", "Kyle Brennan: … Brennan urgent": up to
 * three capitalized words no lexicon reads, heading a line, before a bracket saying who the person is that closes
 * on the line and then a colon or dash; or two words or more before a colon, the last said again elsewhere. Never
 * a heading of a form ("Mental Status (AVPU): A", "Chief Complaint: …"). The surname, lower-cased, and the name.
 */
export function nameHeadingAt(tokens: Token[], i: number): { surname: string; said: string } | undefined {
  const read = lexiconReads(tokens);
  let end = i;
  while (end < i + 3 && capitalized(tokens[end]) && !read.has(end) && !RANK_WORDS.has(tokens[end].norm)) end++;
  // "WÓJCIK: traumatic amputation … Evacuation: WÓJCIK urgent": a surname in capitals, alone before a colon and
  // written so again later, heads its casualty's line.
  const capitals = end === i && inCapitals(tokens[i]) && !read.has(i) && !RANK_WORDS.has(tokens[i].norm);
  if (capitals) end = i + 1;
  if (end === i || isHeadingWord(tokens[i].norm)) return undefined;
  const surname = tokens[end - 1].norm;
  let after = end;
  if (capitals) {
    const again = tokens.some((t, k) => k > end && t.raw === tokens[i].raw && norm(tokens, k + 1) !== ':');
    if (norm(tokens, end) !== ':' || !again) return undefined;
  } else if (norm(tokens, end) === '(') {
    after = tokens.findIndex((t, k) => k > end && [')', '\n'].includes(t.norm));
    if (after < 0 || norm(tokens, after) !== ')' || !saysWho(tokens, end + 1, after)) return undefined;
    after++;
  } else if (end - i < 2 || !tokens.some((t, k) => k >= end && t.norm === surname && norm(tokens, k + 1) !== ':'))
    return undefined;
  if (!(norm(tokens, after) === ':' || (norm(tokens, after) === '-' && tokens[after].spaced))) return undefined;
  return {
    surname,
    said: tokens
      .slice(i, end)
      .map((t) => t.raw)
      .join(' '),
  };
}

/** "SGT Cole: …", "SSG Ibarra - …": a rank and a capitalized name set off by punctuation at `i`; the surname. */
function rankedHeadingAt(tokens: Token[], i: number): string | undefined {
  if (!RANK_WORDS.has(norm(tokens, i))) return undefined;
  let from = i + 1;
  // "Staff Sergeant", "Private First Class": a rank of several words.
  while ((RANK_WORDS.has(norm(tokens, from)) || RANK_CONTINUATIONS.has(norm(tokens, from))) && from < i + 4) from++;
  let end = from;
  while (end < from + 3 && capitalized(tokens[end])) end++;
  // "- CPL Ben Asante BA7730, …": his battle roster number may follow the name before the line's punctuation.
  const next = tokens[end + (end > from ? rosterLength(tokens, end) : 0)];
  return end > from && (isBoundary(next) || (next.norm === '-' && next.spaced)) ? tokens[end - 1].norm : undefined;
}

/**
 * "A) L door gunner, SGT Ingrid Solberg, …", "B) Co-pilot, CW3 Rahul Iyer, …", "Gun 2 ammo bearer, PV2 Harlan Voss.":
 * what the person was in the crew or the place, a heading of up to three words (the first perhaps with the number of
 * his gun or vehicle) set off by a comma, before a rank and a name set off as it is, at `i`; the surname and whether
 * the heading says a crew (a role or a number).
 */
function crewedPersonAt(tokens: Token[], i: number): { surname: string; crew: boolean } | undefined {
  const numbered =
    tokens[i]?.kind === 'word' && tokens[i + 1]?.kind === 'number' && /^\d{1,2}$/.test(tokens[i + 1].raw);
  let k = numbered ? i + 2 : i;
  while (k < i + 5 && (tokens[k]?.kind === 'word' || (norm(tokens, k) === '-' && !tokens[k].spaced))) k++;
  const heading = tokens.slice(i, k).filter((t) => t.kind === 'word');
  const surname = norm(tokens, k) === ',' ? rankedHeadingAt(tokens, k + 1) : undefined;
  if (heading.length < 1 || heading.length > 3 || surname === undefined) return undefined;
  return { surname, crew: numbered || heading.some((t) => ROLES.has(t.norm)) };
}

/** The person named at `i` heading an item: a rank and a name, or a name heading; the surname. */
const personAt = (tokens: Token[], i: number): string | undefined =>
  rankedHeadingAt(tokens, i) ?? nameHeadingAt(tokens, i)?.surname ?? roleHeadingAt(tokens, i);

/** "Driver: …", "Gunner - …", "TC (SSG Lamb): …": a role heading an item at `i`; the role. */
function roleHeadingAt(tokens: Token[], i: number): string | undefined {
  const w = norm(tokens, i);
  const next = tokens[i + 1];
  return ROLES.has(w) && next && ([':', ',', '('].includes(next.norm) || (next.norm === '-' && next.spaced))
    ? w
    : undefined;
}

/**
 * The casualty designator opening the line at token `i`, as a kind and a key ("item" and "n1", "roster" and
 * "DV2207", "role" and "driver", "name" and "estevez"); undefined when the line opens otherwise.
 */
export function designatorAt(
  tokens: Token[],
  i: number,
  counted = false,
): { kind: string; key: string; end?: number } | undefined {
  // "Driver took a round … Gunner has frag …", "Driver's got …": a role as the subject of a sentence about what the casualty has.
  const role = roleAt(tokens, i);
  const clitic = role !== undefined && role !== norm(tokens, i);
  if (role && opensSentenceOrHeading(tokens, i) && (clitic || SUBJECT_VERBS.has(norm(tokens, i + 1))))
    return { kind: 'role', key: role };
  // "The driver's got both legs smashed … The gunner got thrown": after "the" opening the sentence, saying how he was hurt.
  const afterThe = norm(tokens, i - 1) === 'the' && opensSentenceOrHeading(tokens, i - 1);
  if (role && afterThe && saysRoleHurt(tokens, i, clitic)) return { kind: 'role', key: role };
  // A designator heads a line, or a sentence within one ("… IED at 0440. Driver: open fracture … Gunner: thrown …").
  // A recogniser prints no sentence ends: once a count is said (`counted`), a number or an ordinal before a person
  // designates a casualty wherever it stands ("… routine number two sergeant bell female …").
  const spoken = counted && unpunctuated(tokens) ? spokenNumberAt(tokens, i) : undefined;
  if (spoken && personSaidAt(tokens, spoken.end)) return { kind: 'item', key: `n${spoken.n}`, end: spoken.end };
  if (!opensLine(tokens, i) && !opensSentenceOrHeading(tokens, i)) return undefined;
  // "A1 - SGT Kamara, … A2 - SPC Lindgren, …": a letter-and-digit code heading a line is that casualty's.
  const code = codeHeadingAt(tokens, i);
  if (code !== undefined) return { kind: 'code', key: `${tokens[i].raw}${tokens[i + 1].raw}`, end: code };
  // A letter heads an item only at a line's start: "A." within a line is an AVPU ("HR 100, V. Urgent. A. Routine.").
  const lettered = tokens[i].kind === 'word' && !opensLine(tokens, i);
  // "One of three: male, …": the count said with the casualty's number.
  const item = numberSignAt(tokens, i) ?? (lettered ? undefined : itemNumberAt(tokens, i)) ?? ofCountAt(tokens, i);
  if (item) {
    // "1. Immediate. SPC Voss, …", "2 - Urgent: PFC Soto": a triage category may head the item before the person;
    // and an item headed by a triage category is a casualty's though it names no one ("1. Urgent - amputation …").
    const triaged = PRIORITY_WORDS.has(norm(tokens, item.end)) && setsOff(tokens, item.end + 1);
    const at = triaged ? item.end + 2 : item.end;
    const who = [',', ':', '|'].includes(norm(tokens, at)) ? at + 1 : at;
    return triaged || personAt(tokens, who) || personSaidAt(tokens, who) || crewedPersonAt(tokens, who) !== undefined
      ? { kind: 'item', key: `n${item.n}`, end: item.end }
      : undefined;
  }
  const ordinal = ordinalItemAt(tokens, i);
  if (ordinal) return { kind: 'item', key: `n${ordinal.n}`, end: ordinal.end };
  // "T1 SGT Ruiz - …", "T2 PFC Hale - …": a triage category heading the line of a person.
  if (triageCodeAt(tokens, i)) {
    const who = personAt(tokens, i + 2);
    return who ? { kind: 'name', key: who } : undefined;
  }
  const roster = rosterLabelAt(tokens, i);
  if (roster) return { kind: 'roster', key: roster };
  const heading = roleHeadingAt(tokens, i);
  if (heading) return { kind: 'role', key: heading };
  // "Gun 2 gunner, SGT Colin Mercer. … Gun 2 AG, PFC Devon Ruiz.": a line headed by his place in a crew, then his name.
  const crewed = opensLine(tokens, i) ? crewedPersonAt(tokens, i) : undefined;
  if (crewed?.crew) return { kind: 'crew', key: crewed.surname };
  const name = personAt(tokens, i);
  return name ? { kind: 'name', key: name } : undefined;
}

/**
 * "First, Staff Sergeant Maria Delgado, 1st Squad: … Second, Lance Corporal Ben Tuilagi, …", "First, adult male, the
 * driver, … Second, a female child …", "The first - private Olena Shevchuk. … The second - …": an ordinal, "the"
 * before it or not, set off by a comma, a colon or a spaced dash before the person it heads; its number and the token
 * after the ordinal.
 */
function ordinalItemAt(tokens: Token[], i: number): { n: number; end: number } | undefined {
  const at = norm(tokens, i) === 'the' ? i + 1 : i;
  if (!Object.hasOwn(ORDINALS, norm(tokens, at))) return undefined;
  const dash = norm(tokens, at + 1) === '-' && tokens[at + 1].spaced === true;
  if (![',', ':'].includes(norm(tokens, at + 1)) && !dash) return undefined;
  // "Third, green, cut over his right eye": or before a triage category, of either scheme, set off.
  const triaged = TRIAGE_COLOURS.has(norm(tokens, at + 2)) || PRIORITY_WORDS.has(norm(tokens, at + 2));
  const heads =
    personAt(tokens, at + 2) ||
    personSaidAt(tokens, at + 2) ||
    // "First, Kilo Lima four four five two, Sergeant First Class Abernathy, …": or before his battle roster number.
    rosterAt(tokens, at + 2) ||
    spelledRosterAt(tokens, at + 2) ||
    (triaged && setsOff(tokens, at + 3)) ||
    (dash && titledNameAt(tokens, at + 2));
  return heads ? { n: ORDINALS[norm(tokens, at)], end: at + 1 } : undefined;
}

const listsOf = new WeakMap<Token[], boolean>();
/** True when two lines or more open with designators of one kind for different casualties (once per narrative). */
export function listsSeveral(tokens: Token[]): boolean {
  let known = listsOf.get(tokens);
  if (known === undefined) {
    const keys = new Map<string, Set<string>>();
    // A recogniser's text has no lines: numbers or ordinals said before persons stand for them ("number one
    // specialist tran … number two sergeant bell", "first the t c sergeant wallace … second the driver …").
    const spoken = unpunctuated(tokens);
    tokens.forEach((_, i) => {
      const d = designatorAt(tokens, i, spoken);
      if (d) keys.set(d.kind, (keys.get(d.kind) ?? new Set()).add(d.key));
    });
    known = [...keys.values()].some((k) => k.size >= 2);
    listsOf.set(tokens, known);
  }
  return known;
}
