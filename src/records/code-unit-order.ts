/**
 * Orders strings by UTF-16 code unit, as `sort()` with no comparator does: for ISO times and file paths, their own
 * order. `localeCompare` orders these the same but loads the ICU collator on its first call, 13–20 ms of main
 * thread in Chromium, which every view paid on its first screen (the model catalog and the casualty list sort).
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
