/** Routes a drug or fluid is given by ("IM", "in the muscle", "through the IO"), and the ways in they name. */
import { route, type Lexicon, type Tag } from './tags.js';

export const ROUTE_PHRASES: Lexicon = [
  ['im', [route('IM')]],
  // "going in the muscle of your right thigh": said to the casualty in plain words.
  ['in the muscle', [route('IM')]],
  ['into the muscle', [route('IM')]],
  ['intramuscular', [route('IM')]],
  ['intramuscularly', [route('IM')]],
  // An autoinjector is pushed into the thigh muscle: "it was the ketamine autoinjector".
  ['autoinjector', [route('IM')]],
  ['auto - injector', [route('IM')]],
  ['auto injector', [route('IM')]],
  ['intranasal', [route('IN')]],
  ['intra - nasal', [route('IN')]],
  ['intranasally', [route('IN')]],
  // A transcript may split the prefix off as a word of its own ("ketamine fifty milligrams intra nasal").
  ['intra nasal', [route('IN')]],
  ['intra muscular', [route('IM')]],
  ['intra venous', [route('IV')]],
  ['intra osseous', [route('IO')]],
  ['po', [route('PO')]],
  ['by mouth', [route('PO')]],
  // The Latin the abbreviation stands for, as French and translated notes write it ("Paracetamol 1 g per os").
  ['per os', [route('PO')]],
  ['oral', [route('PO')]],
  ['orally', [route('PO')]],
  // "he swallowed them": pills taken by mouth.
  ['swallowed', [route('PO')]],
  // "Tylenol, thirteen hundred milligrams, swallow these": pills handed over to swallow.
  ...['these', 'this', 'them', 'it', 'those'].map((w): [string, Tag[]] => [`swallow ${w}`, [route('PO')]]),
  ['intravenous', [route('IV')]],
  ['intravenously', [route('IV')]],
  ['intraosseous', [route('IO')]],
  // "Narcan, four milligrams, in the nose": sprayed into the nostril, intranasal.
  ...['in the nose', 'up the nose', 'in his nose', 'in her nose', 'up his nose', 'up her nose', 'into the nose'].map(
    (w): [string, Tag[]] => [w, [route('IN')]],
  ),
  ['lozenge', [route('OTFC')]],
  ['lollipop', [route('OTFC')]],
  ['lolly pop', [route('OTFC')]],
  ['lollypop', [route('OTFC')]],
  ['lolli', [route('OTFC')]],
  ['lolly', [route('OTFC')]],
  ['transmucosal', [route('OTFC')]],
  // "oral transmucosal" is the lozenge's route, not one swallowed; a recogniser splits the word.
  ['oral transmucosal', [route('OTFC')]],
  ['trans mucosal', [route('OTFC')]],
  ['oral trans mucosal', [route('OTFC')]],
  ['iv', [{ cat: 'access', value: 'iv' }]],
  ['io', [{ cat: 'access', value: 'io' }]],
  ['ivs', [{ cat: 'access', value: 'iv' }]],
  ['i v', [{ cat: 'access', value: 'iv' }]],
  ['ios', [{ cat: 'access', value: 'io' }]],
  // "getting a line in", "got a line in": a line put in is IV access.
  ['line in', [{ cat: 'access', value: 'iv' }]],
  ["line's in", [{ cat: 'access', value: 'iv' }]],
  ['getting a line', [{ cat: 'access', value: 'iv' }]],
  ['got a line', [{ cat: 'access', value: 'iv' }]],
  ['starting a line', [{ cat: 'access', value: 'iv' }]],
  ['saline lock', [{ cat: 'access', value: 'iv' }]],
  // A line "re-sited" after one went bad is a new line put in ("IV infiltrated, re-sited R AC 18g 1420").
  ['re-sited', [{ cat: 'access', value: 'iv' }]],
  ['resited', [{ cat: 'access', value: 'iv' }]],
  // A line said to be "saline locked" is one already put in and capped: no fluid runs, and no second line.
  ['saline locked', []],
  // A British or Commonwealth medic's word for the line in a vein ("Cannula R AC 0015", "cannulated the left hand");
  // the oxygen's nasal cannula is read as the longer phrase.
  ...['cannula', 'cannulas', 'cannulae', 'cannulated', 'cannulation'].map((w): [string, Tag[]] => [
    w,
    [{ cat: 'access', value: 'iv' }],
  ]),
  // "Peripheral venous access in the right forearm", "I make venous access on the left hand": a line in a vein.
  ['venous access', [{ cat: 'access', value: 'iv' }]],
  ['intravenous access', [{ cat: 'access', value: 'iv' }]],
  // "Intraosseous access in the left humerus at 0730": a needle into the bone, as "IO" is.
  ['intraosseous access', [{ cat: 'access', value: 'io' }]],
  // "An intraosseous line was placed in the right tibia", "an intravenous line": the line itself, not the way in.
  ['intraosseous line', [{ cat: 'access', value: 'io' }]],
  ['intravenous line', [{ cat: 'access', value: 'iv' }]],
  // "Peripheral venous line right forearm": the line in a vein named as a French or Italian medic names it.
  ['venous line', [{ cat: 'access', value: 'iv' }]],
  // "got a vein", "found the vein", "hit a vein": a vein got into is IV access.
  ...['got', 'getting', 'found', 'hit'].flatMap((verb): Lexicon =>
    ['a', 'the'].map((article) => [`${verb} ${article} vein`, [{ cat: 'access', value: 'iv' }]]),
  ),
  // A translation keeps the adjective after the noun ("a way venous on the arm right", "access intraosseous").
  ['way venous', [{ cat: 'access', value: 'iv' }]],
  ['access venous', [{ cat: 'access', value: 'iv' }]],
  ['access intraosseous', [{ cat: 'access', value: 'io' }]],
  ['ez - io', [{ cat: 'access', value: 'io' }]],
  ['fast1', [{ cat: 'access', value: 'io' }]],
];
