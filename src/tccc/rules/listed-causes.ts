/**
 * A cause said for some of the casualties by their labels or surnames ("IED 2058 for T1 and T3. Nash got shot in the
 * contact after", "the RPG hit Cas A and Cas C"): the cause is theirs, so the same cause said once in the opening
 * ("IED on the culvert + contact, 3 hit") is not given to a casualty the list leaves out.
 */
import type { Mechanism } from '../record.js';
import type { EvidenceSpan, EvidencedRecord } from '../extraction.js';
import { readTokens } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { MATCHER, NORMALIZE_OPTIONS } from './lexicon/index.js';
import { tagOf } from './matcher.js';
import { orderedRecord } from './casualty-records.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import type { TextPart } from './shared-phrases.js';

/** Words that lead from a cause to whom it hit ("IED for T1 and T3", "RPG hit Cas A", "the blast got Ruiz and Kim"). */
const TO_WHOM = new Set(['for', 'hit', 'got', 'struck']);
/** What joins the casualties of the list ("T1 and T3", "Ruiz, Kim & Lee"). */
const JOINS = new Set([',', 'and', '&', '+']);

const wordsOf = (tokens: readonly Token[]): string =>
  tokens
    .filter((t) => t.kind !== 'punct')
    .map((t) => t.norm)
    .join(' ');

/**
 * For each cause said for a list of casualties, the casualties (indexes into `own`) it names; a list with any item
 * that is not a casualty's label (its words in `labels`, inside his parts) nor his surname names no one.
 */
export function causesListed(
  text: string,
  own: readonly (readonly TextPart[])[],
  labels: readonly TextPart[],
  surnames: readonly (string | undefined)[],
): Map<Mechanism, Set<number>> {
  const known = new Map<string, number>();
  own.forEach((parts, n) => {
    for (const l of labels.filter((l) => parts.some((p) => l.start >= p.start && l.start < p.end)))
      known.set(wordsOf(readTokens(text.slice(l.start, l.end), NORMALIZE_OPTIONS)), n);
    const surname = surnames[n];
    if (surname) known.set(surname, n);
  });
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const listed = new Map<Mechanism, Set<number>>();
  for (const m of MATCHER.match(tokens)) {
    const cause = tagOf(m, 'mechanism');
    if (!cause || m.negated) continue;
    // Its time may stand between ("IED 2058 for T1 and T3", "IED at 20:58 hit T1").
    let i = m.end;
    while (i < m.end + 4 && (tokens[i]?.kind === 'number' || [':', 'at', '@'].includes(tokens[i]?.norm ?? ''))) i++;
    if (!TO_WHOM.has(tokens[i]?.norm ?? '')) continue;
    const named = itemsFrom(tokens, i + 1).map((item) => known.get(wordsOf(item)));
    if (named.length === 0 || named.some((n) => n === undefined)) continue;
    listed.set(cause.value, new Set([...(listed.get(cause.value) ?? []), ...(named as number[])]));
  }
  return listed;
}

/** The items of a list from token `i` to its sentence's end, split at its joins; empty when one is empty. */
function itemsFrom(tokens: readonly Token[], i: number): Token[][] {
  const items: Token[][] = [[]];
  for (let k = i; k < tokens.length && !SENTENCE_ENDS.has(tokens[k].norm); k++) {
    if (JOINS.has(tokens[k].norm)) items.push([]);
    else items[items.length - 1].push(tokens[k]);
  }
  return items.some((item) => item.length === 0) ? [] : items;
}

/** The opening's record without the causes a list said for others than casualty `n` (paths renumbered). */
export function withoutOthersCauses(
  opening: EvidencedRecord,
  n: number,
  listed: ReadonlyMap<Mechanism, ReadonlySet<number>>,
): EvidencedRecord {
  const causes = opening.record.mechanism ?? [];
  const kept = causes.filter((m) => listed.get(m)?.has(n) ?? true);
  if (kept.length === causes.length) return opening;
  const causeAt = (e: EvidenceSpan): Mechanism | undefined => {
    const k = /^\/mechanism\/(\d+)$/.exec(e.path);
    return k ? causes[Number(k[1])] : undefined;
  };
  // "IED at 1012 by Bldg 14, then sniper fire …": a time said with a cause is when that cause hit, not another's.
  const timedCauses = opening.evidence
    .filter((e) => e.path === '/time_of_injury')
    .flatMap((t) => opening.evidence.filter((e) => causeAt(e) && e.start >= t.start && e.end <= t.end).map(causeAt));
  const timeGoes = timedCauses.length > 0 && timedCauses.every((m) => !kept.includes(m!));
  const evidence = opening.evidence.flatMap((e) => {
    if (timeGoes && e.path.startsWith('/time_of_injury')) return [];
    const cause = causeAt(e);
    if (!cause) return [e];
    const at = kept.indexOf(cause);
    return at < 0 ? [] : [{ ...e, path: `/mechanism/${at}` }];
  });
  return {
    record: orderedRecord({
      ...opening.record,
      mechanism: kept.length > 0 ? kept : undefined,
      time_of_injury: timeGoes ? undefined : opening.record.time_of_injury,
    }),
    evidence,
  };
}

/**
 * "A house went up in a gas explosion. … the blast threw him into the fridge. … She jumped from the roof, ten feet.":
 * a cause of the opening that one casualty's own words name hit him; one whose own words name only other causes was
 * hurt by those, so the opening's is not his. `own`: each casualty's causes from his own words. Adds to `listed`.
 */
export function withOwnCauses(
  listed: ReadonlyMap<Mechanism, ReadonlySet<number>>,
  own: readonly (readonly Mechanism[])[],
): Map<Mechanism, ReadonlySet<number>> {
  const out = new Map(listed);
  for (const m of new Set(own.flat())) {
    if (out.has(m) || !own.some((causes) => causes.length > 0 && !causes.includes(m))) continue;
    out.set(m, new Set(own.flatMap((causes, n) => (causes.length === 0 || causes.includes(m) ? [n] : []))));
  }
  return out;
}
