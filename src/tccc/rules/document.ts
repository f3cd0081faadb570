/**
 * A narrative read once for all rule families: normalized tokens, sentences and comma-level
 * chunks, lexicon mentions with negation applied, and sentences about other people marked.
 */
import { readTokens } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { applyCorrections } from './corrections.js';
import { applyRetractions } from './retractions.js';
import { applyRetractedDrugs } from './retracted-drugs.js';
import { DOSE_UNITS, VOLUME_UNITS } from './lexicon/drugs.js';
import { MATCHER, NORMALIZE_OPTIONS } from './lexicon/index.js';
import { LETTER_VITAL_LABELS } from './lexicon/vitals.js';
import { tagOf, type Mention } from './matcher.js';
import type { Tag } from './lexicon/tags.js';
import { applyNegation } from './negation.js';
import { detailsEnds } from './dictated-details.js';
import { restatedLength } from './prowords.js';
import { SEGMENT_ENDS } from './sentence-ends.js';
import { addGaugeLines, followsGauge } from './gauge-lines.js';
import { addStickLines } from './stick-lines.js';
import { readTurns } from './handover-turns.js';
import { applyCalledOff } from './called-off.js';
import { applyLessons } from './lessons.js';

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
  applyLessons(tokens, mentions);
  addSameLines(tokens, mentions);
  const detailsEnd = detailsEnds(tokens, mentions, sentence);
  classifyAccess(tokens, mentions, chunk, sentence, detailsEnd);
  const excluded = new Set<number>();
  for (const m of mentions) if (tagOf(m, 'other_person')) excluded.add(sentence[m.start]);
  const mentionIndex = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, k) => (mentionIndex[m.start] = k));
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
    claimed: new Uint8Array(tokens.length),
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

/** How close a drug or fluid must be for a following IV/IO to be its route ("TXA 2 g IV"). */
const ROUTE_REACH = 8;

/** Words that may open the phrase of a route said after a comma ("plasma, one unit, through the IO", "both IV"). */
const ROUTE_CUES = new Set([
  'through',
  'thru',
  'via',
  'by',
  'both',
  'each',
  'all',
  'the',
  'an',
  'into',
  'in',
  'down',
  'same',
  // "a second unit, also IO, 1355": the way in said again for the next dose.
  'also',
]);

/** True when only route cue words stand between the start of token `i`'s chunk and `i`. */
function opensChunk(tokens: Token[], chunk: Int32Array, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && chunk[j] === chunk[i] && ROUTE_CUES.has(tokens[j].norm)) j--;
  return j < 0 || chunk[j] !== chunk[i];
}

/** Words that lead a drug into a line ("two grams going in the IO", "pushing it through the IV"). */
const INTO_WORDS = new Set(['through', 'thru', 'via', 'into', 'in', 'down']);

/** True when "through", "into", "in"... (and "the", "his", "her") stand right before token `i`. */
function followsInto(tokens: Token[], i: number): boolean {
  const before = ['the', 'his', 'her'].includes(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  return INTO_WORDS.has(tokens[before]?.norm ?? '');
}

/**
 * Words that make the IV/IO after them a way in, never a device placed: "blood through the IO", "slow push IO",
 * "one unit IO", and "same IO" (a line named as one already in).
 */
const ROUTE_LEADS = new Set(['through', 'thru', 'push', 'unit', 'units', 'same']);
/** "so twenty milligrams, IV push": a push is a drug given, so the IV/IO right before it is its way in. */
const ROUTE_TAILS = new Set(['push', 'pushed']);
function ledAsRoute(tokens: Token[], i: number): boolean {
  const pointer = tokens[i - 1]?.norm ?? '';
  const pointed = ['the', 'his', 'her', 'that'].includes(pointer);
  const lead = tokens[pointed ? i - 2 : i - 1]?.norm ?? '';
  // "two units via that IV", "hanging it on the IO": a line pointed back to is one already in, the way in of what
  // goes by it ("access via the IO" may still place one).
  const pointedBack = pointed && (lead === 'on' || (lead === 'via' && pointer === 'that'));
  return ROUTE_LEADS.has(lead) || pointedBack || ROUTE_TAILS.has(tokens[i + 1]?.norm ?? '');
}

/** True when a dose or volume ("two grams", "500 ml") ends right before token `i`. */
function followsAmount(tokens: Token[], i: number): boolean {
  const unit = tokens[i - 1]?.norm ?? '';
  return tokens[i - 2]?.kind === 'number' && (Object.hasOwn(DOSE_UNITS, unit) || Object.hasOwn(VOLUME_UNITS, unit));
}

/**
 * IV/IO right after a drug or fluid in the same chunk, at the head of the next phrases of its
 * sentence, right after that drug's dose, or led into ("going in the IO") near it, or right before
 * one, is a route; otherwise vascular access.
 */
function classifyAccess(
  tokens: Token[],
  mentions: Mention[],
  chunk: Int32Array,
  sentence: Int32Array,
  detailsEnd: Int32Array,
): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!tagOf(m, 'access')) continue;
    const prev = drugBefore(mentions, k);
    const next = mentions[k + 1];
    const givesDrug = (x: Mention | undefined): x is Mention =>
      x !== undefined && x.tags.some((t) => t.cat === 'medication' || t.cat === 'fluid' || t.cat === 'repeat');
    // "Gave T X A. One gee. IV.": an IV/IO dictated as a detail of the drug's sentence is in it.
    const inSentence = (x: Mention): boolean => sentence[x.start] === sentence[m.start] || detailsEnd[x.start] >= m.end;
    const gap = prev ? m.start - prev.end - restatedLength(tokens, prev.end, m.start) : Infinity;
    const near = givesDrug(prev) && inSentence(prev) && gap <= ROUTE_REACH;
    const afterDrug =
      near &&
      (chunk[prev.start] === chunk[m.start] ||
        opensChunk(tokens, chunk, m.start) ||
        followsAmount(tokens, m.start) ||
        followsInto(tokens, m.start));
    const beforeDrug = givesDrug(next) && next.start === m.end;
    // "Ca 1g IO 0427": a dose said right before is a drug's, even one the lexicon does not know; a device has no dose.
    const dosed = followsAmount(tokens, m.start) && !followsGauge(tokens, m.start);
    m.isRoute = m.isRoute === true || afterDrug || beforeDrug || dosed || ledAsRoute(tokens, m.start);
  }
}

/**
 * The mention before access mention `k`, passing over a negation word inside a drug's own phrase ("fentanyl fifty
 * micrograms, micrograms not milligrams, IO"): the word takes back a unit, not the drug, so the drug still leads the IV/IO.
 */
function drugBefore(mentions: Mention[], k: number): Mention | undefined {
  let j = k - 1;
  while (j > 0 && mentions[j].tags.every((t) => t.cat === 'negate')) j--;
  return j === k - 1 || !mentions[j]?.negated ? mentions[j] : mentions[k - 1];
}

/** Words that name a line as one already placed ("calcium one gram, same line"). */
const PLACED_LINE_WORDS = new Set(['same', 'existing']);

/**
 * "same line" is the IV/IO placed last, as a route: it is added as that access's mention, already a route, so a drug
 * given by it reads its route and no new device is counted. Nothing is added before any IV/IO has been named.
 */
function addSameLines(tokens: Token[], mentions: Mention[]): void {
  let lastAccess: 'iv' | 'io' | undefined;
  for (let k = 0, i = 0; i < tokens.length - 1; i++) {
    for (; k < mentions.length && mentions[k].start <= i; k++) {
      const access = tagOf(mentions[k], 'access');
      if (access && !mentions[k].negated) lastAccess = access.value;
    }
    const covered = k > 0 && mentions[k - 1].end > i;
    const free = !covered && (mentions[k]?.start ?? Infinity) > i + 1;
    if (lastAccess && free && PLACED_LINE_WORDS.has(tokens[i].norm) && tokens[i + 1].norm === 'line') {
      const tags: Tag[] = [{ cat: 'access', value: lastAccess }];
      mentions.splice(k, 0, { start: i, end: i + 2, tags, negated: false, isRoute: true });
      k++;
    }
  }
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
