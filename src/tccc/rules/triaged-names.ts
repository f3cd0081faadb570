/**
 * Casualties known by the surnames the medic triages or turns back to, in speech written with punctuation: "Murphy's
 * routine", "Kowalski urgent surgical, Diaz priority", "Back to Garza". A name so said is a casualty's; two of them or
 * more make the narrative's casualties known before any label, so "Garza's down" and "Murphy, Lance Corporal Murphy,
 * … he's bleeding too" open each one's words (casualty-split.ts).
 */
import type { Token } from '../text/tokenize.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { CREW_ROLES } from './lexicon/people.js';
import { isHeadingWord, PRIORITY_WORDS } from './list-cues.js';
import { ROLES } from './role-words.js';
import { lexiconReads, unpunctuated } from './switch-phrases.js';
import { norm, noun } from './switch-words.js';
import { SELF } from './self-aid.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { someoneFoundAt } from './someone-found.js';
import type { Switch } from './switch-targets.js';
import { factsFollowAt } from './named-facts.js';

/** What may stand between a name and its category ("Murphy's routine", "Lee is urgent", "Lee: urgent"). */
const BEFORE_CATEGORY = new Set(['is', 'was', ':', '-']);

/** A surname's shape, with its clitic: "Diaz's", and a second capital after "Mac", "Mc" or "O'" ("MacLeod"); never "I'm". */
const SURNAME = /^(?:Ma?c|O')?\p{Lu}\p{Ll}+(?:'s)?$/u;

/**
 * True when the word at `i` may be a surname: capitalized, no word the lexicon reads, no rank, role or heading, and
 * capitalized wherever else it is said ("Local is urgent" after "local guy" is no name).
 */
function surnameAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || !SURNAME.test(t.raw) || lexiconReads(tokens).has(i)) return false;
  const w = noun(tokens, i);
  if (RANK_WORDS.has(w) || ROLES.has(w) || isHeadingWord(w) || PRIORITY_WORDS.has(w)) return false;
  return tokens.every((u, k) => noun(tokens, k) !== w || /^\p{Lu}/u.test(u.raw));
}

/** True when a triage category is said at `k` and ends its phrase ("Diaz priority.", "Hollis urgent surgical, Boone routine"). */
function categoryAt(tokens: Token[], k: number): boolean {
  if (!PRIORITY_WORDS.has(norm(tokens, k))) return false;
  const end = ['surgical', 'surg'].includes(norm(tokens, k + 1)) ? k + 2 : k + 1;
  return end >= tokens.length || [',', '.', ';', '!', '\n', 'and'].includes(norm(tokens, end));
}

/**
 * True when the surname at `i` is given a triage category ("Murphy's routine", "Diaz priority", "Lee is urgent",
 * "with Vance, urgent, and Okoro, priority").
 */
function triagedAt(tokens: Token[], i: number): boolean {
  const clitic = /'s$/.test(norm(tokens, i));
  // After a comma, only a name said elsewhere too: "Nah, routine." answers, it names no one.
  const paused = norm(tokens, i + 1) === ',' && tokens.some((_, k) => k !== i && noun(tokens, k) === noun(tokens, i));
  return categoryAt(tokens, !clitic && (paused || BEFORE_CATEGORY.has(norm(tokens, i + 1))) ? i + 2 : i + 1);
}

/** Words that give one category to every name listed before them ("Vance and Okoro, both priority"). */
const SAID_OF_ALL = new Set(['both', 'all']);

/**
 * The surnames listed from `i` by commas and "and", then given one category as all of them's ("took Vance and
 * Okoro, both urgent surgical", "Abe, Cruz and Diop all routine"): their indexes, else none.
 */
function listTriagedAt(tokens: Token[], i: number): number[] {
  const listed = [i];
  for (let k = i + 1; ;) {
    const join =
      norm(tokens, k) === ',' && norm(tokens, k + 1) === 'and' ? 2 : [',', 'and'].includes(norm(tokens, k)) ? 1 : 0;
    if (join === 0 || !surnameAt(tokens, k + join)) break;
    listed.push(k + join);
    k += join + 1;
  }
  const end = listed[listed.length - 1] + 1;
  const all = norm(tokens, end) === ',' ? end + 1 : end;
  return listed.length >= 2 && SAID_OF_ALL.has(norm(tokens, all)) && categoryAt(tokens, all + 1) ? listed : [];
}

/** True when the surname at `i` is turned back to ("Back to Garza"). */
const turnedBackAt = (tokens: Token[], i: number): boolean =>
  norm(tokens, i - 1) === 'to' && norm(tokens, i - 2) === 'back';

/** Words a medic turns to a casualty with, before his name ("Okay, Abernathy.", "Starting with Singh.", "Now Ruiz:"). */
const TURN_WORDS = new Set(['okay', 'ok', 'alright', 'right', 'now', 'next', 'with', 'to']);

/**
 * True when the surname at `i` heads what follows, turned to and then said in full ("Okay, Abernathy. Claire
 * Abernathy, GSW …", "Starting with Singh. Gurpreet Singh, …"); never a name read off a tag again ("Peralta. Luis
 * Peralta.").
 */
const headsFullNameAt = (tokens: Token[], i: number): boolean =>
  TURN_WORDS.has(norm(tokens, norm(tokens, i - 1) === ',' ? i - 2 : i - 1)) &&
  ['.', ':'].includes(norm(tokens, i + 1)) &&
  /^\p{Lu}/u.test(tokens[i + 2]?.raw ?? '') &&
  norm(tokens, i + 3) === norm(tokens, i);

/**
 * True when the surname at `i` opens a sentence or line and is put beside his crew role ("Achterberg, the gunner, he's
 * got …"), and is said again elsewhere: a medic going down his casualties by name. One said once may be anyone's name.
 */
const roleApposedAt = (tokens: Token[], i: number): boolean =>
  (i === 0 || SENTENCE_ENDS.has(norm(tokens, i - 1))) &&
  norm(tokens, i + 1) === ',' &&
  norm(tokens, i + 2) === 'the' &&
  CREW_ROLES.has(norm(tokens, i + 3)) &&
  norm(tokens, i + 4) === ',' &&
  tokens.some((_, k) => k !== i && noun(tokens, k) === noun(tokens, i));

/** Words that ask who someone is ("Who's that?", "Who is this?"). */
const WHO_ASKED = [
  ["who's", 'that'],
  ["who's", 'this'],
  ['who', 'is', 'that'],
  ['who', 'is', 'this'],
];

/** True when the surname at `i` answers "who's that?" said right before it, alone and asked ("Who's that? Ruiz?"). */
function askedWhoAt(tokens: Token[], i: number): boolean {
  if (norm(tokens, i + 1) !== '?' || norm(tokens, i - 1) !== '?') return false;
  return WHO_ASKED.some((words) => words.every((w, d) => norm(tokens, i - 1 - words.length + d) === w));
}

/**
 * The surnames triaged or turned back to, when `least` or more are (two; one beside a medic hurt himself, who is the
 * other), in the order first said (lower case, without "'s"); else none. Never in a recogniser's text, whose names
 * referents.ts reads.
 */
export function triagedSurnames(tokens: Token[], least = 2): string[] {
  if (unpunctuated(tokens)) return [];
  const known = new Set<string>();
  tokens.forEach((_, i) => {
    const cued =
      triagedAt(tokens, i) ||
      turnedBackAt(tokens, i) ||
      askedWhoAt(tokens, i) ||
      headsFullNameAt(tokens, i) ||
      roleApposedAt(tokens, i) ||
      factsFollowAt(tokens, i);
    if (surnameAt(tokens, i) && cued) known.add(noun(tokens, i));
    if (surnameAt(tokens, i)) for (const k of listTriagedAt(tokens, i)) known.add(noun(tokens, k));
  });
  if (known.size < least) return [];
  return [...new Set(tokens.map((_, i) => noun(tokens, i)).filter((w) => known.has(w)))];
}

/**
 * Where nothing else labels the casualties, the names the medic triages or turns back to ("Garza's down … Back to
 * Garza … Murphy's routine"): each opens its casualty's words. "Last one's Sergeant Boone" (casualty-switch.ts) labels
 * only the last: the names still say who the others are. Nor does the medic turning to his own wound ("I'm hit",
 * self-aid.ts): it is no one else's label. So does someone come upon ("There's a local in here"): one name turned back
 * to is the one spoken of before. Nor a name read as a switch on its own that is one of those triaged ("Vance had the
 * GSW … with Vance, urgent, and Okoro, priority"): the others still say who the rest are, each said besides. Else none.
 */
export function triagedOpenings(tokens: Token[], switches: readonly Switch[]): string[] {
  const isSelf = (s: Switch): boolean => 'key' in s.target && s.target.key === SELF;
  const found = tokens.some((_, i) => someoneFoundAt(tokens, i) > i);
  const unlabelled = switches.every(
    (s) => isSelf(s) || (found && 'next' in s.target) || ('key' in s.target && s.target.key.startsWith('last:')),
  );
  const triaged = triagedSurnames(tokens, switches.some(isSelf) || found ? 1 : 2);
  // Each of them said besides his category ("Abara urgent, Quist routine" of one spoken of says no one else's words).
  const saidTwice = triaged.every((n) => tokens.filter((_, k) => noun(tokens, k) === n).length >= 2);
  // A line that opens with a ranked name ("SSG Emeka Nwosu, shot …") is the one that name's surname is triaged as.
  const named =
    saidTwice &&
    switches.every(
      (s) =>
        'key' in s.target &&
        (triaged.includes(s.target.key.replace(/^name:/, '')) ||
          (s.target.key.startsWith('line:') && triaged.includes(rankedSurnameAt(tokens, s.at) ?? ''))),
    );
  return unlabelled || named ? triaged : [];
}

/**
 * The surname of the ranked name a line opens with ("SPC Hana Kobayashi, …", "- SGT Ames: …"): the last of the
 * capitalized words after the rank, lower case; else none.
 */
function rankedSurnameAt(tokens: Token[], at: number): string | undefined {
  const rank = [at, at + 1].find((k) => RANK_WORDS.has(norm(tokens, k)));
  if (rank === undefined) return undefined;
  let end = rank + 1;
  while (end < rank + 4 && /^\p{Lu}/u.test(tokens[end]?.raw ?? '') && tokens[end].kind === 'word') end++;
  return end > rank + 1 ? noun(tokens, end - 1) : undefined;
}
