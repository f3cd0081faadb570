/**
 * A working dog hurt beside its handler is cared for as the medic goes ("Now Tango, the dog: right front leg floppy
 * … SAM splint on Tango's leg. … Back to Pryor"), but an animal is never a patient: its care is no record. The words
 * about it are blanked (blanked-text.ts, offsets kept) before the narrative is read:
 * - the animal is known by a name said as an animal's ("Tango, the dog", "Kira — female Malinois", "his dog Rex"),
 *   or by a name that opens a sentence about an animal's parts and is said again ("Rocco's IV, front leg");
 * - its words start at a sentence that opens with its name, or that says it has four legs, and run on through the
 *   sentences after it ("Gauze on the leg, wrapping it tight") until one turns back to a person: "Back to …", a
 *   person's name opening it, or a pronoun the animal is not called by ("Checking her, …" of a male dog) in a
 *   sentence that names neither the animal nor an animal's parts ("Her gums are pale" of a bitch stays hers).
 * A sentence about the person that only mentions the animal ("He keeps asking if Tango's okay", "yelling for his dog")
 * is his; so is every word when no animal is named.
 */
import { tokenize, type Token } from '../text/tokenize.js';
import { blankRange } from './blanked-text.js';
import { rankBefore } from './name-cues.js';
import { UNIT_NOUNS } from './lexicon/identity.js';
import { NAME_WORD } from './name-shape.js';
import { SENTENCE_ENDS, sentencesOf, type TokenSentence } from './sentence-ends.js';
import { lexiconReads } from './switch-phrases.js';
import { lineSpeakers } from './dialogue-speakers.js';

/** Words that say an animal: what kind it is, or the working dog's service names. */
const ANIMAL_NOUNS: ReadonlySet<string> = new Set([
  'dog',
  'dogs',
  'canine',
  'mwd',
  'malinois',
  'shepherd',
  'labrador',
  'retriever',
  'puppy',
]);

/** Parts of the body only an animal is said to have, and the words a dog's check is made with ("gums pink"). */
const ANIMAL_PARTS: ReadonlySet<string> = new Set(['muzzle', 'snout', 'paw', 'paws', 'gums', 'vet', 'fur']);

/** Words after "dog" or "K9" that make the words a person's ("the dog handler", "K9 team"). */
const HANDLER_WORDS: ReadonlySet<string> = new Set(['handler', 'handlers', 'team']);

/** Words before a limb that make it an animal's ("front leg", "hind leg", "four legs"). */
const ANIMAL_LIMB_LEADS: ReadonlySet<string> = new Set(['front', 'hind', 'back', 'four']);

/** Words at a sentence's opening that turn to someone without being him ("Now Rocco", "Okay, back to Pryor"). */
const TURN_LEADS: ReadonlySet<string> = new Set(['now', 'then', 'and', 'next', 'okay', 'ok', 'so', ',', 'back', 'to']);

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

type Sex = 'male' | 'female';

const bare = (t: Token | undefined): string => (t ? t.norm.replace(/['’](?:s|d|ll|re|ve)$/, '') : '');

/** "K9": the tokenizer reads it as a letter and a number. */
const isK9 = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.norm === 'k' && tokens[i + 1]?.digits === '9' && !tokens[i + 1].spaced;

/** True when token `i` says an animal or one of its parts ("dog", "K9 card", "muzzle", "front leg"). */
function saysAnimal(tokens: readonly Token[], i: number): boolean {
  const w = bare(tokens[i]);
  // "K9 handler", "the dog handler", "the K9 team": the handler is a person.
  const handler = (k: number): boolean => HANDLER_WORDS.has(bare(tokens[k]));
  if (ANIMAL_NOUNS.has(w)) return !handler(i + 1);
  if (ANIMAL_PARTS.has(w)) return true;
  if (isK9(tokens, i)) return !handler(i + 2) && !UNIT_NOUNS.has(bare(tokens[i + 2]));
  return animalLimb(tokens, i);
}

/** "front leg", "hind legs", "four legs", "paw": a limb only an animal has. */
const animalLimb = (tokens: readonly Token[], i: number): boolean =>
  /^paws?$/.test(tokens[i].norm) || (/^legs?$/.test(tokens[i].norm) && ANIMAL_LIMB_LEADS.has(bare(tokens[i - 1])));

/** The first token of `s` after the words that only turn to someone. */
function opener(tokens: readonly Token[], s: TokenSentence): number {
  let i = s.start;
  while (i < s.end && TURN_LEADS.has(tokens[i].norm)) i++;
  return i;
}

/**
 * Names of people: the capitalized words after a rank ("Staff Sergeant Cole Bridger" gives cole and bridger), and the
 * words of a label that opens two lines or more ("Tavares: …"): whoever speaks is a person, even where a dog is the
 * next word ("Tavares: Military working dog, frag to the right foreleg").
 */
function personNames(tokens: Token[], text: string): Set<string> {
  const names = new Set(lineSpeakers(text).flatMap((label) => label.toLowerCase().split(' ')));
  for (let i = 0; i < tokens.length; i++)
    if (rankBefore(tokens, i) > 0)
      for (let k = i; k < i + 3 && NAME_WORD.test(tokens[k]?.raw.replace(/['’]s$/, '') ?? ''); k++)
        names.add(bare(tokens[k]));
  return names;
}

/** A capitalized word that could be an animal's name: no person's, no word the lexicon reads, no animal word itself. */
const maybeName = (tokens: Token[], i: number, people: ReadonlySet<string>): boolean =>
  NAME_WORD.test(tokens[i]?.raw.replace(/['’]s$/, '') ?? '') &&
  !people.has(bare(tokens[i])) &&
  !lexiconReads(tokens).has(i) &&
  !saysAnimal(tokens, i) &&
  // "551st MWD Detachment": a unit, not a dog.
  !UNIT_NOUNS.has(bare(tokens[i])) &&
  rankBefore(tokens, i) === 0;

/** The animal's name, lower-cased, and the sex it is said to be, if the narrative names an animal. */
function animalNamed(
  tokens: Token[],
  text: string,
  sentences: readonly TokenSentence[],
): { name: string; sex?: Sex } | null {
  const people = personNames(tokens, text);
  for (const s of sentences)
    for (let i = s.start; i < s.end; i++) {
      if (!maybeName(tokens, i, people)) continue;
      // "Tango, the dog", "Kira — female Malinois": the name, a pause, at most two words, then what kind it is.
      const k = i + 2;
      const paused = [',', '-', ':'].includes(tokens[i + 1]?.norm ?? '');
      const sexes: readonly Sex[] = ['female', 'male'];
      const sex = paused ? sexes.find((w) => tokens.slice(k, k + 3).some((t) => t.norm === w)) : undefined;
      // "Third, the dog handler, …" names a person.
      const said =
        paused &&
        [k, k + 1, k + 2].some(
          (j) => j < s.end && ANIMAL_NOUNS.has(bare(tokens[j])) && !HANDLER_WORDS.has(bare(tokens[j + 1])),
        );
      // "his dog Rex", "MWD Rocco": what kind it is, then the name.
      const after = ANIMAL_NOUNS.has(tokens[i - 1]?.norm ?? '') || isK9(tokens, i - 2);
      // "Rocco's IV, front leg": a name said as an owner's, opening a sentence about an animal's limb, and said again.
      const opens =
        i === opener(tokens, s) &&
        /['’]s$/.test(tokens[i].raw) &&
        tokens.slice(s.start, s.end).some((_, j) => animalLimb(tokens, s.start + j)) &&
        tokens.some((t, j) => j !== i && sameName(t, tokens[i]));
      if (said || after || opens) return { name: bare(tokens[i]), sex };
    }
  return null;
}

/** The same capitalized name, possessive or not ("Rocco", "Rocco's"); "role two" is not "Two". */
const sameName = (a: Token, b: Token): boolean => a.raw.replace(/['’]s$/, '') === b.raw.replace(/['’]s$/, '');

/** The sex the first pronoun of `s` says, if any. */
function pronounSex(tokens: readonly Token[], s: TokenSentence): Sex | undefined {
  for (let i = s.start; i < s.end; i++) {
    const w = bare(tokens[i]);
    if (MALE.has(w)) return 'male';
    if (FEMALE.has(w)) return 'female';
  }
  return undefined;
}

/** `text` with the words about an animal cared for blanked; unchanged when it names none. */
export function withoutAnimalCare(text: string): string {
  const tokens = tokenize(text);
  if (!tokens.some((_, i) => saysAnimal(tokens, i))) return text;
  const sentences = sentencesOf(tokens);
  const animal = animalNamed(tokens, text, sentences);
  const people = personNames(tokens, text);
  let sex = animal?.sex;
  let out = text;
  let inStretch = false;
  for (const s of sentences) {
    const first = opener(tokens, s);
    const words = tokens.slice(s.start, s.end);
    const fourLegs = words.some((t, j) => t.norm === 'legs' && tokens[s.start + j - 1]?.norm === 'four');
    const opensWithIt = animal !== null && bare(tokens[first]) === animal.name;
    const namesIt = words.some((t, j) => saysAnimal(tokens, s.start + j) || (animal && bare(t) === animal.name));
    const pronoun = pronounSex(tokens, s);
    const turnsBack =
      (tokens[s.start].norm === 'back' && tokens[s.start + 1]?.norm === 'to') || people.has(bare(tokens[first]));
    const calledOther = !namesIt && pronoun !== undefined && sex !== undefined && pronoun !== sex;
    if (opensWithIt) inStretch = true;
    else if (inStretch && (turnsBack || calledOther)) inStretch = false;
    // "Two patients, one of them has four legs.": that sentence only, the words after it may be the handler's.
    if (!inStretch && !fourLegs) continue;
    // The first pronoun said of the animal tells how it is called from then on.
    if (inStretch) sex ??= pronoun;
    // The words only: the full stop after them stays, so the sentences around them stay apart.
    const last = SENTENCE_ENDS.has(tokens[s.end - 1].norm) ? s.end - 2 : s.end - 1;
    out = blankRange(out, tokens[s.start].start, tokens[last].end);
  }
  return out;
}
