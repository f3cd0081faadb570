/**
 * Spanish number words as the English number words the number reader already joins: "ciento veinte" is read as
 * "a hundred twenty" (120), "catorce treinta y dos" as "fourteen thirty two" (14:32), "cero dos cincuenta y tres" as
 * "zero two fifty three" (02:53). Hundreds are said with "a" so that, like "a hundred" in English, they are a
 * quantity and never a clock's digits. Keys are written without accents ("dieciséis" is looked up as "dieciseis").
 */

/** Digits one to nine, the words a tens word may take after "y" ("treinta y dos"). */
export const SPANISH_DIGITS: Readonly<Record<string, string>> = {
  uno: 'one',
  dos: 'two',
  tres: 'three',
  cuatro: 'four',
  cinco: 'five',
  seis: 'six',
  siete: 'seven',
  ocho: 'eight',
  nueve: 'nine',
};

/** Tens said with "y" and a digit after them ("cuarenta y cinco"). */
export const SPANISH_TENS: Readonly<Record<string, string>> = {
  treinta: 'thirty',
  cuarenta: 'forty',
  cincuenta: 'fifty',
  sesenta: 'sixty',
  setenta: 'seventy',
  ochenta: 'eighty',
  noventa: 'ninety',
};

export const SPANISH_NUMBER_WORDS: Readonly<Record<string, string>> = {
  ...SPANISH_DIGITS,
  ...SPANISH_TENS,
  cero: 'zero',
  diez: 'ten',
  doce: 'twelve',
  trece: 'thirteen',
  catorce: 'fourteen',
  quince: 'fifteen',
  dieciseis: 'sixteen',
  diecisiete: 'seventeen',
  dieciocho: 'eighteen',
  diecinueve: 'nineteen',
  veinte: 'twenty',
  veintiuno: 'twenty one',
  veintiun: 'twenty one',
  veintiuna: 'twenty one',
  veintidos: 'twenty two',
  veintitres: 'twenty three',
  veinticuatro: 'twenty four',
  veinticinco: 'twenty five',
  veintiseis: 'twenty six',
  veintisiete: 'twenty seven',
  veintiocho: 'twenty eight',
  veintinueve: 'twenty nine',
  cien: 'a hundred',
  ciento: 'a hundred',
  doscientos: 'two hundred',
  doscientas: 'two hundred',
  trescientos: 'three hundred',
  trescientas: 'three hundred',
  cuatrocientos: 'four hundred',
  cuatrocientas: 'four hundred',
  quinientos: 'five hundred',
  quinientas: 'five hundred',
  seiscientos: 'six hundred',
  seiscientas: 'six hundred',
  setecientos: 'seven hundred',
  setecientas: 'seven hundred',
  ochocientos: 'eight hundred',
  ochocientas: 'eight hundred',
  novecientos: 'nine hundred',
  novecientas: 'nine hundred',
};

/**
 * Spanish number words that are also English words ("once" = eleven): read as a number only next to another
 * Spanish number word or after "a las" ("a las once quince"), never in "once the TQ was on".
 */
export const SPANISH_NUMBER_HOMONYMS: Readonly<Record<string, string>> = { once: 'eleven' };
