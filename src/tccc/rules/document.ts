/**
 * A narrative read once for all rule families: normalized tokens, sentences and comma-level
 * chunks, lexicon mentions with negation applied, and sentences about other people marked.
 */
import { readTokens } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { applyCorrections } from './corrections.js';
import { applyRetractions } from './retractions.js';
import { applyRetractedDrugs } from './retracted-drugs.js';
import { MATCHER, NORMALIZE_OPTIONS } from './lexicon/index.js';
import { LETTER_VITAL_LABELS } from './lexicon/vitals.js';
import { tagOf, type Mention } from './matcher.js';
import { addSameLines, classifyAccess } from './access-routes.js';
import { applyNegation } from './negation.js';
import { detailsEnds } from './dictated-details.js';
import { SEGMENT_ENDS } from './sentence-ends.js';
import { addGaugeLines } from './gauge-lines.js';
import { addStickLines } from './stick-lines.js';
import { readTurns } from './handover-turns.js';
import { applyCalledOff } from './called-off.js';
import { applyLessons, guidelineClauses } from './lessons.js';

export interface Doc {
  text: string;
  tokens: Token[];
  /** Mentions in token order; never overlapping. */
  mentions: Mention[];
  /** Sentence and chunk index of each token (a boundary token belongs to the unit it closes). */
  sentence: Int32Array;
  chunk: Int32Array;
  /** Exclusive token end of the sentence / chunk each token is in. */
  sentenceEnd: Int32Array;
  chunkEnd: Int32Array;
  /** Exclusive token end of each token's sentence and the amounts, routes and times dictated after it ("TXA. One gee. IV."). */
  detailsEnd: Int32Array;
  /** Index into `mentions` of the mention starting at each token, or -1. */
  mentionIndex: Int32Array;
  /** Sentences that talk about someone other than the casualty. */
  excluded: Set<number>;
  /** Tokens already used as a value (a time, a grid, a roster number); others must not reuse them. */
  claimed: Uint8Array;
}

const CHUNK_ENDS = new Set([',', ':', '(', ')', '[', ']', '=', '...']);
/** A comma after these words does not end a phrase ("the, uh, left side"). */
const OPEN_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'or',
  'with',
  'on',
  'in',
  'at',
  'his',
  'her',
  'into',
  'for',
]);

/** Reads a narrative into a {@link Doc}. Linear in the text length. */
export function readDoc(text: string): Doc {
  const tokens = applyCorrections(readTurns(readTokens(text, NORMALIZE_OPTIONS)), MATCHER, text);
  const { sentence, chunk } = segment(tokens);
  const mentions = addLetterLabels(tokens, MATCHER.match(tokens));
  addGaugeLines(tokens, mentions, sentence);
  addStickLines(tokens, mentions, sentence);
  splitAtReturn(mentions, sentence, chunk);
  applyNegation(tokens, mentions, chunk);
  applyRetractions(tokens, mentions, sentence);
  applyRetractedDrugs(tokens, mentions, sentence);
  applyCalledOff(tokens, mentions, sentence);
  // A guideline quoted ("TXA: CPG is 2 g IV/IO …") names no care given, and its doses and times are the rule's.
  const guidelines = guidelineClauses(tokens);
  applyLessons(tokens, mentions, guidelines);
  addSameLines(tokens, mentions);
  const detailsEnd = detailsEnds(tokens, mentions, sentence);
  classifyAccess(tokens, mentions, chunk, sentence, detailsEnd);
  const excluded = new Set<number>();
  for (const m of mentions) if (tagOf(m, 'other_person')) excluded.add(sentence[m.start]);
  const mentionIndex = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, k) => (mentionIndex[m.start] = k));
  const claimed = new Uint8Array(tokens.length);
  for (const [start, end] of guidelines) claimed.fill(1, start, end);
  return {
    text,
    tokens,
    mentions,
    sentence,
    chunk,
    excluded,
    mentionIndex,
    sentenceEnd: unitEnds(sentence),
    chunkEnd: unitEnds(chunk),
    detailsEnd,
    claimed,
  };
}

/** Mentions with a vital mention added at each free single-letter label a number follows ("P 104", "R: 20"), in token order. */
function addLetterLabels(tokens: Token[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (k < mentions.length && mentions[k].end <= i) out.push(mentions[k++]);
    if (k < mentions.length && mentions[k].start <= i) continue;
    const label = Object.hasOwn(LETTER_VITAL_LABELS, tokens[i].norm) ? LETTER_VITAL_LABELS[tokens[i].norm] : undefined;
    const value = tokens[i + 1]?.norm === ':' ? tokens[i + 2] : tokens[i + 1];
    // "AVPU P" is a level, not a pulse label.
    if (label && value?.kind === 'number' && tokens[i - 1]?.norm !== 'avpu')
      out.push({ start: i, end: i + 1, tags: [label], negated: false });
  }
  while (k < mentions.length) out.push(mentions[k++]);
  return out;
}

/**
 * A turn back to this casualty ("the other guy is fine ... this guy sats 94") after a remark on someone
 * else in the same sentence starts a new sentence, and so does a remark on someone else after this
 * casualty, so an unpunctuated transcript is not excluded whole.
 */
function splitAtReturn(mentions: Mention[], sentence: Int32Array, chunk: Int32Array): void {
  let shift = 0;
  let from = 0;
  let otherIn = -1;
  const renumberTo = (to: number): void => {
    for (; from < to; from++) {
      sentence[from] += shift;
      chunk[from] += shift;
    }
  };
  let selfIn = -1;
  for (const m of mentions) {
    renumberTo(m.start);
    const other = tagOf(m, 'other_person');
    // "this guy has burns ... the other guy is fine": the remark on the other one starts a sentence too.
    if (other?.opensRemark && selfIn === sentence[m.start] + shift) shift++;
    if (other) otherIn = sentence[m.start] + shift;
    else if (tagOf(m, 'this_casualty')) {
      if (otherIn === sentence[m.start] + shift) shift++;
      selfIn = sentence[m.start] + shift;
    }
  }
  renumberTo(sentence.length);
}

/** For each token, the exclusive end of the run of tokens sharing its unit index. */
function unitEnds(unit: Int32Array): Int32Array {
  const ends = new Int32Array(unit.length);
  for (let i = unit.length - 1; i >= 0; i--)
    ends[i] = i + 1 < unit.length && unit[i + 1] === unit[i] ? ends[i + 1] : i + 1;
  return ends;
}

function isSpacedSlash(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (t.norm === '/' || t.norm === '-') && t.spaced && (i + 1 >= tokens.length || tokens[i + 1].spaced);
}

function segment(tokens: Token[]): { sentence: Int32Array; chunk: Int32Array } {
  const sentence = new Int32Array(tokens.length);
  const chunk = new Int32Array(tokens.length);
  let s = 0;
  let c = 0;
  let lastWord = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    sentence[i] = s;
    chunk[i] = c;
    if (SEGMENT_ENDS.has(t.norm) || (t.norm === '/' && isSpacedSlash(tokens, i))) {
      s++;
      c++;
    } else if (CHUNK_ENDS.has(t.norm) || isSpacedSlash(tokens, i)) {
      if (!(t.norm === ',' && OPEN_WORDS.has(lastWord))) c++;
    }
    if (t.norm !== ',') lastWord = t.norm;
  }
  return { sentence, chunk };
}
