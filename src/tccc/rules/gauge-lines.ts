/**
 * A cannula's gauge said with the limb it went into is an IV line, with or without the word IV: "18g R AC",
 * "eighteen gauge in the left forearm", "sixteen gauge, left AC". A gauge said with no limb ("14g needle, 2nd ICS")
 * or with an IV/IO named in its phrase ("18g IV R AC") adds nothing.
 */
import type { Token } from '../text/tokenize.js';
import { readLocations } from './locations.js';
import { tagOf, type Mention } from './matcher.js';

/** Words that say a cannula's size after its number ("18 g", "18 ga", "eighteen gauge"). */
export const GAUGE_WORDS: ReadonlySet<string> = new Set(['g', 'ga', 'gauge']);

/** Catheter sizes a line is placed with; "2 g" or "30 g" is a dose, not a cannula. */
const MIN_GAUGE = 14;
const MAX_GAUGE = 24;

/** True when a catheter's gauge ends right before token `i` ("18g IV", "20 g IV"), which reads like grams. */
export function followsGauge(tokens: readonly Token[], i: number): boolean {
  return isGauge(tokens, i - 2);
}

/** True when tokens `at`, `at + 1` are a cannula's gauge ("18 g", "sixteen gauge"). */
function isGauge(tokens: readonly Token[], at: number): boolean {
  return gaugeEnd(tokens, at) === at + 2;
}

/** The token end of a cannula's gauge at `at` ("18 g", "sixteen gauge", "eighteen-gauge"), else -1. */
function gaugeEnd(tokens: readonly Token[], at: number): number {
  const size = tokens[at]?.kind === 'number' ? (tokens[at].value ?? 0) : 0;
  if (size < MIN_GAUGE || size > MAX_GAUGE) return -1;
  if (GAUGE_WORDS.has(tokens[at + 1]?.norm ?? '')) return at + 2;
  // The hyphen of a written compound ("an eighteen-gauge in the left AC"), glued on both sides.
  const hyphen = tokens[at + 1]?.norm === '-' && !tokens[at + 1].spaced && !tokens[at + 2]?.spaced;
  return hyphen && tokens[at + 2]?.norm === 'gauge' ? at + 3 : -1;
}

/** Words that may stand between a gauge and its limb ("in the left AC", ", left AC", "to his right hand"). */
const SITE_LEADS = new Set([',', 'in', 'into', 'to', 'the', 'his', 'her', 'on', 'at']);
const LIMBS = new Set(['left_arm', 'right_arm', 'left_leg', 'right_leg']);
/** How far past the gauge its limb may be named. */
const SITE_REACH = 6;

/**
 * Adds an IV access mention over each free gauge that a sided limb follows in its sentence, with no IV/IO in
 * the chunks the two span. Mentions stay in token order.
 */
export function addGaugeLines(tokens: readonly Token[], mentions: Mention[], sentence: Int32Array): void {
  for (let i = 0, k = 0; i + 1 < tokens.length; i++) {
    while (k < mentions.length && mentions[k].end <= i) k++;
    const end = gaugeEnd(tokens, i);
    if (end < 0 || (mentions[k] && mentions[k].start < end)) continue;
    let at = end;
    while (at < end + SITE_REACH && SITE_LEADS.has(tokens[at]?.norm ?? '') && sentence[at] === sentence[i]) at++;
    const to = Math.min(tokens.length, at + 4);
    const site = readLocations(tokens, at, to)[0];
    if (!site || site.start !== at || !LIMBS.has(site.location) || sentence[site.end - 1] !== sentence[i]) continue;
    // "18g IV R AC", "IV 18g L AC": the line is named; the gauge only sizes it.
    const named = mentions.some(
      (m) => tagOf(m, 'access') && sentence[m.start] === sentence[i] && m.end >= i - 2 && m.start <= site.end,
    );
    if (named) continue;
    mentions.splice(k, 0, { start: i, end, tags: [{ cat: 'access', value: 'iv' }], negated: false });
  }
}

/**
 * True when access mention `k` is a cannula named in a sentence that decompresses a chest ("NDC R chest with a 14g
 * cannula", "needled the left chest, 14 gauge cannula, 2nd ICS"): the needle's sheath, no line in a vein.
 */
export function decompressingCannula(
  doc: {
    readonly tokens: readonly Token[];
    readonly mentions: readonly Mention[];
    readonly sentence: ArrayLike<number>;
  },
  k: number,
): boolean {
  const m = doc.mentions[k];
  if (!doc.tokens[m.start].norm.startsWith('cannul')) return false;
  return doc.mentions.some(
    (o) =>
      tagOf(o, 'intervention')?.value === 'needle_decompression' && doc.sentence[o.start] === doc.sentence[m.start],
  );
}
