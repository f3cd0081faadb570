/**
 * The shape of a capitalized name word, in letters of any alphabet with capitals: "Jones", and as well the Spanish
 * surnames of bilingual units, "Vázquez", "Peña", "Núñez", which an ASCII pattern would leave unread.
 */
export const NAME_WORD = /^\p{Lu}[\p{Ll}'-]+$/u;
