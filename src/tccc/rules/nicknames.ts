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
