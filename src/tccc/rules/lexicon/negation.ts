/**
 * Negation and hedging: the words that say care was not given or a thing not found ("no exit wound", "TXA considered,
 * but held", "tourniquet section is blank"), and how far their scope reaches. Applied by `negation.ts`.
 */
import { FAILED_ATTEMPT_PHRASES } from './failed-attempts.js';
import { READIED_PHRASES } from './readied-care.js';
import { backward, forward, heldCare, intendedCare, type Lexicon, type Tag } from './tags.js';

/** Who gives a medic orders over the radio or phone: "Doc says push TXA" (ordered-drugs.ts reads the order). */
export const ORDERING_DOCTORS: readonly string[] = ['doc', 'surgeon', 'doctor', 'physician'];

export const NEGATION_PHRASES: Lexicon = [
  ['no', [forward]],
  // "No other injuries" is a finding whole in itself: its "no" must not reach on to the care said after it in a
  // transcript without stops ("no other injuries tylenol 1000 milligrams p o").
  ...['injuries', 'injury', 'wounds', 'wound'].map((w): [string, Tag[]] => [`no other ${w}`, []]),
  ['not', [forward]],
  ["didn't", [forward]],
  ['didnt', [forward]],
  ["wasn't", [forward]],
  // "He doesn't get the auto-injectors": care he does not get is not given. Care only: "doesnt respond to anything
  // resps 8" is a sign said, and a reading after it.
  ["doesn't", [intendedCare]],
  ['doesnt', [intendedCare]],
  ["isn't", [forward]],
  ["don't", [forward]],
  // "The other one hasn't had any TXA": care not had is not given; the phrase holds "had", so the scope reaches on.
  ...["hasn't", 'hasnt', "haven't", "hadn't"].flatMap((w): [string, Tag[]][] => [
    [w, [forward]],
    [`${w} had`, [forward]],
    [`${w} gotten`, [forward]],
  ]),
  ["couldn't", [forward]],
  // Care that cannot be done is not done ("Can't get an NPA in, face is too bad"); "can't" alone is often a sign
  // ("can't feel his legs").
  ["can't get", [forward]],
  ['cant get', [forward]],
  ['cannot get', [forward]],
  // "Can't TQ that, it's in the groin", "can't splint it in here": the device named as a verb cannot go on. The phrase holds the device's word,
  // so no tourniquet is read, and it negates nothing after it (the packing said next is done).
  ...["can't", 'cant', 'cannot'].flatMap((w) =>
    ['tq', 'tourniquet', 'splint'].map((verb): [string, Tag[]] => [`${w} ${verb}`, []]),
  ),
  ...['unable to', 'without', 'denies', 'negative for'].map((w): [string, Tag[]] => [w, [forward]]),
  // "role-players in moulage: simulated GSW L thigh, sim face burns, fake sucking wound": a training injury is none.
  ...['simulated', 'sim', 'fake'].map((w): [string, Tag[]] => [w, [forward]]),
  // Radio: "negative on the TXA" is "no TXA".
  ['negative on', [forward]],
  ['never', [forward]],
  // "Never gave the TXA": "gave" would end the scope of "never" alone.
  ['never gave', [forward]],
  ['decided against', [forward]],
  ['opted against', [forward]],
  ['none', [forward]],
  ['considered', [forward]],
  ['considering', [forward]],
  ['thought about', [forward]],
  // "Talked about ketamine, held it": care talked over is care weighed, not given until it is said done.
  ['talked about', [forward]],
  // "Offered ket, she didn't want it": care offered is not care given until it is said taken.
  ['offered', [forward]],
  // "Offer her fentanyl": told to offer it, not yet taken; "Offering fentanyl, the lollipop — he says no": still asked.
  ['offer', [forward]],
  ['offering', [forward]],
  // "Frag high in the right groin, too high for a TQ": the device could not go on there.
  ['too high for', [forward]],
  ['too proximal for', [forward]],
  // "Thinking about morphine... his pressure's soft": a drug weighed is not a drug given.
  ['thinking about', [forward]],
  // "I think about a second gram... no, this they decide in the hospital": weighed in the present tense.
  ['think about', [forward]],
  ['thinks about', [forward]],
  ['gonna', [forward]],
  ['going to', [forward]],
  ['was going to', [forward]],
  ['planned', [forward]],
  ['planning', [forward]],
  ['plan to', [forward]],
  ['wanted to', [forward]],
  // "I want give paracetamol by mouth, but he vomit": care wanted is not care given, in a second language as in a first.
  ['want', [forward]],
  ['wants', [forward]],
  ['wanted', [forward]],
  // "Thinking morphine... nah, go the ketamine": a drug weighed, with or without "about".
  ['thinking', [forward]],
  ['would', [forward]],
  // "In the old days we'd have hung a liter of Hextend": care that would have been done was not.
  ...['we', 'you', 'i', 'he', 'she', 'they'].map((who): [string, Tag[]] => [`${who}'d have`, [forward]]),
  // A teacher speaking to the class ("some of you would have gone for a cric", "those of you who still reach for
  // morphine"): the care said of them is no care this casualty got.
  ...['some', 'those', 'most', 'many', 'any', 'all', 'half', 'none'].map((who): [string, Tag[]] => [
    `${who} of you`,
    [intendedCare],
  ]),
  // "You've got three hours for TXA": the window a drug must be given in, not a giving.
  ...['hours', 'minutes'].map((span): [string, Tag[]] => [`${span} for`, [intendedCare]]),
  // "Somebody said something about a tourniquet on her right leg": care only talked of.
  ['something about', [intendedCare]],
  ['talking about', [intendedCare]],
  ['should', [forward]],
  ['may need', [forward]],
  ['might', [forward]],
  ['if', [forward]],
  ['possible', [forward]],
  ['possibly', [forward]],
  ['suspected', [forward]],
  ['suspect', [forward]],
  ['rule out', [forward]],
  ['r / o', [forward]],
  ['held off', [forward]],
  // "Cabin's hot, holding off on the HPMK": care put off is not yet given.
  ['holding off', [intendedCare]],
  ['hold off', [intendedCare]],
  // "ketamine 50 mg IM instead of fentanyl": the drug named after it is the one not given.
  ['instead of', [forward]],
  ['ready to', [forward]],
  // Care asked for or intended is not care given ("requested TXA from the BAS", "will give calcium").
  ['requested', [intendedCare]],
  ['request', [intendedCare]],
  ['will give', [intendedCare]],
  // A doctor's order over the radio or phone is care asked for, not given, until the medic says he gave it ("Doc says
  // push TXA, two grams... okay, TXA going in, 0130"; "he says calcium gluconate... I only have chloride").
  // Said of the doctor, not "he says": that is most often the casualty telling his pain ("Pain, he says eight").
  ...ORDERING_DOCTORS.flatMap((who): [string, Tag[]][] => [
    [`${who} says`, [intendedCare]],
    [`${who} said`, [intendedCare]],
  ]),
  // "Doc's asking about ketamine... negative, holding it": care asked about is not care given (a sign asked about
  // is answered: "asked about pain, she says a seven").
  ['asking about', [intendedCare]],
  ['asks about', [intendedCare]],
  ['asked about', [intendedCare]],
  // Care about to be done is not yet done: a later mention of it ("needle's in, time 0920") says it was.
  ['about to', [intendedCare]],
  // A lane grader's "Student verbalized a pelvic binder but never applied one": care said aloud is not care done.
  ['verbalized', [intendedCare]],
  ['verbalised', [intendedCare]],
  ['verbalizes', [intendedCare]],
  ['plan', [forward]],
  ['consider', [forward]],
  ['monitor for', [forward]],
  ['watch for', [forward]],
  // A condition said after the care ("needle decompression if she deteriorates") leaves it undone.
  ['if he', [backward]],
  ['if she', [backward]],
  ['if it', [backward]],
  ['if they', [backward]],
  // Care put off until the one speaking arrives ("I'll put a line in when I get there") is not yet done.
  ...['when', 'once'].flatMap((w): [string, Tag[]][] => [
    [`${w} i get there`, [backward]],
    [`${w} we get there`, [backward]],
    [`${w} i arrive`, [backward]],
    [`${w} we arrive`, [backward]],
  ]),
  ['if needed', [backward]],
  ['if required', [backward]],
  ['if necessary', [backward]],
  ['if indicated', [backward]],
  ...FAILED_ATTEMPT_PHRASES,
  ...READIED_PHRASES,
  // Care judged of no use before it is done ("Combat gauze won't do much here"): it is not done.
  ["won't do", [backward]],
  ["won't work", [backward]],
  ["won't help", [backward]],
  // "IV's not happening in this cold, going IO": care said not to happen is not done.
  ['not happening', [heldCare]],
  ['not indicated', [backward]],
  ['not needed', [backward]],
  // Said by medics whose first language is not English: "Nalbuphine, no, not need". With a verb before it the
  // "not" covers what follows ("did not need a tourniquet").
  ['not need', [backward]],
  ...['did', 'does', 'do'].map((verb): [string, Tag[]] => [`${verb} not need`, [forward]]),
  ['not required', [backward]],
  ['not given', [backward]],
  // A case review's words for the same: "TXA was not administered and should have been".
  ['not administered', [backward]],
  // "Second gram's not in yet", "the blood isn't in yet": what has not gone in is not given.
  ['not in yet', [backward]],
  ["isn't in yet", [backward]],
  // Said by medics whose first language is not English: "Fentanyl I do not give", "Ertapenem... we do not have".
  ['do not give', [backward]],
  ['do not have', [backward]],
  ["don't have", [backward]],
  // A thing the medic does not have is not given, and the "not" does not reach on to the care given in its place
  // ("hextend not available, LR 500 ml IV at 0610").
  ['not available', [backward]],
  ['unavailable', [backward]],
  // "I was out of moxi", "we ran out of Hextend": a supply gone is care not given. Said with who ran out, so a
  // casualty "out of the vehicle" is no supply.
  ...['ran out of', 'run out of', 'running out of', 'all out of', 'i was out of', "i'm out of", "we're out of"].map(
    (w): [string, Tag[]] => [w, [intendedCare]],
  ),
  // "Skipped the Mobic since he's on it": care passed over, said before it.
  ['skipped', [intendedCare]],
  // "Since he's already on meloxicam": a medicine the casualty takes already is not one given by the medic.
  ...["he's", "she's", 'he is', 'she is'].map((who): [string, Tag[]] => [`${who} already on`, [intendedCare]]),
  ...['already taking', 'already takes'].map((w): [string, Tag[]] => [w, [intendedCare]]),
  ['not done', [backward]],
  ['not placed', [backward]],
  ['not applied', [backward]],
  // A report's passive: "A nasopharyngeal airway was not attempted due to the facial injury".
  ['not attempted', [backward]],
  ['not performed', [backward]],
  // A card read aloud: "Tourniquet section is blank", "IV box left blank": nothing was written there.
  ['is blank', [backward]],
  ['was blank', [backward]],
  ['are blank', [backward]],
  ['left blank', [backward]],
  // A tourniquet staged is laid on loose, ready to tighten: not yet care given ("TQs staged, not tightened").
  ['staged', [backward]],
  ['not tightened', [backward]],
  // Kit made ready is care readied, not done ("Cricothyroidotomy equipment was prepared; a cric was not performed").
  ...['equipment', 'kit', 'tray'].flatMap((kit) =>
    ['was prepared', 'prepared', 'was prepped', 'prepped', 'was laid out', 'laid out'].map((ready): [string, Tag[]] => [
      `${kit} ${ready}`,
      [heldCare],
    ]),
  ),
  // "Fentanyl lozenge is out, he's masked, so ketamine": a drug ruled out, the care said before it only.
  ['is out', [heldCare]],
  // "Morphine not an option – allergy", "moxi PO out of the question": a drug ruled out, said before it.
  ['not an option', [heldCare]],
  ['out of the question', [heldCare]],
  ['held', [backward]],
  ['held it', [backward]],
  // Backward, as it is mostly said ("morphine was withheld"); said before its drug it covers forward
  // ("withheld the morphine", negated-objects.ts). Only care is held: a wound said before it stands.
  ['withheld', [heldCare]],
  ['deferred', [backward]],
  ['declined', [backward]],
  ['refused', [backward]],
  ['unsuccessful', [backward]],
  ['not established', [backward]],
  ['not obtained', [backward]],
  ['not started', [backward]],
  ['not successful', [backward]],
  ['was considered', [backward]],
  // "TXA discussed with Dr. Osei - stable, not given": care talked over is not care given until it is said done.
  ['discussed', [heldCare]],
  // Radio brevity: "TXA negative" is no TXA; a note's "Concussion screen NEG" no concussion.
  ['negative', [backward]],
  ['neg', [backward]],
  // A blood type ("O neg whole blood") denies nothing.
  ...['o', 'a', 'b', 'ab'].map((type): [string, Tag[]] => [`${type} neg`, []]),
  ['?', [backward]],
];

/** Words that end the scope of a forward negation ("considered TXA but gave ketamine"). */
export const SCOPE_BREAKERS: ReadonlySet<string> = new Set([
  'but',
  'due',
  'because',
  'since',
  'so',
  'then',
  'instead',
  'which',
  'except',
  'although',
  'however',
  'and',
  'went',
  'gave',
]);
/**
 * Giving verbs said again after what a negation covered start a clause of their own: "I'm not giving the ertapenem,
 * I'm giving moxifloxacin" (with no pause between, as a transcript writes it). Said before anything is covered they
 * are the negated verb itself ("not giving the ertapenem").
 */
export const CARE_VERBS_AGAIN: ReadonlySet<string> = new Set(['giving', 'give', 'pushing', 'hanging', 'doing']);
/**
 * A hedge between a drug and a later "not given" / "held" carries the negation back across a comma or
 * "but" ("morphine considered, not given", "TXA considered but held"): the words that may stand there,
 * at least one of them from HEDGE_WORDS.
 */
export const HEDGE_BRIDGE: ReadonlySet<string> = new Set([
  'considered',
  'discussed',
  ',',
  'but',
  'was',
  'were',
  'initially',
  // A log's cells, a row read as "<time> <event>: <detail>", a note's dashes: "| ketamine | considered, held |",
  // "0450 ketamine: considered, held", "ketamine - considered, held".
  '|',
  ':',
  '-',
  // A step list's arrow ("Cric -> considered, NOT done"): the dash and '>' it is written with.
  '>',
]);
export const HEDGE_WORDS: ReadonlySet<string> = new Set(['considered', 'discussed']);
/** How many tokens a negation reaches. */
export const NEGATION_REACH = 6;
