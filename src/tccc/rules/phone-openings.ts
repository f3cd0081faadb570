/**
 * One side of a phone call: the medic rings someone up and says who he is ("Sergeant Mbeki, it's Doc. Two hit …",
 * "Sergeant Hollis, it's Doc, can you hear me? … Yeah, it's Kowalski"). The one so called, by his rank and name at the
 * narrative's opening and never named again, is on the other end of the line, no casualty, where what follows counts
 * or names the wounded: the call is blanked (blanked-text.ts, offsets kept). A casualty told "it's Doc" is spoken of
 * again ("Ramirez, it's Doc. … Ramirez") or only as "he" ("Sergeant Diaz, it's Doc, stay with me. … He is alert").
 */
import { blankRange } from './blanked-text.js';
import { RANK_WORDS } from './lexicon/identity.js';

/** "Sergeant Mbeki, it's Doc", "Staff Sergeant Ann Lee, this is the medic": rank words, a name, and who calls. */
const CALL =
  /^\s*((?:[A-Za-z]+\.?\s+)+?)(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?),\s*(?:[Ii]t's|[Ii]t is|[Tt]his is)\s+(?:the\s+|your\s+)?(?:[Dd]oc|[Mm]edic)\b[,.!]?/u;
/** "Two hit, same burst": the wounded counted right after the call, so the one called is not among them. */
const COUNTED = /^\W*(?:two|three|four|five|\d+)\s+(?:hit|down|wounded|injured|casualties)\b/i;
/** A name inside a sentence ("Yeah, it's Kowalski", "Lopez and Tanaka"), where a capital is no sentence's first. */
const NAME_INSIDE = /[\p{Ll},]\s+(\p{Lu}\p{Ll}+)/gu;

/** True when `rest`, the words after the call, count the wounded or name someone besides the one called. */
function speaksOfOthers(rest: string): boolean {
  if (COUNTED.test(rest)) return true;
  return [...rest.matchAll(NAME_INSIDE)].some(([, w]) => !RANK_WORDS.has(w.toLowerCase()) && w !== 'Doc');
}

/** `text` with a phone call's opening to someone not named again blanked; same length. */
export function withoutPhoneOpening(text: string): string {
  const m = CALL.exec(text);
  if (!m) return text;
  const ranks = m[1].trim().split(/\s+/);
  if (!ranks.every((w) => RANK_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) return text;
  const surname = m[2].split(/\s+/).at(-1) ?? '';
  const rest = text.slice(m[0].length);
  const again = new RegExp(`\\b${surname}\\b`, 'i').test(rest);
  return again || !speaksOfOthers(rest) ? text : blankRange(text, 0, m[0].length);
}
