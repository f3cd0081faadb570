import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const injuries = (text: string) => extractRecord(text).injuries ?? [];

describe('wounds each named after its place, with no pause between', () => {
  it('gives each wound the place said right before it', () => {
    expect(injuries('right arm deep laceration above the elbow left foot burns')).toEqual([
      { type: 'laceration', location: 'right_arm' },
      { type: 'burn', location: 'left_leg' },
    ]);
    expect(injuries('left thigh gsw right forearm frag')).toEqual([
      { type: 'gsw', location: 'left_leg' },
      { type: 'penetrating', location: 'right_arm' },
    ]);
  });
  it('leaves a place said after a preposition, or set off by a comma, to the wound before it', () => {
    expect(injuries('no exit wound on the back gsw right chest front its sucking')[0]).toEqual({
      type: 'gsw',
      location: 'chest',
    });
    expect(injuries('GSW right arm, frag left leg')).toEqual([
      { type: 'gsw', location: 'right_arm' },
      { type: 'penetrating', location: 'left_leg' },
    ]);
  });
});

describe('a place said before a wound, and a limb said as upper or lower', () => {
  it('keeps the side of a place the look-back would cut', () => {
    expect(injuries('Right arm fine. Left upper arm: a single fragment wound, oozing.')).toEqual([
      { type: 'penetrating', location: 'left_arm' },
    ]);
    expect(injuries('Burns to the right lower limb and a laceration of the left upper limb.')).toEqual([
      { type: 'burn', location: 'right_leg' },
      { type: 'laceration', location: 'left_arm' },
    ]);
  });
  it('does not read back past a guess at the wound', () => {
    expect(injuries('swelling of the left lower leg, I think it is broken')).toEqual([]);
  });
});

describe('the next wound of a list named after its place', () => {
  it("leaves the place heading the next wound to that wound, not the one before's", () => {
    expect(injuries('She had a closed fracture of the left humerus and a neck laceration.')).toEqual([
      { type: 'fracture', location: 'left_arm' },
      { type: 'laceration', location: 'neck' },
    ]);
  });
  it('keeps a list of places said after one wound, with no wound after them', () => {
    expect(injuries('Burns to the left arm and the neck.')).toEqual([
      { type: 'burn', location: 'left_arm' },
      { type: 'burn', location: 'neck' },
    ]);
  });
});

describe('a sentence that opens with the place it is about', () => {
  it('gives a wound named further on, with no place of its own, that place', () => {
    expect(injuries('Right lower leg, bone poking out through the skin, open fracture.')).toEqual([
      { type: 'fracture', location: 'right_leg' },
    ]);
    expect(injuries('Her left hand, only a shallow cut across the knuckles, a laceration.')).toEqual([
      { type: 'laceration', location: 'left_arm' },
    ]);
  });
  it('gives it no place when the opening says more than a place, or another place comes between', () => {
    expect(injuries('Checked everything twice, he has a deep open fracture somewhere.')).toEqual([]);
    expect(injuries("Left arm, fine, but the right thigh's got an open fracture.")).toEqual([
      { type: 'fracture', location: 'right_leg' },
    ]);
  });
});
