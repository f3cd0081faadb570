/**
 * "Urgent surgical: B and C. Priority: A.": a triage category heading the casualties' labels said again. The category
 * is each labelled casualty's; the labels themselves are no fact ("A" is no AVPU here), so the sentence is cut from
 * whoever was spoken of before it and only the category's words are given to the casualties it names. So too a
 * category said after several surnames ("Ross and Iqbal urgent"), or after several labels ("Pt 1 and Pt 2 urgent").
 */
import type { Token } from '../text/tokenize.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { surnameEnd } from './name-shape.js';
import { PRIORITY_WORDS, rankedNameEnd } from './list-cues.js';
import { opensSentence, sentenceEndFrom } from './sentence-ends.js';
import type { TextPart } from './shared-phrases.js';
import { LETTERS, afterOpeningTime, norm, numberAt } from './switch-words.js';
import { CASUALTY_NOUNS } from './switch-letters.js';

/** A triage list sentence: the whole sentence, the words of its category, and the keys of the casualties it names. */
export interface TriageList {
  sentence: TextPart;
  category: TextPart;
  keys: string[];
}

/**
 * The triage list sentences of a narrative whose casualties are keyed `keys` ("n1", "n2" …: numbered or lettered);
 * each names only labels already said ("B and C", "1, 3"), else it is none.
 */
export function triageLists(tokens: Token[], keys: readonly string[]): TriageList[] {
  const lists: TriageList[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PRIORITY_WORDS.has(norm(tokens, i)) || !opensSentence(tokens, i)) continue;
    const colon = norm(tokens, i + 1) === 'surgical' ? i + 2 : i + 1;
    if (norm(tokens, colon) !== ':') continue;
    const end = sentenceEndFrom(tokens, colon + 1);
    const named: string[] = [];
    let labelsOnly = end > colon + 1;
    for (let k = colon + 1; k < end; k++) {
      if ([',', 'and', '&'].includes(norm(tokens, k))) continue;
      const label = labelAt(tokens, k);
      if (label === undefined || !keys.includes(`n${label}`)) labelsOnly = false;
      else named.push(`n${label}`);
    }
    if (!labelsOnly || named.length === 0) continue;
    const close = tokens[end] ? tokens[end].end : tokens[end - 1].end;
    lists.push({
      sentence: { start: tokens[i].start, end: close },
      category: { start: tokens[i].start, end: tokens[colon - 1].end },
      keys: named,
    });
  }
  return lists;
}

/** A casualty's label said alone: a capital letter ("B") or a number ("2"); its number. */
function labelAt(tokens: Token[], k: number): number | undefined {
  const raw = tokens[k]?.raw ?? '';
  if (/^[A-E]$/.test(raw)) return LETTERS[raw.toLowerCase()];
  return tokens[k]?.kind === 'number' ? numberAt(tokens, k) : undefined;
}

/** A triage category said after several casualties' surnames: its clause, its words, and the surnames in order. */
export interface NamedTriage {
  sentence: TextPart;
  category: TextPart;
  surnames: string[];
  /** The rank and surname of a lone ranked item ("LT Farrow urgent surgical"): who he is, said nowhere else maybe. */
  ranked?: TextPart;
}

/** What may stand between a casualty's names and the category said of them ("Lee: urgent", "Lee is urgent"). */
const BEFORE_CATEGORY = new Set([':', 'is', 'was']);
/** Verbs that give a casualty his category, after "is" or "was" ("was categorised urgent", "is triaged as routine"). */
const TRIAGE_VERBS = new Set(['categorised', 'categorized', 'triaged', 'classed', 'classified', 'tagged', 'marked']);
/** What joins the names of one item ("Cole and Lee", "Cole + Lee", "Cole & Lee", "Cole, Lee"). */
const NAME_JOINS = new Set([',', 'and', '&', '+']);
/** Words that give one category to all the names before them ("Cole and Lee, both urgent"). */
const OF_ALL = new Set(['both', 'all']);
/** Verbs a medic calls the categories with, right before a list of bare labels ("Calling one and two urgent"). */
const CALLS = new Set(['calling', 'call']);
/** What ends the last item of a list ("…, Ray priority."). */
const CLOSES = new Set([',', '.', ';', '\n', '!']);

/**
 * "Cole and Lee urgent, Ray priority.", "Ames, Boyd and Cruz routine.", "kerr urgent surg, lutz priority, mai
 * routine", "Cole + Lee: urgent; Ray is routine": items, each of one surname of the casualties (`names`) or several
 * joined, then one triage category, the items set one after another by commas, semicolons or "and". Read name by
 * name, only the last name before a category would take it, and a sentence naming several casualties is no one's;
 * each category is the item's names'. Only a list naming two casualties or more is read (one name and its category
 * is read where it is said), and an item whose words are not a name and a category ends the list.
 */
export function namedTriages(tokens: Token[], names: readonly (string | undefined)[]): NamedTriage[] {
  const found: NamedTriage[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "The nine-line had SSG Ty Mayo urgent surgical and SPC Ana Ruiz urgent": a ranked name opens an item anywhere.
    const ranked = RANK_WORDS.has(norm(tokens, i)) && !RANK_WORDS.has(norm(tokens, i - 1));
    // "took Vance and Okoro, both urgent surgical": a list said as a verb's object opens there too.
    const object = tokens[i - 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[i - 1].raw);
    if (!(opensSentence(tokens, i) || ranked || object || [',', ':', ';'].includes(norm(tokens, i - 1)))) continue;
    const items = itemsFrom(tokens, i, (at) => triageItem(tokens, at, names));
    const surnames = items.flatMap((t) => t.surnames);
    if (surnames.length < 2 || new Set(surnames).size < surnames.length) continue;
    // "Cats: Lee urgent, Ray routine", "Evacuation: …": a heading of a word or two opening the list is its own, no
    // fact ("Cats" is no tourniquet here).
    const heading =
      norm(tokens, i - 1) === ':' ? [i - 2, i - 3].find((h) => h >= 0 && opensSentence(tokens, h)) : undefined;
    if (heading !== undefined) items[0].sentence.start = tokens[heading].start;
    found.push(...items);
    i = tokens.findIndex((t) => t.start >= items[items.length - 1].sentence.end) - 1;
    if (i < 0) break;
  }
  return found;
}

/**
 * The items of a triage list from token `i`, each read by `itemAt`, set one after another by commas, semicolons,
 * "and" or nothing. The last item closes a clause; an item that goes on past its category ("Lee urgent for the eye") ends it.
 */
function itemsFrom<T extends { sentence: TextPart }>(
  tokens: Token[],
  i: number,
  itemAt: (at: number) => T | undefined,
): T[] {
  const items: T[] = [];
  let item = itemAt(i);
  while (item) {
    const end = tokens.findIndex((t) => t.start >= item!.sentence.end);
    const after = end < 0 ? '' : norm(tokens, end);
    // A recogniser's items said with no pause between ("vega urgent boone routine"): the next item opens there.
    const closes = end < 0 || CLOSES.has(after) || after === 'and';
    const next = closes ? undefined : itemAt(end);
    if (!closes && !next) break;
    items.push(item);
    // "Vance, urgent, and Okoro, priority": a comma and "and" set the last item apart.
    const joins = after === ',' && norm(tokens, end + 1) === 'and' ? 2 : 1;
    item = next ?? ([',', ';', 'and'].includes(after) ? itemAt(end + joins) : undefined);
  }
  return items;
}

/** One item of a triage list from token `i`: names of the casualties, joined, then one category ("Cole + Lee: urgent"). */
function triageItem(tokens: Token[], i: number, names: readonly (string | undefined)[]): NamedTriage | undefined {
  // "Okafor-Lind": a double-barrelled surname is known by its last part; the token of it, else -1.
  const surnameAt = (k: number): number => {
    const last = surnameEnd(tokens, k);
    return names.includes(norm(tokens, last)) ? last : -1;
  };
  // "LT Farrow urgent surgical, Hollis urgent surgical", "SGT Ruiz and PV2 Lowery urgent surgical": a rank said
  // before a surname is part of the item.
  // "Staff Sergeant Ty Mayo urgent surgical": so are a rank of several words and a first name.
  const rankedAt = (k: number): number => {
    if (!RANK_WORDS.has(norm(tokens, k))) return k;
    if (surnameAt(k + 1) >= 0) return k + 1;
    const end = rankedNameEnd(tokens, k);
    return end >= 0 && surnameAt(end) === end ? end : k;
  };
  const ranked = rankedAt(i) - i;
  const first = surnameAt(i + ranked);
  if (first < 0) return undefined;
  const surnames = [norm(tokens, first)];
  let k = first + 1;
  for (;;) {
    let next = k;
    while (NAME_JOINS.has(norm(tokens, next)) && next < k + 2) next++;
    const surname = next === k ? -1 : surnameAt(rankedAt(next));
    if (surname < 0) break;
    surnames.push(norm(tokens, surname));
    k = surname + 1;
  }
  // "with Vance, urgent, and Okoro, priority": a pause before the category.
  if (BEFORE_CATEGORY.has(norm(tokens, k)) || (norm(tokens, k) === ',' && PRIORITY_WORDS.has(norm(tokens, k + 1)))) k++;
  // "Vance and Okoro, both urgent surgical": one category said of all the names.
  else if (surnames.length > 1 && OF_ALL.has(norm(tokens, norm(tokens, k) === ',' ? k + 1 : k)))
    k += norm(tokens, k) === ',' ? 2 : 1;
  // "SGT Ada Poe as priority, PFC Jo Kane routine": the category a list of names was sent with.
  else if (norm(tokens, k) === 'as' && PRIORITY_WORDS.has(norm(tokens, k + 1))) k++;
  // "Collins was categorised urgent", "Lee is triaged as priority": the verb that gives the category.
  if (TRIAGE_VERBS.has(norm(tokens, k)) && BEFORE_CATEGORY.has(norm(tokens, k - 1)))
    k += norm(tokens, k + 1) === 'as' ? 2 : 1;
  if (!PRIORITY_WORDS.has(norm(tokens, k))) return undefined;
  const end = ['surgical', 'surg'].includes(norm(tokens, k + 1)) ? k + 2 : k + 1;
  return {
    sentence: { start: tokens[i].start, end: tokens[end - 1].end },
    category: { start: tokens[k].start, end: tokens[end - 1].end },
    surnames,
    ...(ranked && surnames.length === 1 ? { ranked: { start: tokens[i].start, end: tokens[first].end } } : {}),
  };
}

/**
 * "Pt 1 and Pt 2 urgent surgical, Pt 3 routine.", "Cas 1 and 3 priority; cas 2 routine": items of casualties' labels
 * said again (a casualty noun and its number, the noun said once for several), each item then one triage category,
 * as a list of surnames is read (`namedTriages`). Each item's category is the labels' it names; only a list naming
 * two casualties or more, every one of them keyed in `keys`, is read.
 */
export function labelledTriages(tokens: Token[], keys: readonly string[]): TriageList[] {
  const found: TriageList[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const called = CALLS.has(norm(tokens, i - 1)) && opensSentence(tokens, i - 1);
    const opens =
      opensSentence(tokens, i) || afterOpeningTime(tokens, i) || [',', ':', ';'].includes(norm(tokens, i - 1));
    if (!opens && !called) continue;
    let items = opens ? itemsFrom(tokens, i, (at) => labelledItem(tokens, at, keys, false)) : [];
    // "Calling one and two urgent surgical, three urgent.": numbers said bare once the first item joins two of them,
    // never one number and a category alone ("two urgent" counts litters on a nine-line).
    if (items.length === 0) {
      const bare = itemsFrom(tokens, i, (at) => labelledItem(tokens, at, keys, true));
      if ((bare[0]?.keys.length ?? 0) >= 2) items = bare;
    }
    const named = items.flatMap((t) => t.keys);
    if (named.length < 2 || new Set(named).size < named.length) continue;
    found.push(...items);
    i = tokens.findIndex((t) => t.start >= items[items.length - 1].sentence.end) - 1;
    if (i < 0) break;
  }
  return found;
}

/** One item of a labelled triage list from token `i`: labels joined, then one category ("Pt 1 and Pt 2 urgent"). */
function labelledItem(tokens: Token[], i: number, keys: readonly string[], bare: boolean): TriageList | undefined {
  // The label at `k`, with its noun or (after the first, or `bare`) without it ("Pt 1 and 2"): its key and the token
  // after it.
  const labelAt = (k: number, first: boolean): { key: string; end: number } | undefined => {
    const noun = CASUALTY_NOUNS.has(norm(tokens, k)) ? 1 : 0;
    const n = noun === 0 && first && !bare ? undefined : numberAt(tokens, k + noun);
    return n !== undefined && keys.includes(`n${n}`) ? { key: `n${n}`, end: k + noun + 1 } : undefined;
  };
  let label = labelAt(i, true);
  if (!label) return undefined;
  const named = [label.key];
  let k = label.end;
  while (NAME_JOINS.has(norm(tokens, k)) && (label = labelAt(k + 1, false))) {
    named.push(label.key);
    k = label.end;
  }
  if (BEFORE_CATEGORY.has(norm(tokens, k))) k++;
  // "SGT Ada Poe as priority, PFC Jo Kane routine": the category a list of names was sent with.
  else if (norm(tokens, k) === 'as' && PRIORITY_WORDS.has(norm(tokens, k + 1))) k++;
  if (!PRIORITY_WORDS.has(norm(tokens, k))) return undefined;
  const end = ['surgical', 'surg'].includes(norm(tokens, k + 1)) ? k + 2 : k + 1;
  return {
    sentence: { start: tokens[i].start, end: tokens[end - 1].end },
    category: { start: tokens[k].start, end: tokens[end - 1].end },
    keys: named,
  };
}

/** A category said of the casualties switched to in its sentence: the sentence, the category, and whose it is. */
export interface BothSwitched {
  sentence: TextPart;
  category: TextPart;
  to: number[];
}

/**
 * "Smitty and the Rook are both priority.": of three or more, a category said "both" after the casualties its
 * sentence switches to (switches at token `starts`, owned by `owner`) is theirs alone, never every one's.
 */
export function bothSwitched(
  tokens: Token[],
  starts: readonly number[],
  owner: readonly number[],
  patients: number,
): BothSwitched[] {
  const found: BothSwitched[] = [];
  tokens.forEach((t, i) => {
    const category = ['are', 'were'].includes(norm(tokens, i - 1)) ? i + 1 : -1;
    if (t.norm !== 'both' || category < 0 || !PRIORITY_WORDS.has(norm(tokens, category)) || patients < 3) return;
    let from = i;
    while (from > 0 && !opensSentence(tokens, from)) from--;
    const to = [...new Set(starts.flatMap((s, k) => (s >= from && s < i ? [owner[k]] : [])))];
    if (to.length !== 2) return;
    const last = norm(tokens, category + 1) === 'surgical' ? category + 1 : category;
    const end = sentenceEndFrom(tokens, category);
    found.push({
      sentence: { start: tokens[from].start, end: tokens[Math.min(end, tokens.length - 1)].end },
      category: { start: tokens[category].start, end: tokens[last].end },
      to,
    });
  });
  return found;
}
