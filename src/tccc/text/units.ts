/**
 * Units said after a number ("fifty milligrams", "eighteen gauge", "ninety percent"): the number before one is an
 * amount. Shared by the clock reader (such a number is no time) and the spoken-number reader (number words said one
 * by one end at it).
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'gauge',
  'ga',
  'mg',
  'mcg',
  'g',
  'gram',
  'grams',
  'milligram',
  'milligrams',
  'microgram',
  'micrograms',
  'ml',
  'mls',
  'cc',
  'ccs',
  'liter',
  'liters',
  'units',
  'percent',
]);

/** Units only an amount of a drug or a fluid is said in: not a count ("units"), a gauge or a percentage. */
export const AMOUNT_UNITS: ReadonlySet<string> = new Set(
  [...MEASURE_UNITS].filter((u) => !['gauge', 'ga', 'units', 'percent'].includes(u)),
);
