/**
 * A head injury said by what hit the head and how the casualty's mind is changed, without the words "head injury":
 * "hit his head on the turret ring, he's confused", "head strike, patient confused, repeating questions", "lump on
 * the back of his head, GCS 14". A head hurt with altered mental status is a TBI; a blow or a scalp wound alone is not.
 */
import type { Injury } from '../record.js';
import { mentionAt } from './attributes.js';
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { tagOf } from './matcher.js';

/** Words of a blow to the head, said near it ("struck his head", "head strike", "landed on his head"). */
const HEAD_BLOWS = new Set([
  'hit',
  'struck',
  'strike',
  'smacked',
  'knocked',
  'bumped',
  'banged',
  'slammed',
  'landed',
  // The head flung against something ("the blast threw his head into the hatch ring").
  'threw',
  'thrown',
  'whacked',
  'cracked',
]);
/** Words of the head struck or wounded ("lump on his head", "scalp laceration"). */
const HEAD_HURTS = new Set([
  ...HEAD_BLOWS,
  'wound',
  'lac',
  'laceration',
  'lump',
  'swelling',
  'hematoma',
  'contusion',
  'gash',
  'cut',
  // A swelling as soldiers say it ("big knot on his head", "bump on the head").
  'knot',
  'bump',
]);
/** How far before "head" (and after it) a word of the head being hurt may stand, in its sentence. */
const HURT_BEFORE = 6;
const HURT_AFTER = 2;
/** Words of a mind changed by the blow ("confused", "dazed", "amnestic to event"). */
const ALTERED = new Set([
  'confused',
  'confusion',
  'disoriented',
  'dazed',
  'groggy',
  'concussed',
  'amnestic',
  'repeating',
]);
/** Phrases of a mind changed ("knocked out", "keeps asking", "out of it", "lost consciousness"). */
const ALTERED_PHRASES = [
  ['knocked', 'out'],
  ['keeps', 'asking'],
  ['same', 'question'],
  ['same', 'questions'],
  ['out', 'of', 'it'],
  ['lost', 'consciousness'],
  ["can't", 'remember'],
  ["can't", 'recall'],
];
/** Words before a sign of altered mind that say it is absent ("not confused", "no LOC", "denies LOC"). */
const ABSENT = new Set(['not', 'no', 'denies', 'without', "isn't", "wasn't", 'never']);
/** The highest Glasgow score that is altered (15 is normal). */
const GCS_ALTERED = 14;
/** How many tokens after the head the sign of altered mind may be, in its sentence or the next. */
const SIGN_REACH = 30;

/** Head injuries told by a blow or wound to the head and a sign of altered mind near it. */
export function findHeadStrikes(doc: Doc): Found<Injury>[] {
  const { tokens } = doc;
  // "so I'm not calling a head injury": the medic has ruled it out.
  if (doc.mentions.some((m) => m.negated && tagOf(m, 'injury')?.value === 'tbi')) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!['head', 'scalp'].includes(tokens[i].norm) || doc.excluded.has(doc.sentence[i])) continue;
    // A level of response below alert is a sign of the blow only: a scalp wound may bleed a casualty into shock.
    if (!isHurt(doc, i, HEAD_HURTS) || !alteredNear(doc, i, isHurt(doc, i, HEAD_BLOWS))) continue;
    return [{ value: { type: 'tbi', location: 'head' }, span: spanOf(doc, i, i + 1) }];
  }
  return [];
}

/** True when one of `words` stands near "head" at `i`, in its sentence. */
function isHurt(doc: Doc, i: number, words: ReadonlySet<string>): boolean {
  for (let j = Math.max(0, i - HURT_BEFORE); j <= i + HURT_AFTER && j < doc.tokens.length; j++)
    if (j !== i && doc.sentence[j] === doc.sentence[i] && words.has(doc.tokens[j].norm)) return true;
  return false;
}

/**
 * True when a sign of altered mind, not said absent, follows token `i` in its sentence or the next, as the medic tells
 * the blow and then what it did; a level of response below alert only when `levels`.
 */
function alteredNear(doc: Doc, i: number, levels: boolean): boolean {
  const s = doc.sentence[i];
  // "he's confused, asking the same question over and over. Big scalp lac on the back of his head": the sign said
  // first, in the sentence just before the wound, is as near; in the wound's own sentence only a sign after it is read.
  for (let j = Math.max(0, i - SIGN_REACH); j < doc.tokens.length && j <= i + SIGN_REACH; j++) {
    const d = doc.sentence[j] - s;
    if (j <= i ? d !== -1 : d > 1) continue;
    if (doc.excluded.has(doc.sentence[j])) continue;
    if (isAltered(doc, j, levels) && !ABSENT.has(doc.tokens[j - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** True when token `j` opens a sign of altered mind (a level of response below alert only when `levels`). */
function isAltered(doc: Doc, j: number, levels: boolean): boolean {
  const t = doc.tokens;
  if (ALTERED.has(t[j].norm)) return true;
  if (ALTERED_PHRASES.some((words) => words.every((w, n) => t[j + n]?.norm === w))) return true;
  if (t[j].norm === 'loc' && t[j].raw === 'LOC') return true;
  if (t[j].norm === 'gcs') {
    const k = [':', 'of', 'is', '='].includes(t[j + 1]?.norm ?? '') ? j + 2 : j + 1;
    const score = t[k]?.kind === 'number' ? Number(t[k].value) : NaN;
    return score >= 3 && score <= GCS_ALTERED;
  }
  const m = levels ? mentionAt(doc, j) : undefined;
  const level = m && !m.negated ? tagOf(m, 'avpu') : undefined;
  return level !== undefined && level.value !== 'A';
}
