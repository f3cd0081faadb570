/** Mechanisms and injuries as medics name them, with abbreviations and slang (interventions: interventions.ts). */
import { MECHANISM_PHRASES } from './mechanisms.js';
import { injury, mech, type Lexicon, type Tag } from './tags.js';

/** Things beside a soldier a round may hit instead of him. */
const STRUCK_THINGS = ['doorframe', 'door frame', 'wall', 'frame', 'ground', 'rock', 'base of the tower'];
/** Things a round goes through or glances off into the soldier ("hit the vehicle and went through the door into his
 * thigh", "hit the tower and went into his thigh"): beside him only when said so ("hit the door next to him"). */
const PIERCED_THINGS = ['door', 'window', 'vehicle', 'truck', 'tower'];
const BESIDE = ['next to', 'beside', 'near'];

export const MECHANISM_AND_INJURY_PHRASES: Lexicon = [
  // Gunshot: the word names both the mechanism and the wound.
  ['gsw', [mech('gsw'), injury('gsw')]],
  ['gsws', [mech('gsw'), injury('gsw')]],
  ['gunshot', [mech('gsw'), injury('gsw')]],
  ['gunshot wound', [mech('gsw'), injury('gsw')]],
  ['gunshot wounds', [mech('gsw'), injury('gsw')]],
  // A speech recogniser's split words ("gun shot wound", "tx a", "i v").
  ['gun shot', [mech('gsw'), injury('gsw')]],
  ['gun shot wound', [mech('gsw'), injury('gsw')]],
  ['round', [mech('gsw'), injury('gsw')]],
  ['rounds', [mech('gsw'), injury('gsw')]],
  // A round pointed back to ("all five from that round") is the one already named, an artillery round as often as a
  // bullet: it names no mechanism of its own. Not "same round": "same round, through and through R thigh" names the
  // wound it made.
  ['that round', []],
  ['that one round', []],
  // So is "the same round" that hurt them all ("all 3 pts from the same round", "both hit by the same round").
  ['from the same round', []],
  ['by the same round', []],
  // A round that lands or impacts ("rounds impacted inside the patrol base at 0205, arty") is fired from afar, a shell
  // as often as a bullet: it names no mechanism of its own; the weapon said with it does.
  ...['round', 'rounds'].flatMap((r) => ['impacted', 'landed'].map((verb): [string, Tag[]] => [`${r} ${verb}`, []])),
  // So does a round setting off what was stored there ("a round set off the ammo crates"); rounds walking across
  // a camp ("rounds walking across the FOB") are fire adjusted onto it from afar: indirect fire.
  ['round set off', []],
  ['rounds set off', []],
  ...['round', 'rounds'].flatMap((r) =>
    ['walking', 'walked'].map((verb): [string, Tag[]] => [`${r} ${verb}`, [mech('artillery')]]),
  ),
  // A round that hit a thing beside the soldier ("the round hit the doorframe next to his head") wounded no one; what
  // it threw off may have ("spall went into his face").
  ...['round', 'rounds', 'bullet'].flatMap((r) =>
    ['hit', 'struck'].flatMap((verb) =>
      [...STRUCK_THINGS, ...PIERCED_THINGS.flatMap((thing) => BESIDE.map((where) => `${thing} ${where}`))].map(
        (thing): [string, Tag[]] => [`${r} ${verb} the ${thing}`, []],
      ),
    ),
  ),
  ['incoming round', []],
  ['incoming rounds', []],
  // "wrapped his motorbike round a lamp post": "round" before an article is the preposition, never a bullet.
  ['round a', []],
  ['round an', []],
  ['round the', []],
  ['bullet', [mech('gsw'), injury('gsw')]],
  // A bullet as a translation from French or Polish keeps it ("touché par une balle": "touched by a ball", "a ball of
  // kalachnikov"): a ball only where it hit someone or was fired from a rifle.
  ['touched by a ball', [mech('gsw'), injury('gsw')]],
  ['hit by a ball', [mech('gsw'), injury('gsw')]],
  ...['kalashnikov', 'kalachnikov', 'kalasznikow', 'rifle', 'ak'].map((gun): [string, Tag[]] => [
    `ball of ${gun}`,
    [mech('gsw'), injury('gsw')],
  ]),
  ['bullet wound', [mech('gsw'), injury('gsw')]],
  ['shot in', [mech('gsw'), injury('gsw')]],
  // "I gave him the shot in the leg for the pain": the injection given, no gunshot.
  ['the shot in the', []],
  ['shot through', [mech('gsw'), injury('gsw')]],
  // "shot left side of chest": the side said with no "in" before the part (the part after it is the wound's place).
  ...['left', 'right'].flatMap((side): [string, Tag[]][] => [
    [`shot ${side} side`, [mech('gsw'), injury('gsw')]],
    [`the shot ${side} side`, []],
  ]),
  ['got shot', [mech('gsw'), injury('gsw')]],
  ['was shot', [mech('gsw'), injury('gsw')]],
  ['sniper', [mech('gsw')]],
  ['small arms', [mech('gsw')]],
  ['small arms fire', [mech('gsw')]],
  ['saf', [mech('gsw')]],
  ...MECHANISM_PHRASES,
  // Injuries.
  ['amputation', [injury('amputation')]],
  ['amp', [injury('amputation')]],
  ['amputated', [injury('amputation')]],
  ['amputations', [injury('amputation')]],
  ['amps', [injury('amputation')]],
  // "a two mil amp", "one gram per ten-mil amp", "the whole amp", "drawing both amps": the ampoule a drug comes in, no
  // amputation; nor is "a second amp", "the 2nd amp", "another amp" opened in a drug log.
  ...['ml', 'mil', 'cc', 'per', 'both', 'whole', 'full', 'second', '2nd', 'third', '3rd', 'another', 'new'].flatMap(
    (w) => ['amp', 'amps'].map((a): [string, Tag[]] => [`${w} ${a}`, []]),
  ),
  // Amputation said without the word: "left leg's gone below the knee".
  ['gone below the knee', [injury('amputation')]],
  ['gone above the knee', [injury('amputation')]],
  ['gone below the elbow', [injury('amputation')]],
  ['gone above the elbow', [injury('amputation')]],
  ['aka', [injury('amputation')]],
  ['bka', [injury('amputation')]],
  ['akas', [injury('amputation')]],
  ['bkas', [injury('amputation')]],
  ['lac', [injury('laceration')]],
  ['lacs', [injury('laceration')]],
  ['laceration', [injury('laceration')]],
  // "cut" as a wound only after an article or size word or as a plural; "cut away the sleeve" is not one.
  ['a cut', [injury('laceration')]],
  ['the cut', [injury('laceration')]],
  ['small cut', [injury('laceration')]],
  ['deep cut', [injury('laceration')]],
  ['large cut', [injury('laceration')]],
  ['big cut', [injury('laceration')]],
  ['bad cut', [injury('laceration')]],
  ['cut on', [injury('laceration')]],
  ['cut up', [injury('laceration')]],
  ['gash', [injury('laceration')]],
  ['gashes', [injury('laceration')]],
  ['cuts', [injury('laceration')]],
  ['lacerations', [injury('laceration')]],
  ['burn', [injury('burn'), mech('burn')]],
  ['burns', [injury('burn'), mech('burn')]],
  ['burned', [injury('burn'), mech('burn')]],
  ['burnt', [injury('burn'), mech('burn')]],
  ['fx', [injury('fracture')]],
  ['fxs', [injury('fracture')]],
  ['fracture', [injury('fracture')]],
  ['fractures', [injury('fracture')]],
  ['fractured', [injury('fracture')]],
  ['broken', [injury('fracture')]],
  // A limb bent out of shape is read as broken ("right wrist is deformed, splinted").
  ['deformed', [injury('fracture')]],
  // Stop phrases: the words match here so that no shorter phrase inside them does.
  ['broken glass', []],
  ['broken window', []],
  // "broke out in hives" (the slip corrector reads "broke" as "broken"): a rash or a sweat, not a bone.
  ['broken out', []],
  ['frag', [injury('penetrating')]],
  ['frags', [injury('penetrating')]],
  ['frag wound', [injury('penetrating')]],
  ['frag wounds', [injury('penetrating')]],
  ['fragment', [injury('penetrating')]],
  ['fragments', [injury('penetrating')]],
  ['fragment wound', [injury('penetrating')]],
  ['fragment wounds', [injury('penetrating')]],
  ['fragmentation wounds', [injury('penetrating')]],
  ['shrapnel', [injury('penetrating')]],
  // Bits of a wall or a vehicle a round or blast knocks loose ("spall went into his right eye").
  ['spall', [injury('penetrating')]],
  // A splinter driven in by a blast or a fall ("a wood splinter went into her right eye") is a penetrating wound.
  ['splinter', [injury('penetrating')]],
  ['splinters', [injury('penetrating')]],
  ['penetrating', [injury('penetrating')]],
  ['stab wound', [mech('other'), injury('penetrating')]],
  ['stab wounds', [mech('other'), injury('penetrating')]],
  ['stabbed', [mech('other')]],
  // A blade used on the casualty ("cut in a knife fight"); a knife alone may be the one that cut the clothes off.
  ['knife fight', [mech('other')]],
  ['knife attack', [mech('other')]],
  ['knife wound', [mech('other'), injury('penetrating')]],
  ['machete', [mech('other')]],
  ['bayonet', [mech('other')]],
  ['dog bite', [mech('other')]],
  ['animal bite', [mech('other')]],
  ['bitten', [mech('other')]],
  // Non-battle injuries the list has no mechanism for: a snake's bite, an electric shock, the heat.
  ['snakebite', [mech('other')]],
  ['snake bite', [mech('other')]],
  ['electrocution', [mech('other')]],
  ['electrocuted', [mech('other')]],
  ['electrical injury', [mech('other')]],
  ['heat stroke', [mech('other')]],
  ['heatstroke', [mech('other')]],
  // The cold and poison gas hurt without a wound the list names: frozen flesh, a buried climber, a gassed casualty.
  ['frostbite', [mech('other')]],
  ['frostbitten', [mech('other')]],
  ['avalanche', [mech('other')]],
  ['nerve agent', [mech('other')]],
  ['chlorine', [mech('other')]],
  ['chemical agent', [mech('other')]],
  ['blister agent', [mech('other')]],
  // "blunt chest L side", "blunt abd trauma": blunt said with the part it struck.
  ['blunt', [injury('blunt')]],
  ['blunt trauma', [injury('blunt')]],
  ['blunt injury', [injury('blunt')]],
  // A bruise is the mark of a blunt blow where it is seen.
  ['bruising', [injury('blunt')]],
  ['bruise', [injury('blunt')]],
  ['bruises', [injury('blunt')]],
  ['bruised', [injury('blunt')]],
  ['contusion', [injury('blunt')]],
  ['contusions', [injury('blunt')]],
  ['hemorrhage', [injury('hemorrhage')]],
  ['haemorrhage', [injury('hemorrhage')]],
  ['tension pneumo', [injury('tension_pneumothorax', 'chest')]],
  ['tension pneumothorax', [injury('tension_pneumothorax', 'chest')]],
  ['tension ptx', [injury('tension_pneumothorax', 'chest')]],
  ['sucking chest wound', [injury('open_chest_wound', 'chest')]],
  ['sucking', [injury('open_chest_wound', 'chest')]],
  ['sucking wound', [injury('open_chest_wound', 'chest')]],
  ['open chest wound', [injury('open_chest_wound', 'chest')]],
  ['open pneumothorax', [injury('open_chest_wound', 'chest')]],
  ['head injury', [injury('tbi', 'head')]],
  ['head trauma', [injury('tbi', 'head')]],
  ['tbi', [injury('tbi', 'head')]],
  ['traumatic brain injury', [injury('tbi', 'head')]],
  ['concussion', [injury('tbi', 'head')]],
];
