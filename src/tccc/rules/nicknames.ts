/**
 * Nicknames cut from a surname: "Lance Corporal Kowalski, Ski, …" calls Kowalski "Ski", so "Back to Ski" and "Ski
 * urgent surgical" are his. A word said right after the surname and a comma that is its start or its end ("Rod" of
 * Rodriguez, "Ski" of Kowalski) is what he is called, never his first name.
 */
import type { Token } from '../text/tokenize.js';

/** Fewest letters a nickname has ("Ski", "Rod"): a single letter or two is an initial or a word. */
const MIN_LETTERS = 3;

/** True when `word` is a nickname cut from `surname`: its start or its end, shorter than it ("ski" of "kowalski"). */
export const isCutFrom = (word: string, surname: string): boolean => {
  const w = word.toLowerCase();
  const s = surname.toLowerCase();
  return w.length >= MIN_LETTERS && w.length < s.length && (s.startsWith(w) || s.endsWith(w));
};

/**
 * True when the narrative calls the casualty surnamed `surname` by `word`: somewhere it says the surname, a comma and
 * the nickname cut from it ("Kowalski, Ski,").
 */
export function callsBy(tokens: Token[], surname: string, word: string): boolean {
  if (!isCutFrom(word, surname)) return false;
  return tokens.some(
    (t, i) => t.norm === surname && tokens[i + 1]?.norm === ',' && tokens[i + 2]?.norm === word.toLowerCase(),
  );
}

/** Words that say who a nickname is, after it: "Tex. That's Sergeant Cole Barnett.", "Doc, that is PFC Lee". */
const GLOSSES: readonly (readonly string[])[] = [["that's"], ['that', 'is'], ['real', 'name']];

/**
 * The nicknames glossed by a rank and a name right after them ("First, Tex. That's Sergeant Cole Barnett."), each
 * mapped to the surname (`rankedName` reads it at a rank's token): "Tex is urgent" is Barnett, no second person.
 */
export function glossedNicknames(tokens: Token[], rankedName: (i: number) => string | undefined): Map<string, string> {
  const glossed = new Map<string, string>();
  tokens.forEach((t, i) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.raw) || !['.', ','].includes(tokens[i + 1]?.norm ?? '')) return;
    for (const gloss of GLOSSES) {
      if (!gloss.every((w, k) => tokens[i + 2 + k]?.norm === w)) continue;
      const surname = rankedName(i + 2 + gloss.length);
      if (surname && surname !== t.norm) glossed.set(t.norm, surname);
    }
  });
  return glossed;
}
