import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const toi = (text: string) => extractRecord(text).time_of_injury;

describe('rounds coming in', () => {
  it('tell the event when a siren is said beside them, not for them', () => {
    expect(toi('Sirens going, first salvo at 0210. Frag L thigh, TQ L thigh 0214.')).toBe('02:10');
  });
});

describe('verbs that tell the injuring event itself', () => {
  it('reads the time of an event said with how it began, right after the event word', () => {
    expect(toi('The ambush kicked off around twenty-two ten, both hit early on.')).toBe('22:10');
    expect(toi('Attack started at 0312 on the east wall. Frag to his left calf.')).toBe('03:12');
  });
  it('reads the time a load slid off onto the casualty', () => {
    expect(toi('Pinned under the generator trailer, it slid off the ramp at 1925 during the load.')).toBe('19:25');
  });
  it('still reads a beginning said of care as care, not the event', () => {
    expect(toi('Attack on the OP. Fluids started at 0330, GSW right thigh.')).toBeUndefined();
  });
  it('reads where the vehicle came to rest as part of the crash', () => {
    expect(toi('Their Humvee flipped, ended up in the ditch. It was about oh four fifteen.')).toBe('04:15');
  });
  it('reads a rider coming off the vehicle as the crash', () => {
    expect(toi('She came off her motorbike near the souk at around 1720.')).toBe('17:20');
  });
  it('reads the move onto what hurt them as part of the event', () => {
    expect(toi('At 0615 the section walked into a tripwire IED by the culvert.')).toBe('06:15');
    expect(toi('Around 22.40 the truck drove onto a buried mine. Pulse 120 at 22.50. TQ 22.45.')).toBe('22:40');
    // A move after the event is still care: "carried into the vehicle".
    expect(toi('At 0615 we carried him into the truck; the mine had gone off earlier.')).toBeUndefined();
  });

  it('reads a log line of incoming rounds as the event, not one that says no one was hurt', () => {
    expect(toi('2215 - first salvo on the FOB. CPL Nguyen, frag to the left knee.')).toBe('22:15');
    expect(toi('2215 - rockets landed short, no one was hurt. 2231 - second salvo, Nguyen frag L knee.')).toBe('22:31');
    expect(toi('Mortar impact at 1905, nobody injured. Later he twisted his ankle on the steps.')).toBeUndefined();
    // "No one else": the casualty spoken of was hurt then.
    expect(toi('Mortar impact at 1905, no one else was injured. Frag to his left knee.')).toBe('19:05');
  });
  it('reads the event after a turn in the sentence ("then", "but") past the one that hurt no one', () => {
    expect(toi('Nobody hurt by the first volley, but a rocket at 2047 got Okafor in the left leg.')).toBe('20:47');
    expect(toi('No one was injured early on, then the mine at 0518 took his right foot.')).toBe('05:18');
    // Said of the same event, with no turn between, it still dates no wound.
    expect(toi('Mortar round at 1650, no one hurt. Later he cut his hand on wire.')).toBeUndefined();
  });
});

describe('rounds warned of', () => {
  it('reads a siren going for a salvo as no time of injury, rounds that landed as one', () => {
    expect(toi('Frag R chest. At 0135 the siren went for a second salvo, so we carried her out.')).toBeUndefined();
    expect(toi('Second salvo at 0135, frag R chest.')).toBe('01:35');
  });
});

describe('a device set off', () => {
  it('tells the event only when said again ("a second one", "another", "the other"), not a smoke set off', () => {
    expect(toi('SPC Nash took a round to the R arm. At 0905 we set off a red smoke for the bird.')).toBeUndefined();
    expect(toi('Marsh ran in after him and set off the other at 0842.')).toBe('08:42');
  });
});
