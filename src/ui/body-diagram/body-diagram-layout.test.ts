import { describe, expect, it } from 'vitest';
import { LOCATIONS, type Location, type TcccRecord } from '../../tccc/record.js';
import {
  FIGURE_X,
  LOCATION_WORDS,
  REGION_AREAS,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  diagramMarks,
  diagramName,
  type Box,
  type DiagramMark,
} from './body-diagram-layout.js';

const inside = (x: number, y: number, b: Box) => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
const LIMBS: Location[] = ['left_arm', 'right_arm', 'left_leg', 'right_leg'];

describe('diagramMarks', () => {
  // Every region has an injury; every limb two tourniquets; the groin a junctional one; the chest a chest seal.
  const record: TcccRecord = {
    injuries: LOCATIONS.map((location) => ({ type: 'gsw' as const, location })),
    interventions: [
      ...LIMBS.flatMap((location, i) => [
        { type: 'tourniquet' as const, location, time: `14:0${i}` },
        { type: 'tourniquet' as const, location, time: `14:1${i}` },
      ]),
      { type: 'junctional_tourniquet', location: 'groin', time: '14:30' },
      { type: 'chest_seal', location: 'chest', time: '14:31' },
      { type: 'iv' }, // no site: nothing to mark
    ],
  };
  const marks = diagramMarks(record);
  const at = (region: Location, kind: DiagramMark['kind']) =>
    marks.filter((m) => m.region === region && m.kind === kind);

  it('marks each injury at its region, on the back figure for the back and the front for the rest', () => {
    for (const location of LOCATIONS) {
      const [mark, ...more] = at(location, 'injury');
      expect(more).toEqual([]);
      expect(mark).toMatchObject({
        figure: location === 'back' ? 'back' : 'front',
        caption: 'GSW',
        title: `GSW, ${LOCATION_WORDS[location]}`,
      });
      expect(inside(mark.x, mark.y, REGION_AREAS[mark.figure][location]!)).toBe(true);
    }
  });

  it('draws each tourniquet as a band across its limb, highest first, with its time beside it', () => {
    LIMBS.forEach((location, i) => {
      const [first, second] = at(location, 'tourniquet');
      const limb = REGION_AREAS.front[location]!;
      for (const band of [first.band!, second.band!]) {
        expect(band.x).toBeLessThan(limb.x); // across the whole limb
        expect(band.x + band.w).toBeGreaterThan(limb.x + limb.w);
        expect(inside(limb.x + limb.w / 2, band.y + band.h / 2, limb)).toBe(true);
      }
      expect(first.y).toBeLessThan(second.y);
      expect(second.band!.y).toBeGreaterThanOrEqual(first.band!.y + first.band!.h); // bands do not overlap
      expect(first).toMatchObject({ caption: `14:0${i}`, title: `Tourniquet, ${LOCATION_WORDS[location]}, 14:0${i}` });
      // The limb's injury sits below its bands, still on the limb.
      const [injury] = at(location, 'injury');
      expect(injury.y).toBeGreaterThan(second.band!.y + second.band!.h);
      expect(inside(injury.x, injury.y, limb)).toBe(true);
    });
    expect(at('groin', 'tourniquet')[0]).toMatchObject({
      title: 'Junctional tourniquet, groin, 14:30',
      caption: '14:30',
    });
  });

  it('puts the casualty’s left on the reader’s right of the front figure, and on the left of the back figure', () => {
    const middle = (figure: 'front' | 'back') => FIGURE_X[figure] + 60;
    expect(at('left_leg', 'injury')[0].x).toBeGreaterThan(middle('front'));
    expect(at('right_arm', 'injury')[0].x).toBeLessThan(middle('front'));
    expect(REGION_AREAS.back.left_leg!.x + REGION_AREAS.back.left_leg!.w).toBeLessThanOrEqual(middle('back'));
    expect(REGION_AREAS.back.right_arm!.x).toBeGreaterThanOrEqual(middle('back'));
    // Captions of limbs on the reader's left run outward, to the left.
    expect(at('right_leg', 'tourniquet')[0].captionSide).toBe('left');
    expect(at('left_leg', 'tourniquet')[0].captionSide).toBe('right');
  });

  it('marks other treatments at their site and leaves out those without one', () => {
    expect(at('chest', 'treatment')).toEqual([
      expect.objectContaining({ caption: 'CS', title: 'Chest seal, chest, 14:31' }),
    ]);
    expect(marks.filter((m) => m.kind === 'treatment')).toHaveLength(1);
    expect(marks).toHaveLength(LOCATIONS.length + LIMBS.length * 2 + 2);
  });

  it('keeps every mark inside the drawing', () => {
    for (const m of marks) expect(inside(m.x, m.y, { x: 0, y: 0, w: VIEW_WIDTH, h: VIEW_HEIGHT })).toBe(true);
  });

  it('says when a tourniquet time is not stated, and adds an injury’s note', () => {
    const [tq, injury] = diagramMarks({
      interventions: [{ type: 'tourniquet', location: 'left_arm' }],
      injuries: [{ type: 'burn', location: 'face', note: 'partial thickness' }],
    })
      .sort((a, b) => a.kind.localeCompare(b.kind))
      .reverse();
    expect(tq.title).toBe('Tourniquet, left arm, time not stated');
    expect(tq.caption).toBe('TQ');
    expect(injury.title).toBe('Burn, face (partial thickness)');
  });
});

describe('diagramName', () => {
  it('names the diagram and reads every mark', () => {
    expect(diagramName([])).toBe('Body diagram, front and back: nothing marked');
    const name = diagramName(
      diagramMarks({ interventions: [{ type: 'tourniquet', location: 'left_leg', time: '14:02' }] }),
    );
    expect(name).toBe('Body diagram, front and back: Tourniquet, left leg, 14:02');
  });
});
