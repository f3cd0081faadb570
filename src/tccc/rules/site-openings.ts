/**
 * A medic working two places at once and telling them apart by their order ("First spot, grid …, first squad hit a
 * mine at 0940. PFC Horvat, … Then I ran over to the second spot, grid …, where the MRAP slid into the canal. The
 * driver, …"): the sentence that opens each place gives its grid, cause and time to the casualties found there, not to
 * those of the other place.
 */
import type { Token } from '../text/tokenize.js';
import type { TextPart } from './shared-phrases.js';
import { ORDINALS } from './switch-phrases.js';
import { sentenceEndFrom, sentenceStartFrom } from './sentence-ends.js';

/** Words for a place where the medic finds casualties, said after an ordinal ("second spot", "the first site"). */
const PLACES = new Set(['spot', 'site', 'location', 'position', 'scene', 'point']);

/** A place's opening sentence and the casualties (by index) found there. */
export interface SiteOpening {
  sentence: TextPart;
  to: number[];
}

/**
 * The opening sentence of each place the narrative numbers, given to the casualties whose words begin after it and
 * before the next place opens. `starts` are the switches' first tokens, `owner` each switch's casualty. None unless
 * two places or more open, the first before any casualty, and each has a casualty of its own.
 */
export function siteOpenings(tokens: Token[], starts: readonly number[], owner: readonly number[]): SiteOpening[] {
  const opened: { n: number; at: number }[] = [];
  tokens.forEach((t, i) => {
    const n = ORDINALS[t.norm];
    if (n !== undefined && PLACES.has(tokens[i + 1]?.norm ?? '') && !opened.some((o) => o.n === n))
      opened.push({ n, at: i });
  });
  if (opened.length < 2 || starts.length === 0 || opened[0].at > starts[0]) return [];
  const firstStart = new Map<number, number>();
  starts.forEach((s, k) => firstStart.set(owner[k], Math.min(firstStart.get(owner[k]) ?? s, s)));
  const sites = opened.map((o, k) => {
    const next = opened[k + 1]?.at ?? tokens.length;
    const to = [...firstStart].filter(([, s]) => s > o.at && s < next).map(([n]) => n);
    const from = sentenceStartFrom(tokens, o.at);
    const end = Math.min(sentenceEndFrom(tokens, o.at), tokens.length - 1);
    return { sentence: { start: tokens[from].start, end: tokens[end].end }, to };
  });
  return sites.every((s) => s.to.length > 0) ? sites : [];
}
