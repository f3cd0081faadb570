/**
 * An IV or IO said is either a line placed or the way a drug or fluid goes in ("TXA 2 g IV", "blood through the IO",
 * "same line"): which one, read once per narrative when its mentions are found (document.ts).
 */
import type { Token } from '../text/tokenize.js';
import { DOSE_UNITS, VOLUME_UNITS } from './lexicon/drugs.js';
import type { Tag } from './lexicon/tags.js';
import { tagOf, type Mention } from './matcher.js';
import { restatedLength } from './prowords.js';
import { followsGauge } from './gauge-lines.js';

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
 * "pushing IV", "one unit IO", "25 mg by the IO" (a translation's "by" for "through"), "same IO" (a line named as one
 * already in) and "plasma, two-fifty, warmed in my jacket, running IO" (what runs goes by the line; a line in is "IV
 * running"); so is what is hung ("LTOWB #1 (one unit) hung IV"): a bag hangs on a line, it places none.
 */
const ROUTE_LEADS = new Set(['through', 'thru', 'push', 'pushing', 'unit', 'units', 'same', 'by', 'running', 'hung']);
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
export function classifyAccess(
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
export function addSameLines(tokens: Token[], mentions: Mention[]): void {
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
