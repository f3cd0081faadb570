/**
 * A medic working two places at once and telling them apart by their order ("First spot, grid …, first squad hit a
 * mine at 0940. PFC Horvat, … Then I ran over to the second spot, grid …, where the MRAP slid into the canal. The
 * driver, …"): the sentence that opens each place gives its grid, cause and time to the casualties found there, not to
 * those of the other place. So too a place named by a label and its number ("CCP1 = Bldg 14, 38S MC 0721 3350. CCP2 =
 * …") whose grid is said apart, each casualty's line headed by his place ("CCP1: CPL Nadia Saleh, …").
 */
import type { Token } from '../text/tokenize.js';
import type { TextPart } from './shared-phrases.js';
import { ORDINALS } from './switch-phrases.js';
import { sentenceEndFrom, sentenceStartFrom, sentencesOf } from './sentence-ends.js';
import { siteHeadingBefore } from './list-cues.js';
import { isGridSquare } from './grid-squares.js';

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
export function siteOpenings(
  tokens: Token[],
  starts: readonly number[],
  owner: readonly number[],
  keys: readonly string[],
): SiteOpening[] {
  const numbered = numberedSites(tokens, starts, owner);
  const sites = numbered.length > 0 ? numbered : labelledSiteGrids(tokens, starts, owner);
  return [...sites, ...jointArrivals(tokens, starts, owner, keys)];
}

/**
 * "0738 #3 and #4 in together on the LMTV from OP 2. Arty round landed next to the OP at 0722.": a log's line that
 * numbers several casualties before the lines of each opens their words together (how and when they were hurt): it
 * is each one's, not the words of the one whose line came before.
 */
function jointArrivals(
  tokens: Token[],
  starts: readonly number[],
  owner: readonly number[],
  keys: readonly string[],
): SiteOpening[] {
  const arrivals: SiteOpening[] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].norm !== '\n') continue;
    const numbered = tokens
      .slice(from, i)
      .flatMap((t, k) => (t.norm === '#' && tokens[from + k + 1]?.kind === 'number' ? [tokens[from + k + 1].raw] : []));
    const to = [...new Set(numbered.map((n) => keys.indexOf(`n${n}`)))];
    // Each one's own words begin after the line, and no one's begin within it.
    const later = to.every((n) => n >= 0 && starts.every((s, k) => owner[k] !== n || s >= i));
    if (to.length >= 2 && to.length === numbered.length && later && !starts.some((s) => s >= from && s < i))
      arrivals.push({ sentence: { start: tokens[from].start, end: tokens[i - 1].end }, to });
    from = i + 1;
  }
  return arrivals;
}

/** The places the narrative numbers by an ordinal ("First site, …", "the second spot"): see siteOpenings. */
function numberedSites(tokens: Token[], starts: readonly number[], owner: readonly number[]): SiteOpening[] {
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

/** "CCP1", "Bldg 14": a site's label and number at token `i` (written together or apart) as one key, else undefined. */
function siteKeyAt(tokens: Token[], i: number): string | undefined {
  const [word, number] = [tokens[i], tokens[i + 1]];
  const labels = word?.kind === 'word' && /^\p{L}+$/u.test(word.raw) && number?.kind === 'number';
  return labels && /^\d{1,2}$/.test(number.raw) ? `${word.norm}${number.raw}` : undefined;
}

/**
 * "CCP1 = Bldg 14, 38S MC 0721 3350. CCP2 = Bldg 22, 38S MC 0689 3402. CCP1: CPL Nadia Saleh, … CCP2: SSG Tomasz
 * Wójcik, …": a sentence opening with a site's label and holding a grid is the grid of the casualties whose words
 * open under a heading of that label ("CCP1:"). None unless two sites or more say their grid, each with a casualty.
 */
function labelledSiteGrids(tokens: Token[], starts: readonly number[], owner: readonly number[]): SiteOpening[] {
  const headed = new Map<string, number[]>();
  starts.forEach((at, k) => {
    const key = siteHeadingBefore(tokens, at + 3) === at ? siteKeyAt(tokens, at) : undefined;
    if (key && !(headed.get(key) ?? []).includes(owner[k])) headed.set(key, [...(headed.get(key) ?? []), owner[k]]);
  });
  const sites = sentencesOf(tokens).flatMap(({ start, end }) => {
    const key = siteKeyAt(tokens, start);
    const grid = tokens.slice(start, end).some((_, k) => isGridSquare(tokens, start + k));
    const to = key && grid && siteHeadingBefore(tokens, start + 3) === undefined ? headed.get(key) : undefined;
    return to ? [{ sentence: { start: tokens[start].start, end: tokens[end - 1].end }, to, key }] : [];
  });
  const keys = new Set(sites.map((s) => s.key));
  return keys.size >= 2 && keys.size === sites.length ? sites.map(({ sentence, to }) => ({ sentence, to })) : [];
}
