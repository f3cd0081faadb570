/** Mechanisms named without a wound: explosives, falls, vehicles, crush and fire, as medics say them. */
import { mech, type Lexicon, type Tag } from './tags.js';

/** Land vehicles a casualty rides or drives. */
export const VEHICLES = [
  'vehicle',
  'car',
  'truck',
  'pickup',
  'humvee',
  'hmmwv',
  'mrap',
  'jeep',
  'bus',
  'minibus',
  'van',
  'bike',
  'motorbike',
  'scooter',
  'moped',
  'motorcycle',
  'quad',
  'atv',
  'utv',
  'snowmobile',
  'tractor',
  'forklift',
  'four-wheeler',
  'matv',
  'mrzr',
  'lmtv',
  'hilux',
  // Armoured vehicles a crew rides in ("the JLTV rolled", "Stryker flipped").
  'jltv',
  'stryker',
  'bradley',
  // Mine-resistant trucks by their makers' names ("Cougar got hit by an IED").
  'cougar',
  'maxxpro',
  'caiman',
  'buffalo',
  // A two-seat utility vehicle, as soldiers name it.
  'side by side',
  'side-by-side',
];
/** What a vehicle does in a crash, said right after it ("the quad bike rolled", "snowmobile went through a fence"). */
const CRASH_VERBS = [
  'rolled',
  'flipped',
  'crashed',
  'overturned',
  'tipped over',
  'skidded',
  'collided',
  'went through',
  'went into',
  'went under',
  'went off the road',
  'went off the shoulder',
  'left the road',
];
/** What a rider does to the vehicle in a crash, said before it ("wrapped his motorbike round a post"). */
const RIDER_CRASH_VERBS = ['crashed', 'rolled', 'flipped', 'wrapped', 'wrecked', 'totaled', 'totalled', 'overturned'];
const OWNERS = ['his', 'her', 'their', 'the'];
/**
 * "<vehicle> <crash verb>" for every pair ("when his MRAP rolled"), and the vehicle named again as "it" ("came off the
 * four-wheeler when it rolled"): a vehicle crash is a motor vehicle collision.
 */
const VEHICLE_CRASHES: [string, Tag[]][] = VEHICLES.flatMap((v) => [
  ...CRASH_VERBS.flatMap((verb): [string, Tag[]][] => [
    [`${v} ${verb}`, [mech('mvc')]],
    [`${v} when it ${verb}`, [mech('mvc')]],
    // "the Humvee that flipped", "off the side by side it rolled": the vehicle said again by a relative or a pronoun.
    [`${v} that ${verb}`, [mech('mvc')]],
    [`${v} it ${verb}`, [mech('mvc')]],
  ]),
  // What ran into what ("motorcycle versus our lead MRAP", "car vs pedestrian"): a collision named by its parties.
  [`${v} versus`, [mech('mvc')]],
  [`${v} vs`, [mech('mvc')]],
  // The rider said to have crashed the vehicle ("wrapped his motorbike round a lamp post", "rolled the quad").
  ...RIDER_CRASH_VERBS.flatMap((verb) =>
    OWNERS.map((owner): [string, Tag[]] => [`${verb} ${owner} ${v}`, [mech('mvc')]]),
  ),
]);

/** Aircraft a crew and passengers ride in, as soldiers name them ("the Huey", "the bird"). */
const AIRCRAFT = ['helicopter', 'helo', 'aircraft', 'black hawk', 'blackhawk', 'chinook', 'huey', 'bird'];
/**
 * An aircraft coming down ("hard landing", "the Chinook crashed", "the downed Huey") has no mechanism of
 * its own in the schema: those hurt in it were hurt by "other", whatever else hit them (a fire, a door on a leg).
 */
const AIRCRAFT_CRASHES: [string, Tag[]][] = [
  ['hard landing', [mech('other')]],
  ['crash landing', [mech('other')]],
  ['crash landed', [mech('other')]],
  ['crash-landed', [mech('other')]],
  ...AIRCRAFT.flatMap((a): [string, Tag[]][] => [
    [`${a} crash`, [mech('other')]],
    [`${a} crashed`, [mech('other')]],
    [`${a} went down`, [mech('other')]],
    [`downed ${a}`, [mech('other')]],
  ]),
];

export const MECHANISM_PHRASES: Lexicon = [
  // Explosives.
  ['ied', [mech('ied')]],
  ['vbied', [mech('ied')]],
  // An explosively formed penetrator: a roadside device that fires a slug through armour.
  ['efp', [mech('ied')]],
  ['improvised explosive device', [mech('ied')]],
  // A bomb planted or driven in is an improvised device.
  ['car bomb', [mech('ied')]],
  ['roadside bomb', [mech('ied')]],
  ['pipe bomb', [mech('ied')]],
  ['suicide bomber', [mech('ied')]],
  ['suicide vest', [mech('ied')]],
  // A charge set off by one's own side is a blast, not an improvised device.
  ['demolition charge', [mech('blast')]],
  ['demo charge', [mech('blast')]],
  ['breaching charge', [mech('blast')]],
  ['satchel charge', [mech('blast')]],
  ['blast', [mech('blast')]],
  ['explosion', [mech('blast')]],
  ['exploded', [mech('blast')]],
  ['grenade', [mech('grenade')]],
  ['frag grenade', [mech('grenade')]],
  ['landmine', [mech('landmine')]],
  ['land mine', [mech('landmine')]],
  ['mine', [mech('landmine')]],
  // The pronoun, never a landmine: "plus me but mine's just a couple scratches", "a buddy of mine".
  ["mine's", []],
  ['of mine', []],
  // "Vance is mine", "both mine priority": whose patient he is.
  ['is mine', []],
  ['are mine', []],
  ['both mine', []],
  ['all mine', []],
  // "He lettered his, I numbered mine": the medic's own labels or cards, no landmine.
  ['numbered mine', []],
  ['lettered mine', []],
  ['mine strike', [mech('landmine')]],
  ['rpg', [mech('rpg')]],
  ['rocket propelled grenade', [mech('rpg')]],
  ['rocket - propelled grenade', [mech('rpg')]],
  ['artillery', [mech('artillery')]],
  ['mortar', [mech('artillery')]],
  ['mortar round', [mech('artillery')]],
  ['mortar rounds', [mech('artillery')]],
  ['artillery round', [mech('artillery')]],
  ['artillery rounds', [mech('artillery')]],
  ['tank round', [mech('artillery')]],
  ['rocket', [mech('rpg')]],
  // Rockets fired at a base from afar are indirect fire, no grenade: "Rocket attack on FOB Hadley", "two 122mm rockets".
  ['rocket attack', [mech('artillery')]],
  ['rocket attacks', [mech('artillery')]],
  ['107mm rocket', [mech('artillery')]],
  ['107mm rockets', [mech('artillery')]],
  ['122mm rocket', [mech('artillery')]],
  ['122mm rockets', [mech('artillery')]],
  ['mortars', [mech('artillery')]],
  ['indirect fire', [mech('artillery')]],
  ['idf', [mech('artillery')]],
  ['arty', [mech('artillery')]],
  ['arty round', [mech('artillery')]],
  ['artillery shell', [mech('artillery')]],
  ['mortar shell', [mech('artillery')]],
  ['incoming round', [mech('artillery')]],
  ['incoming rounds', [mech('artillery')]],
  // A unit's branch names no weapon that hurt anyone: "1-161 Field Artillery", "Alpha Battery, 320th Field Artillery".
  ['field artillery', []],
  ['royal artillery', []],
  ['air defense artillery', []],
  ['air defence artillery', []],
  ['artillery regiment', []],
  // Falls, vehicles, crush.
  ['fall', [mech('fall')]],
  // The chest's movement with each breath, no fall: "R: bilat rise and fall", "equal rise and fall of the chest".
  ['rise and fall', []],
  ['fell', [mech('fall')]],
  // "One of our artillery rounds fell short": a round landing short of its target, no one falling.
  ['fell short', []],
  ['falls short', []],
  ['falling short', []],
  ['fallen', [mech('fall')]],
  // A jump from a height is a fall ("jumped off the tanker deck", "jumped from the window").
  ['jumped off', [mech('fall')]],
  ['jumped from', [mech('fall')]],
  ['mvc', [mech('mvc')]],
  ['mva', [mech('mvc')]],
  // The British names of a vehicle crash ("so an RTC, he rolled it on the bend").
  ['rtc', [mech('mvc')]],
  ['road traffic collision', [mech('mvc')]],
  ['road traffic accident', [mech('mvc')]],
  ['rollover', [mech('mvc')]],
  ['roll over', [mech('mvc')]],
  ['rolled over', [mech('mvc')]],
  ['rolled onto', [mech('mvc')]],
  ['vehicle rollover', [mech('mvc')]],
  ['vehicle crash', [mech('mvc')]],
  ['vehicle accident', [mech('mvc')]],
  ['vehicle collision', [mech('mvc')]],
  ['crashed', [mech('mvc')]],
  // Two vehicles meeting front to front ("head-on with a pickup that crossed the median"); never "his head on the dash".
  ['head-on', [mech('mvc')]],
  ['hit by a vehicle', [mech('mvc')]],
  ['struck by a vehicle', [mech('mvc')]],
  ['hit by a truck', [mech('mvc')]],
  ['hit by a car', [mech('mvc')]],
  ['struck by a car', [mech('mvc')]],
  ['struck by a truck', [mech('mvc')]],
  ['hit by vehicle', [mech('mvc')]],
  ['struck by vehicle', [mech('mvc')]],
  ['pedestrian struck', [mech('mvc')]],
  ['run over', [mech('mvc')]],
  ['ran over', [mech('mvc')]],
  // A vehicle driven into another's side or back ("a dump truck T-boned them", "we got rear-ended at the checkpoint").
  ['t-boned', [mech('mvc')]],
  ['t boned', [mech('mvc')]],
  ['rear-ended', [mech('mvc')]],
  ['rear ended', [mech('mvc')]],
  ['crush', [mech('crush')]],
  ['crushed', [mech('crush')]],
  // Held fast under a weight, whatever held him ("both pinned when the conex came off the forklift", "pinned by a
  // beam"); but a unit kept down by fire is no crush ("pinned down by the PKM").
  ['pinned', [mech('crush')]],
  ['pinned down', []],
  ['pinned under', [mech('crush')]],
  ['pinned beneath', [mech('crush')]],
  ['trapped under', [mech('crush')]],
  ['collapsed on', [mech('crush')]],
  // A landing gear or a bridge giving way when something happened ("Aft gear collapsed on touchdown"): no one under it.
  ['collapsed on touchdown', []],
  ['collapsed on landing', []],
  ['collapsed on impact', []],
  // Held between two things that close on the casualty ("caught between the two trucks", "pinned between the ramp and the hull").
  ['caught between', [mech('crush')]],
  ['pinned between', [mech('crush')]],
  ['trapped between', [mech('crush')]],
  ['crushed between', [mech('crush')]],
  // A weight falling on the casualty ("the wall came down on her"); not "came down on his ankle", a landing.
  ['came down on her', [mech('crush')]],
  ['came down on him', [mech('crush')]],
  ['came down on them', [mech('crush')]],
  ['came down on top of', [mech('crush')]],
  // A "building collapse" or "wall collapse" names the event, not how each casualty in it was hurt ("all three caught
  // in it … hit by falling concrete" is blunt): the crush is read from what held him ("pinned under", "crushed").
  ['burning', [mech('burn')]],
  // A symptom of gas or smoke felt where it stings, not a fire ("eyes burning", "a burning pain"): stop phrases.
  ...['eyes', 'eye', 'throat', 'skin', 'lungs', 'nose'].map((part): [string, Tag[]] => [`${part} burning`, []]),
  ...['eyes', 'throat', 'pain', 'sensation'].map((what): [string, Tag[]] => [`burning ${what}`, []]),
  ['house fire', [mech('burn')]],
  ['vehicle fire', [mech('burn')]],
  ['flare', [mech('burn')]],
  // An electrical arc burns: "arc flash off the panel" (a flash alone may be a blast's, or an IV's flashback).
  ['arc flash', [mech('burn')]],
  ...VEHICLE_CRASHES,
  ...AIRCRAFT_CRASHES,
];
