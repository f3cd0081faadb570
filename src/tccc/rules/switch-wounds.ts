/**
 * Casualties known by their wounds: "Cas two, open fracture of the right forearm … Cas three hit his head … the arm,
 * that's SGT Mokoena … the head, Ibarra, pulse 72 … the pelvis is urgent surgical, the arm urgent". Once each casualty's
 * first words have said his wounds, "the <part or wound>" opening a phrase turns to the one casualty wounded there
 * (or so): a part two of them have wounds in turns to no one.
 */
import type { TcccRecord } from '../record.js';
import type { Token } from '../text/tokenize.js';
import { BODY_PART_WORDS } from './lexicon/body.js';
import { MATCHER } from './lexicon/index.js';
import { AFTER_SUBJECT } from './switch-descriptors.js';
import { opensPhrase } from './switch-phrases.js';
import { opensSentence, sentenceStartFrom } from './sentence-ends.js';
import { isBoundary, norm, type SwitchFound } from './switch-words.js';

/** Words for someone by the wound he has ("the amputee's tourniquet is holding"). */
const WOUNDED_AS: Readonly<Record<string, string>> = { amputee: 'amputation', amputees: 'amputation' };
/** Part words that say something else after "the" as often ("the back of the truck"). */
const NOT_PARTS = new Set(['back']);

/** What a casualty may be known by from his record's wounds: each wound's kind and each part, sides left out. */
const woundKeys = (record: TcccRecord): string[] =>
  (record.injuries ?? []).flatMap((w) => [
    `kind:${w.type}`,
    ...(w.location ? [`part:${w.location.replace(/^(left|right)_/, '')}`] : []),
  ]);

/**
 * What each casualty may be known by, from the record of his first words (`records[n]` for casualty n + 1). One read
 * twice under his surname ("Cas two, that's Ruiz … Ruiz was getting worse, … tension pneumo") is one casualty: the
 * wounds said the second time are his too, and no one else's.
 */
export function woundsKnown(records: readonly TcccRecord[], surnames: readonly (string | undefined)[]): string[][] {
  const wounds = records.map(woundKeys);
  surnames.forEach((name, n) => {
    const first = name === undefined ? n : surnames.indexOf(name);
    if (first === n) return;
    wounds[first].push(...wounds[n]);
    wounds[n] = [];
  });
  return wounds;
}

/** The wound key the word at token `i` says ("belly" → part abdomen, "burns" → kind burn), else undefined. */
function keyAt(tokens: Token[], i: number): string | undefined {
  const word = norm(tokens, i).replace(/'s$/, '');
  const region = NOT_PARTS.has(word) || !Object.hasOwn(BODY_PART_WORDS, word) ? undefined : BODY_PART_WORDS[word];
  if (region) return `part:${region}`;
  if (Object.hasOwn(WOUNDED_AS, word)) return `kind:${WOUNDED_AS[word]}`;
  const wound = MATCHER.match(tokens.slice(i, i + 1)).find((m) => m.tags.some((t) => t.cat === 'injury'));
  const tag = wound?.tags.find((t) => t.cat === 'injury');
  return tag && wound?.end === 1 ? `kind:${tag.value}` : undefined;
}

/** Words that lead into a sentence's subject ("And the arm, that's SGT Mokoena"). */
const LEAD_INS = new Set(['and', 'so', 'now', 'then', 'ok', 'okay']);

/** True when "the" at token `at` opens its sentence, after a lead-in word or not, or a heading ("Evac: the femur …"). */
function headsSentence(tokens: Token[], at: number): boolean {
  const from = LEAD_INS.has(norm(tokens, at - 1)) ? at - 1 : at;
  return opensSentence(tokens, from) || norm(tokens, from - 1) === ':';
}

/**
 * "The belly: HR 120", "the chest got an IV", "the shins can wait", "the amputee's tourniquet": "the" opening a phrase
 * and a part or wound said as its subject, that exactly one casualty's first words wounded (`wounds[n]` for casualty
 * n + 1). The words are a label: the wound was read where it was said.
 */
export function woundSwitchAt(
  tokens: Token[],
  i: number,
  wounds: readonly (readonly string[] | undefined)[],
): SwitchFound | null {
  if (norm(tokens, i - 1) !== 'the') return null;
  const subject = /'s$/.test(norm(tokens, i)) || AFTER_SUBJECT.has(norm(tokens, i + 1));
  // Said bare, it heads a sentence ("The belly: HR 120"); after a comma, it is the subject of what follows ("…, the
  // arm urgent"): else a part listed ("burns to both hands and the face", "frag to the shoulder, the neck").
  const opens = headsSentence(tokens, i - 1)
    ? subject || isBoundary(tokens[i + 1])
    : subject && opensPhrase(tokens, i - 1);
  const key = opens ? keyAt(tokens, i) : undefined;
  if (!key) return null;
  if (toldBefore(tokens, i, key)) return null;
  const owners = wounds.flatMap((w, n) => (w?.includes(key) ? [n] : []));
  if (owners.length !== 1) return null;
  return { target: { key: `wound:${key}`, number: owners[0] + 1 }, start: i - 1, end: i + 1 };
}

/** "frag to the groin and the left thigh, the groin's bleeding hard": the wound of token `i` just told in its sentence. */
function toldBefore(tokens: Token[], i: number, key: string): boolean {
  for (let k = sentenceStartFrom(tokens, i); k < i - 1; k++) if (keyAt(tokens, k) === key) return true;
  return false;
}
