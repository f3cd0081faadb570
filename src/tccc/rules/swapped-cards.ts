/**
 * A correction that says two casualties' cards were swapped, all of what was listed under one being the other's
 * ("Everything listed above under Reyes is actually Okafor's, and everything under Okafor is Reyes's."): the names
 * (read off their tags) stay right and every fact moves, so each record takes the other's name and roster number.
 */
import type { EvidencedRecord } from '../extraction.js';
import { escapedForPattern } from '../text/regexp.js';

/** The surname a record is known by, lower case. */
const surnameOf = (r: EvidencedRecord): string | undefined =>
  r.record.casualty?.name?.trim().split(/\s+/).pop()?.toLowerCase();

/** "everything (listed above) under Reyes (…) is actually Okafor's": all said of `from` is `to`'s. */
const allOfIs = (from: string, to: string): string =>
  `\\beverything\\b[^.!?\\n]*?\\b(?:under|for|about)\\s+${from}\\b[^.!?\\n]*?\\b(?:is|was|belongs\\s+to)\\s+` +
  `(?:actually\\s+|really\\s+)?${to}(?:'s?|’s?)?`;

/** True when the text says, in one sentence, that all of `a`'s facts are `b`'s and all of `b`'s are `a`'s. */
function saysAllSwapped(text: string, a: string, b: string): boolean {
  const [x, y] = [escapedForPattern(a), escapedForPattern(b)];
  const swap = new RegExp(
    `${allOfIs(x, y)}[^.!?\\n]*?(?:${allOfIs(y, x)}|\\bvice\\s+versa\\b)|` +
      `${allOfIs(y, x)}[^.!?\\n]*?(?:${allOfIs(x, y)}|\\bvice\\s+versa\\b)`,
    'i',
  );
  const found = swap.exec(text);
  if (!found) return false;
  // Either surname said again afterwards gives facts the medic already placed right: nothing is moved.
  const after = text.slice(found.index + found[0].length);
  return !new RegExp(`\\b(?:${x}|${y})\\b`, 'i').test(after);
}

const IDENTITY = ['name', 'battle_roster'] as const;
const isIdentityPath = (path: string): boolean => IDENTITY.some((key) => path.replace(/^\//, '') === `casualty/${key}`);

/** Each pair of records whose cards the text says were swapped whole, with their names and roster numbers traded. */
export function withSwappedCards(text: string, records: EvidencedRecord[]): EvidencedRecord[] {
  const surnames = records.map(surnameOf);
  const out = [...records];
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const [a, b] = [surnames[i], surnames[j]];
      if (!a || !b || a === b || surnames.filter((s) => s === a || s === b).length !== 2) continue;
      if (!saysAllSwapped(text, a, b)) continue;
      [out[i], out[j]] = [withIdentityOf(out[i], out[j]), withIdentityOf(out[j], out[i])];
    }
  }
  return out;
}

/** `r` with `other`'s name and roster number (and their evidence) in place of its own. */
function withIdentityOf(r: EvidencedRecord, other: EvidencedRecord): EvidencedRecord {
  const casualty = { ...r.record.casualty };
  for (const key of IDENTITY) {
    const value = other.record.casualty?.[key];
    if (value === undefined) delete casualty[key];
    else casualty[key] = value;
  }
  return {
    record: { ...r.record, casualty },
    evidence: [
      ...r.evidence.filter((e) => !isIdentityPath(e.path)),
      ...other.evidence.filter((e) => isIdentityPath(e.path)),
    ],
  };
}
