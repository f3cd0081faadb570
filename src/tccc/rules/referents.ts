/**
 * The people a narrative picks out, by kind: a surname after a rank or as the subject of a clause ("SGT Ames",
 * "Boyd has burns"), a battle roster number, a role opening a phrase ("the driver"), "the female" and "the male".
 * A narrative that counts several casualties but that no casualty switch splits cannot say whose each fact is when
 * it picks out two people of one kind: `casualties.ts` then keeps only what all share.
 */
import { speakerTurns } from './speaker-labels.js';
import type { Token } from '../text/tokenize.js';
import { RANK_CONTINUATIONS, RANK_WORDS } from './lexicon/identity.js';
import { CREW_ROLES } from './lexicon/people.js';
import { readTokens } from '../text/normalize.js';
import { MATCHER, NORMALIZE_OPTIONS } from './lexicon/index.js';
import type { TextPart } from './shared-phrases.js';
import {
  isHeadingWord,
  opensSentenceOrHeading,
  rankedName,
  rankedNameEnd,
  rosterAt,
  rosterCode,
  spelledRosterAt,
  spelledRosterCode,
} from './list-cues.js';
import { subjectNameAt, triagedNameAt } from './name-cues.js';
import { ORDINALS, lexiconReads, unpunctuated } from './switch-phrases.js';
import { isBoundary, norm } from './switch-words.js';
import { opensSentence } from './sentence-ends.js';
import { caregiverAt } from './caregivers.js';
import { rosterOrder } from './roster-references.js';
import { glossedNicknames } from './nicknames.js';

/**
 * "got two here jones has a gsw … smith has burns … smith is routine": in a recogniser's text, without punctuation
 * or capitals, the words no lexicon reads that are subjects of a clause, when one of them is said again elsewhere.
 */
function spokenNames(tokens: Token[], read: ReadonlySet<number>): Set<string> {
  if (!unpunctuated(tokens)) return new Set();
  const subjects = tokens.flatMap((_, i) => subjectNameAt(tokens, i, (k) => read.has(k), true) ?? []);
  const sayings = (w: string) => tokens.filter((t) => t.norm === w).length;
  return subjects.some((w) => sayings(w) >= 2) ? new Set(subjects) : new Set();
}

/** Triage categories said right after a casualty's name ("sanchez priority miller routine"). */
export const PRIORITIES = new Set(['urgent', 'priority', 'routine', 'expectant', 'immediate', 'delayed', 'minimal']);
/** Words said before a triage category that are no one's name ("is urgent", "evac priority", "now routine"). */
const NOT_TRIAGED = new Set([
  "he's",
  "she's",
  "it's",
  "they're",
  "i'm",
  'he',
  'she',
  'they',
  'patient',
  'casualty',
  'guy',
  'one',
  'other',
  'stays',
  'remains',
  'goes',
  'going',

  'is',
  'was',
  'be',
  'as',
  'now',
  'then',
  'and',
  'so',
  'still',
  'also',
  'not',
  'evac',
  'category',
  'cat',
  'triage',
  'precedence',
  'surgical',
  'him',
  'her',
  'them',
  'his',
  'both',
  'all',
  'each',
]);

/**
 * "… went through private kims right foot and then hit specialist olsen … kim first … olsen now …": in a recogniser's
 * text, the lower-case names said after a rank (a possessive "s" dropped when the bare name is said too) and said again
 * elsewhere; two of them or more are the narrative's casualties, in the order first said, else none.
 */
export function rankedSpokenNames(tokens: Token[]): string[] {
  if (!unpunctuated(tokens) || !tokens.some((t) => RANK_WORDS.has(t.norm))) return [];
  const read = lexiconReads(tokens);
  const bare = (w: string): string =>
    /s$/.test(w) && tokens.some((t) => t.norm === w.slice(0, -1)) ? w.slice(0, -1) : w;
  const ranked = tokens.flatMap((t, i) => {
    if (!RANK_WORDS.has(t.norm) || RANK_WORDS.has(norm(tokens, i - 1))) return [];
    let at = i + 1;
    while ((RANK_WORDS.has(norm(tokens, at)) || RANK_CONTINUATIONS.has(norm(tokens, at))) && at < i + 4) at++;
    const name = tokens[at];
    if (name?.kind !== 'word' || !/^[a-z][a-z'-]{2,}$/.test(name.raw) || read.has(at)) return [];
    const w = bare(name.norm);
    const again = tokens.some((u, k) => k !== at && u.norm === w && !RANK_WORDS.has(norm(tokens, k - 1)));
    return again && !NOT_TRIAGED.has(w) && !isHeadingWord(w) ? [w] : [];
  });
  // Only when the medic triages them together ("both routine"): a helper named with a rank ("corporal diaz and i got
  // to private lee … diaz is cooling them") is no casualty.
  const triagedTogether = tokens.some(
    (t, i) => ['both', 'all'].includes(t.norm) && PRIORITIES.has(norm(tokens, i + 1)),
  );
  const names = [...new Set(ranked)];
  return names.length >= 2 && triagedTogether ? names : [];
}

/**
 * "… sanchez priority miller routine": in a recogniser's text, without punctuation, the words no lexicon reads said
 * right before a triage category and said elsewhere in the narrative too; two of them or more are the narrative's
 * casualties, in the order first said (lower-cased), else none.
 */
export function triagedNames(tokens: Token[]): string[] {
  if (!unpunctuated(tokens)) return [];
  const read = lexiconReads(tokens);
  const triaged = new Set(
    tokens.flatMap((t, i) =>
      t.kind === 'word' &&
      /^[a-z][a-z'-]{2,}$/i.test(t.raw) &&
      !read.has(i) &&
      !NOT_TRIAGED.has(t.norm) &&
      !isHeadingWord(t.norm) &&
      !RANK_WORDS.has(t.norm) &&
      PRIORITIES.has(norm(tokens, i + 1)) &&
      tokens.some((u, k) => k !== i && u.norm === t.norm)
        ? [t.norm]
        : [],
    ),
  );
  if (triaged.size < 2) return [];
  return [...new Set(tokens.map((t) => t.norm).filter((w) => triaged.has(w)))];
}

/** Words after "someone else" that say that person is hurt ("somebody else is screaming", "someone else down"). */
const HURT_AFTER = new Set(['is', "'s", 'screaming', 'yelling', 'down', 'hit', 'hurt', 'got', 'has', 'took']);
// The crew roles but the interpreter: an interpreter is mostly a bystander who talks for a casualty, so naming one does
// not pick out a second casualty here.
const ROLES = new Set([...CREW_ROLES].filter((role) => role !== 'interpreter' && role !== 'terp'));
/** True when the narrative picks out two different people of one kind (two surnames, two roster numbers, two roles, a female and a male). */
export const picksOutTwo = (tokens: Token[]): boolean => secondPersonAt(tokens) >= 0;

/**
 * The token where the narrative first picks out a second person of a kind it has already picked one of (a second
 * surname, roster number, role or sex); -1 when it picks out one of each kind at most. `seen` carries the people
 * picked out before these tokens (the earlier parts of the same casualty).
 */
function secondPersonAt(
  tokens: Token[],
  seen = new Map<string, Set<string>>(),
  bySex = true,
  glossed: ReadonlyMap<string, string> = new Map(),
  rosters: readonly string[] = [],
): number {
  const read = new Set(MATCHER.match(tokens).map((m) => m.start));
  const spoken = spokenNames(tokens, read);
  const add = (kind: string, who: string): boolean => {
    const people = seen.get(kind) ?? new Set<string>();
    // A nickname glossed by a ranked name ("Tex. That's Sergeant Cole Barnett.") is that one.
    seen.set(kind, people.add(kind === 'name' ? (glossed.get(who) ?? who) : who));
    return people.size >= 2;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = norm(tokens, i);
    let name: string | undefined;
    let second = false;
    if (RANK_WORDS.has(w) && !RANK_WORDS.has(norm(tokens, i - 1)) && (name = rankedName(tokens, i))) {
      // "SSG Marsh had cinched a TQ on him": one who gives the care is no second person.
      if (!caregiverAt(tokens, rankedNameEnd(tokens, i))) second = add('name', name);
    } else if (rosterAt(tokens, i)) second = add('roster', rosterCode(tokens, i));
    // "BRN hotel whiskey two two niner zero … DT0968 urgent": said in letters, the same roster number as written.
    else if (spelledRosterAt(tokens, i)) second = add('roster', spelledRosterCode(tokens, i));
    // "2140 recheck on the first roster: HR 104": a roster counted in the order the narrative gave them, heading readings.
    else if (Object.hasOwn(ORDINALS, w) && norm(tokens, i + 1) === 'roster' && norm(tokens, i + 2) === ':') {
      const code = rosters[ORDINALS[w] - 1];
      if (code) second = add('roster', code);
    } else if ((w === 'female' || w === 'male') && ['the', 'a'].includes(norm(tokens, i - 1))) second = add('sex', w);
    else if (ROLES.has(w) && norm(tokens, i - 1) === 'the' && isBoundary(tokens[i - 2])) second = add('role', w);
    // "two patients, one with a GSW …, and one with burns …": each "one with" someone else.
    else if (
      w === 'one' &&
      norm(tokens, i + 1) === 'with' &&
      (isBoundary(tokens[i - 1]) || norm(tokens, i - 1) === 'and')
    )
      second = add('one-with', String(i));
    // "He has a GSW … She has burns": a man and a woman spoken of.
    else if (bySex && (w === 'he' || w === 'she')) second = add('sex', w === 'he' ? 'male' : 'female');
    else if (caregiverAt(tokens, i)) continue;
    else if (
      (name =
        subjectNameAt(tokens, i, (k) => read.has(k)) ??
        headingNameAt(tokens, i, read) ??
        triagedNameAt(tokens, i, (k) => read.has(k)))
    )
      second = add('name', name);
    else if (spoken.has(w)) second = add('name', w);
    // "Somebody else is screaming, I'm going over": another person hurt, not a helper ("someone else put the TQ on").
    else if (
      ['someone', 'somebody'].includes(w) &&
      (norm(tokens, i + 1) === "else's" || (norm(tokens, i + 1) === 'else' && HURT_AFTER.has(norm(tokens, i + 2))))
    )
      second = add('name', `else:${i}`);
    if (second) return i;
  }
  return -1;
}

/**
 * A casualty's parts cut where they first pick out a second person of one kind ("Cas 2, SPC Ruiz, frag left arm.
 * PFC Cole has burns."): from the sentence that does, whose the facts are cannot be told, so they are `left`.
 * With `byName`, each part was given to the casualty by whom it names (named-prose.ts, net-claims.ts): each is looked
 * at alone and only its own rest is left; and a "he" and a "she" are not two people, for others give the care there
 * ("she was screaming. … He then gave her morphine").
 */
export function cutAtSecondPerson(
  text: string,
  parts: readonly TextPart[],
  byName = false,
): { kept: TextPart[]; left: TextPart[] } {
  const ordered = [...parts].sort((a, b) => a.start - b.start);
  if (!byName) return cutParts(text, ordered, true);
  const cuts = ordered.map((p) => cutParts(text, [p], false));
  return { kept: cuts.flatMap((c) => c.kept), left: cuts.flatMap((c) => c.left) };
}

function cutParts(text: string, ordered: readonly TextPart[], bySex: boolean): { kept: TextPart[]; left: TextPart[] } {
  const seen = new Map<string, Set<string>>();
  const whole = readTokens(text, NORMALIZE_OPTIONS);
  const glossed = glossedNicknames(whole, (i) => (RANK_WORDS.has(norm(whole, i)) ? rankedName(whole, i) : undefined));
  const rosters = rosterOrder(whole);
  for (const [k, p] of ordered.entries()) {
    const tokens = readTokens(text.slice(p.start, p.end), NORMALIZE_OPTIONS);
    const at = secondPersonAt(tokens, seen, bySex, glossed, rosters);
    if (at < 0) continue;
    let from = at;
    while (!opensSentence(tokens, from)) from--;
    const cut = p.start + tokens[from].start;
    return {
      kept: [...ordered.slice(0, k), ...(cut > p.start ? [{ start: p.start, end: cut }] : [])],
      left: [{ start: cut, end: p.end }, ...ordered.slice(k + 1)],
    };
  }
  return { kept: [...ordered], left: [] };
}

/** "Adams - GSW R leg", "Baker: burns": a capitalized word no lexicon reads heading a sentence before a dash or colon. */
function headingNameAt(tokens: Token[], i: number, read: ReadonlySet<number>): string | undefined {
  const t = tokens[i];
  if (
    !t ||
    !/^[A-Z][a-z'-]+$/.test(t.raw) ||
    read.has(i) ||
    RANK_WORDS.has(t.norm) ||
    !opensSentenceOrHeading(tokens, i) ||
    // In a transcript, "Soldier:" heading a turn among the medic's ("Medic: …") is who speaks.
    (norm(tokens, i + 1) === ':' && speakerTurns(tokens) > 0)
  )
    return undefined;
  // A dash sets a name off only with a space before it: "Partial-thickness burns" is one word.
  const setOff = norm(tokens, i + 1) === ':' || (norm(tokens, i + 1) === '-' && tokens[i + 1].spaced);
  // The name as written: its norm may be a gloss ("Crane:", French "crâne").
  return setOff && !isHeadingWord(t.norm) ? t.raw.toLowerCase() : undefined;
}
