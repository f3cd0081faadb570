/** Body sides and regions: how words for parts of the body map to the record's locations. */
import type { Location } from '../../record.js';

export type Side = 'left' | 'right' | 'both';

export const SIDE_WORDS: Readonly<Record<string, Side>> = {
  left: 'left',
  l: 'left',
  lt: 'left',
  lft: 'left',
  right: 'right',
  r: 'right',
  rt: 'right',
  // A texter spelling by ear ("torniquet on rite thy"): no other word of a casualty's care is spelt so.
  rite: 'right',
  both: 'both',
  bilateral: 'both',
  bilat: 'both',
  bilaterally: 'both',
  // "one in each AC", "a TQ on each leg".
  each: 'both',
};

/** A limb word needs a side to become a location; other regions stand alone. */
export type Region = 'arm' | 'leg' | Exclude<Location, 'left_arm' | 'right_arm' | 'left_leg' | 'right_leg'>;

export const BODY_PART_WORDS: Readonly<Record<string, Region>> = {
  // Arm: hand, forearm, elbow, shoulder and AC all map to the arm.
  arm: 'arm',
  arms: 'arm',
  forearm: 'arm',
  forearms: 'arm',
  hand: 'arm',
  hands: 'arm',
  wrist: 'arm',
  wrists: 'arm',
  elbow: 'arm',
  shoulder: 'arm',
  shoulders: 'arm',
  ac: 'arm',
  acs: 'arm',
  antecubital: 'arm',
  humerus: 'arm',
  humeral: 'arm',
  // "EZ-IO L hum", "IO R hum": the humerus cut short, as "tib" is the tibia.
  hum: 'arm',
  bicep: 'arm',
  biceps: 'arm',
  tricep: 'arm',
  triceps: 'arm',
  finger: 'arm',
  fingers: 'arm',
  thumb: 'arm',
  palm: 'arm',
  radius: 'arm',
  ulna: 'arm',
  axilla: 'arm',
  armpit: 'arm',
  deltoid: 'arm',
  // Leg: thigh, knee, shin, ankle, foot all map to the leg.
  leg: 'leg',
  legs: 'leg',
  thigh: 'leg',
  thighs: 'leg',
  // "shrapnel in rite thy": the thigh spelt by ear; the old "thy" (your) is no word of a casualty's care.
  thy: 'leg',
  knee: 'leg',
  knees: 'leg',
  shin: 'leg',
  shins: 'leg',
  calf: 'leg',
  calves: 'leg',
  ankle: 'leg',
  ankles: 'leg',
  foot: 'leg',
  feet: 'leg',
  toe: 'leg',
  toes: 'leg',
  femur: 'leg',
  femoral: 'leg',
  tibia: 'leg',
  tibial: 'leg',
  tib: 'leg',
  fibula: 'leg',
  fib: 'leg',
  heel: 'leg',
  hamstring: 'leg',
  quad: 'leg',
  quadricep: 'leg',
  thight: 'leg',
  // "Left leg's gone below the knee": the limb with its clitic.
  "leg's": 'leg',
  "arm's": 'arm',
  "foot's": 'leg',
  "hand's": 'arm',
  // Above- and below-knee amputations name the limb: "bilat BKA" is both legs.
  bka: 'leg',
  bkas: 'leg',
  aka: 'leg',
  akas: 'leg',
  // Head and face.
  head: 'head',
  scalp: 'head',
  skull: 'head',
  forehead: 'head',
  temple: 'head',
  occiput: 'head',
  ear: 'head',
  ears: 'head',
  face: 'face',
  facial: 'face',
  eye: 'face',
  eyes: 'face',
  cheek: 'face',
  jaw: 'face',
  mandible: 'face',
  nose: 'face',
  mouth: 'face',
  lip: 'face',
  lips: 'face',
  chin: 'face',
  eyebrow: 'face',
  eyebrows: 'face',
  orbit: 'face',
  maxilla: 'face',
  neck: 'neck',
  throat: 'neck',
  chest: 'chest',
  thorax: 'chest',
  // "penetrating wound of the right hemithorax": one side of the chest.
  hemithorax: 'chest',
  thoracic: 'chest',
  sternum: 'chest',
  sternal: 'chest',
  rib: 'chest',
  ribs: 'chest',
  pec: 'chest',
  abdomen: 'abdomen',
  abd: 'abdomen',
  abdominal: 'abdomen',
  belly: 'abdomen',
  stomach: 'abdomen',
  gut: 'abdomen',
  rlq: 'abdomen',
  llq: 'abdomen',
  ruq: 'abdomen',
  luq: 'abdomen',
  pelvis: 'pelvis',
  pelvic: 'pelvis',
  hip: 'pelvis',
  hips: 'pelvis',
  groin: 'groin',
  inguinal: 'groin',
  back: 'back',
  spine: 'back',
  lumbar: 'back',
  flank: 'back',
};

/** Parts with no region in the record's conventions (collarbone: arm or chest?): an injury there is left out, not guessed. */
export const UNMAPPED_PARTS: ReadonlySet<string> = new Set([
  'collarbone',
  'collar',
  'clavicle',
  'clavicular',
  'scapula',
  'scapular',
  'buttock',
  'buttocks',
  'glute',
  'gluteal',
]);

/** Extremity abbreviations that name side and limb in one word ("TQ RUE"). */
export const LIMB_CODES: Readonly<Record<string, Location>> = {
  rue: 'right_arm',
  lue: 'left_arm',
  rle: 'right_leg',
  lle: 'left_leg',
};

/**
 * Words for a whole limb that say which by "upper" or "lower" before them ("right upper extremity", "left lower
 * limb"): the upper one is the arm, the lower the leg. A heading's limb keeps its side ("Left lower limb: a wound in
 * the popliteal fossa"): the words read back from a wound are never cut inside a place (injuries.ts).
 */
export const LIMB_WORDS: ReadonlySet<string> = new Set(['extremity', 'extremities', 'limb', 'limbs']);

/** Words allowed between a side and its body part ("left upper arm", "left side of the neck"). */
export const LOCATION_FILLERS: ReadonlySet<string> = new Set([
  'upper',
  'lower',
  'mid',
  'middle',
  'distal',
  'proximal',
  'side',
  'of',
  'the',
  'his',
  'her',
  'their',
  'your',
  'inner',
  'outer',
  'lateral',
  'medial',
  'anterior',
  'posterior',
  'front',
  'rear',
  'high',
  'low',
  'above',
  'below',
  ',',
  // "below-knee", "right-sided": a hyphen inside a location phrase.
  '-',
]);

/** The record location of a limb on one side ("left" + "arm" → left_arm). */
export function limbLocation(region: 'arm' | 'leg', side: 'left' | 'right'): Location {
  return `${side}_${region}` as Location;
}

/** A word that names a side, a body part or a limb: part of a location as said. */
export const isLocationWord = (w: string): boolean =>
  Object.hasOwn(SIDE_WORDS, w) || Object.hasOwn(BODY_PART_WORDS, w) || Object.hasOwn(LIMB_CODES, w);
