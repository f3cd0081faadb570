/**
 * Words taken out of a narrative before it is read (a net's senders, a transcript's speakers, a read-back), by
 * blanking: spaces in their place and line breaks kept, so every offset still points at the words the medic wrote.
 */

/** The words blanked, same length; line breaks kept. */
export const blank = (words: string): string => words.replace(/[^\n]/g, ' ');

/** `text` with its characters `[from, to)` blanked. */
export const blankRange = (text: string, from: number, to: number): string =>
  text.slice(0, from) + blank(text.slice(from, to)) + text.slice(to);
