/**
 * Which casualty a switch names: one already introduced, a new one, "the other one" of two, the next one; whether
 * it turns from a casualty already spoken of; and the name it says. `casualty-split.ts` cuts the narrative with them.
 */
import type { Token } from '../text/tokenize.js';
import { norm, type Target } from './casualty-switch.js';
import { CASUALTY_LABEL_NOUNS } from './lexicon/identity.js';
import { lexiconReads, loneName } from './switch-phrases.js';
import { endsSomeoneFound } from './someone-found.js';
import { SELF } from './self-aid.js';

export interface Switch {
  /** Token where the switch phrase starts ("back to the first one") and the one after it. */
  at: number;
  end: number;
  /** Token where the casualty's words start when they open before the label ("Correction on casualty one, …"). */
  from?: number;
  target: Target;
  /** A role said of the casualty being spoken of ("the male is the driver"). */
  ofCurrent?: true;
  /** Said as a turn to someone ("moving on to the kid"): never the casualty being spoken of. */
  turns?: true;
  /** The casualty's name as the switch says it ("Maria Estevez (female): …"). */
  called?: string;
}

/** The casualty's name a switch says: a name called or switched to ("Back to Sims"), or a lone name after its label. */
export function nameOfSwitch(tokens: Token[], s: Switch, called: readonly string[]): string | undefined {
  if (s.called) return s.called;
  // A name heading its casualty's words after lead-in words ("Now Hughes, …"): the name, not the lead-in.
  const heads = tokens[s.end];
  if ('key' in s.target && s.target.key === `name:${norm(tokens, s.end)}` && /^[A-Z]/.test(heads?.raw ?? ''))
    return heads.raw;
  // A name heading its casualty's words ("Hughes first: …") or called ("Sims. Sims!").
  if (s.end === s.at)
    return called.includes(norm(tokens, s.at)) ||
      ('key' in s.target && s.target.key === `name:${norm(tokens, s.at)}` && /^[A-Z]/.test(tokens[s.at].raw))
      ? tokens[s.at].raw
      : undefined;
  const said = tokens[s.end - 1];
  if ('key' in s.target && s.target.key.startsWith('name:') && /^[A-Z]/.test(said.raw))
    return said.raw.replace(/'s$/, '');
  // "Third one's Farid, our terp, …", "Second is Baker, …": a lone name said to be the casualty the label names.
  // The label may end on its copula or colon ("First is soldier Taras Bondar,", "Now the second: Oksana Melnyk,").
  const copula =
    /'s$/.test(said.raw) || [':', 'is'].includes(said.norm)
      ? s.end - 1
      : norm(tokens, s.end) === 'is'
        ? s.end
        : undefined;
  const named = copula === undefined ? undefined : loneName(tokens, copula, [norm(tokens, copula)]);
  if (named) return named;
  // "First wounded Zabihullah, bullet in left arm": a lone name said right after the label's noun.
  if (LABEL_NOUNS.has(said.norm)) {
    const right = loneName(tokens, s.end - 1, [said.norm]);
    if (right) return right;
  }
  // "1. Brzezinski, roster …", "2) Haddad: frag …": a list's number and stop, then the casualty's lone name; a word the
  // lexicon reads there is his first fact ("1. Tourniquet, left thigh"), no name.
  const listed = s.end - s.at === 2 && tokens[s.at].kind === 'number' && ['.', ')'].includes(said.norm);
  const listName = listed ? loneName(tokens, s.end - 1, [said.norm]) : undefined;
  // "2) Contractor, Petrov.": a word then a name set off alike says what he is, then who; which is which is unsure.
  const nameAfter = /^\p{Lu}/u.test(tokens[s.end + 2]?.raw ?? '') && norm(tokens, s.end + 1) === ',';
  if (listName && !nameAfter && !lexiconReads(tokens).has(s.end)) return listName;
  // "Patient 1, Kowalski,", "Casualty 2 - Hale: …".
  const dash = norm(tokens, s.end) === '-' && tokens[s.end].spaced;
  return loneName(tokens, s.end, [',', ':', '(', '.', ...(dash ? ['-'] : [])]);
}

/** Nouns a casualty's label may end on, right before the name ("First wounded Zabihullah,", "Second casualty Omar,"). */
const LABEL_NOUNS = new Set([...CASUALTY_LABEL_NOUNS, 'wounded']);

/** The index of the casualty a switch names; `keys.length` for a new one. */
export function casualtyIndex(
  target: Target,
  keys: readonly string[],
  current: number,
  bystanders: ReadonlySet<number>,
): number {
  if ('current' in target) return Math.max(current, 0);
  if ('next' in target) return Math.min(current + 1, keys.length);
  // "the other one": of two, the one not being spoken of; otherwise someone new. Against one always called "this
  // guy" or "my guy", always the one who is not he ("the other one, I got an IO … the other one is urgent surgical").
  const fixed = keys.findIndex((k) => k === 'this' || k === 'mine');
  if ('other' in target && keys.length === 2 && fixed >= 0) return 1 - fixed;
  if ('other' in target) return keys.length === 2 && current >= 0 ? 1 - current : keys.length;
  const known = keys.indexOf(target.key);
  if (known >= 0) return known;
  // "… he's stable, moving on to the second guy. … First guy urgent": the first is the one spoken of before any label.
  if (target.number === 1 && keys[0] === '#first') return 0;
  // "back to the first one" after "this guy … the other one": the n-th introduced, unless casualties were numbered ("two of two … one of two").
  const isNumber = (k: string): boolean => /^n\d+$/.test(k);
  const numbered = isNumber(target.key) && keys.some(isNumber);
  const patients = keys.map((_, k) => k).filter((k) => !bystanders.has(k));
  const slot = !numbered && target.number !== undefined ? patients[target.number - 1] : undefined;
  // Two surnames are never one casualty: "SN Moss and IC3 Bautista were both burned. Moss, … ET2 Lindqvist fell …
  // Bautista: …": the second name said is the second introduced, not the second spoken of.
  // Nor is a name the medic hurt himself, who speaks of himself as "I" (self-aid.ts).
  const otherName =
    slot !== undefined && target.key.startsWith('name:') && (keys[slot].startsWith('name:') || keys[slot] === SELF);
  return slot !== undefined && !otherName ? slot : keys.length;
}

/** True when a switch turns from a casualty already spoken of: "the other one", "next patient", "the second guy". */
export function turnsToAnother(tokens: Token[], s: Switch): boolean {
  if ('other' in s.target) return true;
  // "Moving to Private Castillo", "moving on to the suspect": a name or a role turned to with no count said.
  if (s.turns && 'key' in s.target && /^(?:name|role):/.test(s.target.key)) return true;
  // A person said, never "second one" (the second tourniquet) nor a lone "Next."; but "the second one, she's got …" is one.
  const said = norm(tokens, s.end - 1);
  const pronounAfter = ['he', 'she', "he's", "she's"].includes(
    norm(tokens, s.end + (tokens[s.end]?.norm === ',' ? 1 : 0)),
  );
  // "Second one, Brandt, down by the window": a lone name said after it is a person too.
  // "Okay, second one, Reyes is waving me over": so is one the medic turns to, set off by a comma before a capital
  // (never "Okay, second one, right above the first" nor "…, 1352", a device).
  const lead = s.end - 3 - (norm(tokens, s.end - 3) === ',' ? 1 : 0);
  const turnedTo =
    ['okay', 'ok', 'alright', 'now'].includes(norm(tokens, lead)) &&
    norm(tokens, s.end) === ',' &&
    tokens[s.end + 1]?.kind === 'word' &&
    /^\p{Lu}/u.test(tokens[s.end + 1].raw);
  const person =
    ['guy', 'patient', 'casualty', 'pt', 'man', 'soldier'].includes(said) ||
    (said === 'one' && (pronounAfter || loneName(tokens, s.end) !== undefined || turnedTo));
  // "somebody's moaning deeper in": someone come upon is someone more, whoever was spoken of before.
  if ('next' in s.target) return person || endsSomeoneFound(tokens, s.end);
  return person && 'number' in s.target && s.target.number === 2 && ['second', '2nd'].includes(norm(tokens, s.end - 2));
}

/** The casualties of `keys` that are patients: no bystander (`bystanders`) and no group of several said at once. */
export const patientsOf = (keys: readonly string[], bystanders: ReadonlySet<number>): number[] =>
  keys.flatMap((k, n) => (bystanders.has(n) || k.startsWith('group:') ? [] : [n]));
