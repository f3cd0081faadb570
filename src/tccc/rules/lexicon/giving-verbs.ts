/**
 * The verbs of giving, shared by the readers that ask whether care was given (act-times.ts, readied-care.ts).
 */
/** Verbs of giving a drug, a fluid or care, before what was given. */
export const GIVING: ReadonlySet<string> = new Set([
  'given',
  'gave',
  'introduced',
  'administered',
  'pushed',
  'injected',
  'started',
  'hung',
  'placed',
  'applied',
]);
