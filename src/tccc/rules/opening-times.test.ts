import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const toi = (text: string) => extractRecord(text).time_of_injury;

describe('the time a statement sentence opens with', () => {
  it('is the time of injury after a short phrase set off before it', () => {
    expect(toi('For the record, at about 0645 hours PFC Sara Lind fell from the loading ramp.')).toBe('06:45');
    expect(toi('On 3 May, at approximately 1822 hours SPC Tom Reed was struck by a vehicle.')).toBe('18:22');
  });
  it('is the time of injury after a date that runs into it with no comma', () => {
    expect(toi('On the 14th of March at 0910 SPC Omar Reyes stepped on a mine near the wadi.')).toBe('09:10');
    expect(toi('On 9 Sep 2024 at 2215, a rocket landed inside the FOB and CPL Ann Kim was hit.')).toBe('22:15');
  });
  it('reads no date from a phrase opened by "on" that names no month', () => {
    expect(toi('On arrival at 1652 he had already been hit by shrapnel.')).toBeUndefined();
  });
  it('reads no time from a sentence whose set-off opening phrases are no date, setting or record', () => {
    expect(toi('Ramp up, litter in, wheels up, zero eight ten... okay, GSW right thigh, bleeding.')).toBeUndefined();
  });
  it('reaches the event across an aside that says who he is or where they were', () => {
    expect(
      toi('At approximately 0305 hours CPL Ian Moss, the gunner assigned to my vehicle, was hit by a fragment.'),
    ).toBe('03:05');
    expect(
      toi('At about 1510 hours, during a vehicle inspection near the motor pool, a parked truck rolled onto SGT Ruiz.'),
    ).toBe('15:10');
  });
  it('reaches it across the subject and a clause set off after it', () => {
    expect(
      toi(
        'On the night of 3 May, at about 2340 hours, the second truck of the patrol, in which I was riding as gunner, struck a mine.',
      ),
    ).toBe('23:40');
  });
  it('reads no time of injury when care is named before the event, aside or not', () => {
    expect(toi('At approximately 0305 hours CPL Ian Moss, who had a tourniquet on, was hit again.')).toBeUndefined();
  });
  it('is the time of injury after a witness\'s "it was", and of the event a "when" breaks into a scene with', () => {
    expect(toi('I think it was about 2340 when a mortar round landed by SGT Eli Marsh.')).toBe('23:40');
    expect(
      toi(
        'At roughly 1105, PFC Dana Holt was climbing down the ladder of the guard tower when the railing gave out and she fell.',
      ),
    ).toBe('11:05');
  });
  it('leaves the scene\'s time alone when care is named before the "when"', () => {
    expect(
      toi('At 1105 PFC Dana Holt was resting, a splint on his old sprain, when the railing gave out and she fell.'),
    ).toBeUndefined();
  });
});
