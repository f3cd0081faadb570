/**
 * Where the body diagram puts each mark, as on the DD 1380's front: two outlines side by side, the casualty
 * seen from the front and from the back. Pure (no DOM), so the marks' places are unit-tested in Node;
 * `<body-diagram>` only draws what this returns.
 *
 * Coordinates are SVG user units in a VIEW_WIDTH x VIEW_HEIGHT box. The front figure faces the reader, so the
 * casualty's left side is on the reader's right; the back figure is seen from behind, left on the left.
 */
import type { Intervention, Location, TcccRecord } from '../../tccc/record.js';
import { INJURY_LABELS, INTERVENTION_LABELS } from '../../tccc/reports/labels.js';

export type Figure = 'front' | 'back';

export const VIEW_WIDTH = 260;
export const VIEW_HEIGHT = 214;
/** Where each figure's own 120-unit-wide box starts. */
export const FIGURE_X: Record<Figure, number> = { front: 10, back: 140 };

/** An axis-aligned box in diagram units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Location words as a person says them (the card's own labels are abbreviated: "L leg"). */
export const LOCATION_WORDS: Record<Location, string> = {
  head: 'head',
  face: 'face',
  neck: 'neck',
  chest: 'chest',
  abdomen: 'abdomen',
  pelvis: 'pelvis',
  groin: 'groin',
  back: 'back',
  left_arm: 'left arm',
  right_arm: 'right arm',
  left_leg: 'left leg',
  right_leg: 'right leg',
  other: 'other site',
};

// Parts of a figure in its own box (0..120 wide), by the reader's side: limbs swap sides between the figures.
const READER_LEFT_ARM: Box = { x: 22, y: 40, w: 14, h: 60 };
const READER_RIGHT_ARM: Box = { x: 84, y: 40, w: 14, h: 60 };
const READER_LEFT_LEG: Box = { x: 41, y: 106, w: 17, h: 88 };
const READER_RIGHT_LEG: Box = { x: 62, y: 106, w: 17, h: 88 };

const FRONT_PARTS: Partial<Record<Location, Box>> = {
  head: { x: 48, y: 5, w: 24, h: 11 },
  face: { x: 50, y: 16, w: 20, h: 13 },
  neck: { x: 54, y: 30, w: 12, h: 8 },
  chest: { x: 40, y: 38, w: 40, h: 30 },
  abdomen: { x: 42, y: 68, w: 36, h: 24 },
  pelvis: { x: 40, y: 92, w: 40, h: 10 },
  groin: { x: 50, y: 102, w: 20, h: 8 },
  right_arm: READER_LEFT_ARM,
  left_arm: READER_RIGHT_ARM,
  right_leg: READER_LEFT_LEG,
  left_leg: READER_RIGHT_LEG,
  // Beside the front figure's head, under an "Other site" caption, clear of the limbs' captions.
  other: { x: 0, y: 12, w: 34, h: 24 },
};

const BACK_PARTS: Partial<Record<Location, Box>> = {
  head: { x: 48, y: 5, w: 24, h: 24 },
  neck: { x: 54, y: 30, w: 12, h: 8 },
  back: { x: 40, y: 38, w: 40, h: 64 },
  left_arm: READER_LEFT_ARM,
  right_arm: READER_RIGHT_ARM,
  left_leg: READER_LEFT_LEG,
  right_leg: READER_RIGHT_LEG,
};

const shift = (b: Box, dx: number): Box => ({ ...b, x: b.x + dx });

/** The tappable area of each region on each figure, in diagram units. */
export const REGION_AREAS: Record<Figure, Partial<Record<Location, Box>>> = {
  front: Object.fromEntries(Object.entries(FRONT_PARTS).map(([region, box]) => [region, shift(box, FIGURE_X.front)])),
  back: Object.fromEntries(Object.entries(BACK_PARTS).map(([region, box]) => [region, shift(box, FIGURE_X.back)])),
};

/** The figure a fact at `region` is marked on: the back on the back figure, everything else on the front (as card.ts lists it). */
const figureFor = (region: Location): Figure => (region === 'back' ? 'back' : 'front');

type MarkKind = 'injury' | 'tourniquet' | 'treatment';

/** One mark: what it is, where it stands, its short caption and the fact it names. */
export interface DiagramMark {
  kind: MarkKind;
  region: Location;
  figure: Figure;
  /** Centre of the mark (for a tourniquet, of its band). */
  x: number;
  y: number;
  /** Short caption drawn beside the mark: the injury type ("GSW"), a treatment's short name, a tourniquet's time. */
  caption: string;
  /** Which way the caption runs from the mark: away from the body for limbs on the reader's left. */
  captionSide: 'left' | 'right';
  /** The fact in words: "Tourniquet, left leg, 14:02". */
  title: string;
  /** For a tourniquet: the band across the limb. */
  band?: Box;
}

const INJURY_CAPTIONS: Record<keyof typeof INJURY_LABELS, string> = {
  gsw: 'GSW',
  amputation: 'AMP',
  laceration: 'LAC',
  burn: 'BURN',
  fracture: 'FX',
  penetrating: 'PEN',
  blunt: 'BLUNT',
  hemorrhage: 'BLEED',
  tension_pneumothorax: 'TPX',
  open_chest_wound: 'OCW',
  tbi: 'TBI',
  other: 'INJ',
};

const TREATMENT_CAPTIONS: Record<Intervention['type'], string> = {
  tourniquet: 'TQ',
  junctional_tourniquet: 'JTQ',
  pressure_dressing: 'PD',
  hemostatic_dressing: 'HD',
  npa: 'NPA',
  cric: 'CRIC',
  sga: 'SGA',
  et_tube: 'ET',
  chest_seal: 'CS',
  needle_decompression: 'ND',
  chest_tube: 'CT',
  oxygen: 'O2',
  iv: 'IV',
  io: 'IO',
  splint: 'SPL',
  pelvic_binder: 'PB',
  hypothermia_prevention: 'HPMK',
  eye_shield: 'EYE',
  other: 'TX',
};

const LIMBS = new Set<Location>(['left_arm', 'right_arm', 'left_leg', 'right_leg']);
const isTourniquet = (i: Intervention): boolean => i.type === 'tourniquet' || i.type === 'junctional_tourniquet';
const comma = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join(', ');

/** Tourniquet bands stack from the top of the limb ("high and tight"), this far apart. */
const BAND_STEP = 9;
const BAND_HEIGHT = 4;

interface Pending {
  kind: MarkKind;
  region: Location;
  caption: string;
  title: string;
}

/** Every mark the record puts on the diagram. Interventions without a site, fluids, medications and vitals have none. */
export function diagramMarks(record: TcccRecord): DiagramMark[] {
  const pending: Pending[] = [];
  for (const injury of record.injuries ?? []) {
    const type = INJURY_LABELS[injury.type];
    pending.push({
      kind: 'injury',
      region: injury.location,
      caption: INJURY_CAPTIONS[injury.type],
      title: comma(type, LOCATION_WORDS[injury.location]) + (injury.note ? ` (${injury.note})` : ''),
    });
  }
  for (const i of record.interventions ?? []) {
    if (!i.location) continue;
    if (isTourniquet(i)) {
      const name = i.type === 'tourniquet' ? 'Tourniquet' : 'Junctional tourniquet';
      pending.push({
        kind: 'tourniquet',
        region: i.location,
        caption: i.time ?? TREATMENT_CAPTIONS[i.type],
        title: comma(name, LOCATION_WORDS[i.location], i.time ?? 'time not stated'),
      });
    } else {
      pending.push({
        kind: 'treatment',
        region: i.location,
        caption: TREATMENT_CAPTIONS[i.type],
        title: comma(INTERVENTION_LABELS[i.type], LOCATION_WORDS[i.location], i.time),
      });
    }
  }
  const marks: DiagramMark[] = [];
  for (const region of new Set(pending.map((p) => p.region))) {
    const figure = figureFor(region);
    const area = REGION_AREAS[figure][region]!;
    const here = pending.filter((p) => p.region === region);
    const bands = here.filter((p) => p.kind === 'tourniquet');
    const spots = here.filter((p) => p.kind !== 'tourniquet');
    // Captions run away from the body from a limb on the reader's left; elsewhere to the right of the mark.
    const captionSide = LIMBS.has(region) && area.x + area.w / 2 < FIGURE_X[figure] + 60 ? 'left' : 'right';
    const centre = area.x + area.w / 2;
    bands.forEach((p, i) => {
      const y = Math.min(area.y + 4 + i * BAND_STEP, area.y + area.h - BAND_HEIGHT);
      marks.push({
        ...p,
        figure,
        x: centre,
        y,
        captionSide,
        band: { x: area.x - 2, y: y - BAND_HEIGHT / 2, w: area.w + 4, h: BAND_HEIGHT },
      });
    });
    // The other marks share what the bands leave of the area, evenly spaced from top to bottom.
    const top = bands.length ? Math.min(area.y + 4 + bands.length * BAND_STEP, area.y + area.h - 2) : area.y;
    const room = area.y + area.h - top;
    spots.forEach((p, i) =>
      marks.push({ ...p, figure, x: centre, y: top + (room * (i + 1)) / (spots.length + 1), captionSide }),
    );
  }
  return marks;
}

/** The diagram's accessible name: what it is and every mark on it, so a screen reader hears the whole picture. */
export function diagramName(marks: readonly DiagramMark[]): string {
  return marks.length
    ? `Body diagram, front and back: ${marks.map((m) => m.title).join('; ')}`
    : 'Body diagram, front and back: nothing marked';
}
