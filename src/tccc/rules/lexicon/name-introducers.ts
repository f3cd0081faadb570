/**
 * The words a casualty's name is said after when no rank comes before it ("this card is for Ramirez", "second one,
 * it's Erik Lindqvist"): read by casualty-name.ts.
 */

/** Word sequences that introduce the casualty's name without a rank ("this card is for Ramirez"). */
export const NAME_INTRODUCERS: ReadonlyArray<readonly string[]> = [
  ['name', 'is'],
  ["name's"],
  ['name'],
  ['card', 'is', 'for'],
  ['this', 'is', 'for'],
  ['casualty', 'is'],
  ['patient', 'is'],
  // "casualty's Keanu Kahananui, roster …": the verb said short.
  ["casualty's"],
  ["patient's"],
  ['casualty', 'name'],
  ['patient', 'name'],
  // A call that someone is down, then who it is ("One down, it's Harlan", "Man down, Lindqvist,"): "one" is read "1".
  ['1', 'down', ',', "it's"],
  ['1', 'down', ','],
  ['man', 'down', ',', "it's"],
  ['man', 'down', ','],
];

/**
 * Words a casualty's first name and surname are said after, with no rank or "name is" ("second one, it's Erik
 * Lindqvist from first squad", "That's Piotr Kowal, he wasn't buried"). One word after them is no name ("it's Doc",
 * "that's Bravo").
 */
export const FULL_NAME_INTRODUCERS: ReadonlyArray<readonly string[]> = [
  ["it's"],
  ["that's"],
  ['it', 'is'],
  ['that', 'is'],
];
