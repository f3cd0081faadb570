/**
 * What a reading of the narrative split by casualty tells of each one, so the next reading switches by it: his
 * surname ("Back to Lopez", "Young urgent"), his first name, what he was said to be ("Back to the RTO") and what his
 * first words wounded ("the pelvis is urgent surgical", switch-wounds.ts). Indexed as the narrative counts its
 * casualties: someone unhurt said first ("plus the interpreter") is no number.
 */
import type { CasualtySplit } from './casualty-split.js';
import { readParts, speaksForThem } from './casualty-records.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { isHeadingWord } from './list-cues.js';
import { ownName } from './record-names.js';
import { woundsKnown } from './switch-wounds.js';
import { kinCalledNames, kinNameOver, knownNames } from './kin-names.js';

export interface KnownCasualties {
  surnames: (string | undefined)[];
  givenNames: (string | undefined)[];
  descriptions: (string | undefined)[];
  wounds: string[][];
}

/** What `split` tells of each casualty; `unlabelled` the narrative with its labels blanked. */
export function knownCasualties(text: string, split: CasualtySplit, unlabelled: string): KnownCasualties {
  const kin = kinCalledNames(readTokens(text, NORMALIZE_OPTIONS));
  const patient = (_: unknown, i: number): boolean => !split.bystanders.includes(i);
  const nameWords = split.casualties
    .map((parts, i) => [parts, readParts(unlabelled, parts).record, i] as const)
    // "Interpreter is Hamid. … Hamid says she is thirty": an interpreter speaking for them is no casualty turned to.
    .map(([parts, r, i]) =>
      (speaksForThem(text, parts, r)
        ? undefined
        : kinNameOver(kin, split.calledBy[i], ownName(r.casualty?.name, split.calledBy[i], text))
      )
        ?.toLowerCase()
        .split(/[\s-]+/)
        // "Sergeant Oyelaran first.": an order said after the name is no surname.
        .filter((w) => !isHeadingWord(w)),
    )
    .filter(patient);
  const surnames = knownNames(nameWords);
  const firstWords = split.casualties.map((parts) => readParts(unlabelled, parts.slice(0, 1)).record);
  return {
    surnames,
    // Each one's first name, when a surname follows it ("I give Andriy ketamine" of SGT Andriy Bondar).
    givenNames: nameWords.map((words) => (words && words.length >= 2 ? words[0] : undefined)),
    descriptions: split.describedBy.filter(patient),
    wounds: woundsKnown(firstWords.filter(patient), surnames),
  };
}
