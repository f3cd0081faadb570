import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions;

describe('a device said again while it goes on', () => {
  it('reads "tourniquet time" after a tourniquet as its time, not a second tourniquet', () => {
    expect(interventions('applying a tourniquet to the left leg now, tourniquet time zero nine four six')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:46' },
    ]);
    expect(interventions('TQ L thigh. TQ time 0946.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:46' },
    ]);
  });
  it('reads "tourniquet\'s on", "IO\'s in" as the device just placed, completing it', () => {
    expect(interventions("tourniquet going on the right thigh now okay tourniquet's on one one five two")).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '11:52' },
    ]);
    expect(interventions("Going in IO, sternal. Okay, IO's in, time one nine four eight.")).toEqual([
      { type: 'io', location: 'chest', time: '19:48' },
    ]);
  });
  it('reads the device named twice in a breath as one ("splinting it now, SAM splint")', () => {
    expect(interventions('left leg fracture splinting it now sam splint')).toEqual([
      { type: 'splint', location: 'left_leg' },
    ]);
  });
  it('keeps two devices on two places, a second one, and one first said in place', () => {
    expect(interventions('TQ L leg, TQ R leg.')).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
      { type: 'tourniquet', location: 'right_leg' },
    ]);
    expect(interventions('TQ left thigh, second TQ left thigh 0905.')).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
      { type: 'tourniquet', location: 'left_leg', time: '09:05' },
    ]);
    expect(interventions("CAT's on the left forearm.")).toEqual([{ type: 'tourniquet', location: 'left_arm' }]);
  });
  it('gives two devices joined in one phrase the place and time said once after them', () => {
    expect(
      interventions('just a hemostatic dressing and a pressure dressing on the right forearm at two two three zero'),
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'right_arm', time: '22:30' },
      { type: 'pressure_dressing', location: 'right_arm', time: '22:30' },
    ]);
    expect(interventions('TQ left leg and pressure dressing right arm')).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
      { type: 'pressure_dressing', location: 'right_arm' },
    ]);
    expect(interventions('NPA and chest seal on the left chest')).toEqual([
      { type: 'npa' },
      { type: 'chest_seal', location: 'chest' },
    ]);
  });
});

describe('a device pointed back at', () => {
  it('gives "that TQ" / "this tourniquet" said later its time, as the device already placed', () => {
    expect(
      interventions('Looked at the CAT on the right arm, still holding. Medic says that CAT went on at 0412.'),
    ).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '04:12' }]);
    expect(interventions('Tourniquet left thigh. This tourniquet was placed at 1733, per the team.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '17:33' },
    ]);
  });
  it('keeps a device at another place a second device', () => {
    expect(interventions('TQ left thigh at 0901. That TQ on the right arm went on at 0905.')).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:01' },
      { type: 'tourniquet', location: 'right_arm', time: '09:05' },
    ]);
  });
});

describe('a time corrected in a sentence of its own', () => {
  it('moves the time that ended the sentence before ("… at 0931. Correction, 0934.")', () => {
    expect(extractRecord('Morphine 10 mg IM at 0931. Correction, 0934.').medications).toEqual([
      { name: 'morphine', dose: '10 mg', route: 'IM', time: '09:34' },
    ]);
    expect(interventions('Chest seal left chest two three four zero. Correction: two three four four.')).toEqual([
      { type: 'chest_seal', location: 'chest', time: '23:44' },
    ]);
  });
  it('moves no time when the sentence before ended otherwise ("Morphine 10 mg IM. Correction, 0934.")', () => {
    expect(extractRecord('Morphine 10 mg IM at 0931, site left thigh. Correction, 0934.').medications).toEqual([
      { name: 'morphine', dose: '10 mg', route: 'IM', time: '09:31' },
    ]);
  });
});

describe('a device said to be secured or tightened', () => {
  it('is the device just put on, and what is said with it completes that one', () => {
    expect(
      extractRecord('Applying a SOF-T to the right upper arm... the tourniquet is tightened, time one one four two.')
        .interventions,
    ).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '11:42' }]);
  });
});

describe('a device named again as the tool of the act, or as on at a time', () => {
  it('reads the device done "with a" device of its kind as one', () => {
    expect(interventions('splinting the right shin with a SAM splint then vitals pulse ninety')).toEqual([
      { type: 'splint', location: 'right_leg' },
    ]);
  });
  it('reads a device said to be "on at" the time it went on as the one just put on', () => {
    expect(
      interventions('SAM pelvic binder applied time is zero one one two binder on at zero one one two and then'),
    ).toEqual([{ type: 'pelvic_binder', time: '01:12' }]);
  });
  it('keeps a second device of the kind said with a time of its own', () => {
    expect(interventions('Tourniquet right thigh at 0310. Tourniquet left thigh on at 0312.')?.length).toBe(2);
  });
});

describe('a logged line whose device is given its own time', () => {
  it('times the device by the time said of it, not by the line it is logged on', () => {
    expect(
      interventions('0905 Found him supine.\n0912 CAT left upper arm, time on the CAT 0851. Bleeding stopped.'),
    ).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '08:51' }]);
  });
  it('reads a later line saying the device still works as no second device', () => {
    expect(
      interventions(
        '1410 Pressure dressing over the right calf.\n1414 Tourniquet right thigh.\n1420 Tourniquet still holding.',
      ),
    ).toEqual([
      { type: 'pressure_dressing', location: 'right_leg', time: '14:10' },
      { type: 'tourniquet', location: 'right_leg', time: '14:14' },
    ]);
  });
});

describe('a device checked on arrival, long after it was placed', () => {
  it('is the device placed before, however far back', () => {
    expect(
      interventions(
        'Tourniquet left arm at 1105. Chest seal placed 1107. Pulse 110. BP 100/60. Resps 22. On arrival: tourniquet left arm in place, bleeding controlled.',
      ),
    ).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '11:05' },
      { type: 'chest_seal', time: '11:07' },
    ]);
  });
});
