/**
 * French number words, as a francophone medic says them aloud ("pouls cent dix-huit", "quatre-vingt-dix-sept",
 * "treize heures cinq"), with the value each stands for; french-glosses.ts joins the words of one number ("cent" and
 * "vingt-deux", "quatre" and "vingt") and says it as the English words the number reader already joins. Keys are
 * written without accents ("zéro" is looked up as "zero"). The Belgian and Swiss tens ("septante", "nonante") are here
 * too.
 */

/** Zero to sixteen, the words a French number is built of below the tens. */
export const FRENCH_UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
};

/** The tens; "vingts" only as "quatre-vingts" (80) says it. */
export const FRENCH_TENS: Readonly<Record<string, number>> = {
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};

/** The scales: "cent" (and "deux cents"), "mille". */
export const FRENCH_SCALES: Readonly<Record<string, number>> = { cent: 100, cents: 100, mille: 1000 };

/**
 * Number words that are also other words: "un"/"une" the article ("un éclat"), "seize" the English verb, "cent" and
 * "cents" English ("95 per cent"), "neuf" also "new". Each is a number only next to another French number word ("huit
 * un zéro sept", "un un"), an hour word ("seize heures") or after a sign ("douleur neuf").
 */
export const FRENCH_NUMBER_HOMONYMS: ReadonlySet<string> = new Set(['un', 'une', 'seize', 'cent', 'cents', 'neuf']);

/** Signs whose reading a homonym may be: "douleur neuf" is a pain of nine. */
export const FRENCH_READ_AFTER: ReadonlySet<string> = new Set(['douleur', 'pouls', 'sat', 'saturation']);

/** The words a French clock is said with: "quinze heures dix", "treize heures cinq". */
export const FRENCH_HOUR_WORDS: ReadonlySet<string> = new Set(['heure', 'heures', 'h']);

/** A quarter or half hour said after the hour: "quinze heures et quart", "neuf heures et demie". */
export const FRENCH_HOUR_FRACTIONS: Readonly<Record<string, number>> = { quart: 15, demie: 30 };
