import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a header naming a set of signs and its time, the casualties then taken one sentence each', () => {
  it("dates each casualty's signs said in the sentences after it that open on his name", () => {
    const found = records(
      'Two hurt by the mortar. SPC Nia Ames has frag to the left thigh. PFC Theo Boyd has a burn on the right hand. ' +
        'Final reassessment on the ramp of the bird at 1620: Ames pulse 112, BP 104/68, responding to voice. ' +
        'Boyd pulse 90, alert, pain 5.',
    );
    expect(found.map((r) => r.vitals)).toEqual([
      [{ time: '16:20', pulse: 112, systolic: 104, diastolic: 68, avpu: 'V' }],
      [{ time: '16:20', pulse: 90, avpu: 'A', pain: 5 }],
    ]);
  });
});

describe('a time header alone on its line over lines that each open on a casualty', () => {
  it("dates each line's signs, bulleted or numbered, with a comma in a header naming the set", () => {
    const found = records(
      'Grenade in the stairwell, two hurt.\n' +
        '1. PFC Tomas Reyes: frag to the R shin, pressure dressing.\n' +
        '2. SGT Ada Quinn: frag to the L hand, gauze packed.\n\n' +
        'Signs, both taken at 0935:\n' +
        '#1 pulse 108, BP 116/74, alert\n' +
        '#2 pulse 84, RR 16, alert\n',
    );
    expect(found.map((r) => r.vitals)).toEqual([
      [{ time: '09:35', pulse: 108, systolic: 116, diastolic: 74, avpu: 'A' }],
      [{ time: '09:35', pulse: 84, resp_rate: 16, avpu: 'A' }],
    ]);
  });

  it('dates the dash-led lines below a bare "2210 vitals:"', () => {
    const found = records(
      'Rollover, 2 pts.\nCPL Jun Sato: L shoulder fx, sling.\nSPC Eli Varga: scalp lac.\n\n' +
        '2210 vitals:\n- Sato: HR 88, SpO2 99\n- Varga: HR 96, SpO2 98\n',
    );
    expect(found.map((r) => r.vitals)).toEqual([
      [{ time: '22:10', pulse: 88, spo2: 99 }],
      [{ time: '22:10', pulse: 96, spo2: 98 }],
    ]);
  });

  it('leaves undated the lines after a blank line or a line that opens on no casualty', () => {
    const found = records(
      'Rollover, 2 pts.\nCPL Jun Sato: L shoulder fx, sling.\nSPC Eli Varga: scalp lac.\n\n' +
        '2210 vitals:\nwaiting on the bird\n- Sato: HR 88\n\n2215 vitals:\n\n- Varga: HR 96\n',
    );
    expect(found.map((r) => r.vitals)).toEqual([[{ pulse: 88 }], [{ pulse: 96 }]]);
  });
});

describe("a timeline's line that opens on its time and a dash, then takes the casualties in turn", () => {
  it('dates each casualty named on the line, the first right after the dash and the next later on', () => {
    const found = records(
      'Casualty 1: PFC Omar Haddad, frag L forearm, pressure dsg.\n' +
        'Casualty 2: SPC Lena Voss, twisted R knee, splint.\n' +
        '0340 - Haddad: HR 96, RR 18, pain 5. Voss: HR 80, pain 3.\n' +
        '0415 - Voss meloxicam 15 mg PO. Haddad HR 90.\n',
    );
    expect(found.map((r) => r.vitals)).toEqual([
      [
        { time: '03:40', pulse: 96, resp_rate: 18, pain: 5 },
        { time: '04:15', pulse: 90 },
      ],
      [{ time: '03:40', pulse: 80, pain: 3 }],
    ]);
    expect(found[1].medications).toEqual([{ name: 'meloxicam', dose: '15 mg', route: 'PO', time: '04:15' }]);
  });

  it('takes no dash inside a line for one: a time said mid-sentence stays where it is', () => {
    const found = records(
      'Casualty 1: PFC Omar Haddad, frag L forearm.\nCasualty 2: SPC Lena Voss, twisted R knee.\n' +
        'Haddad got morphine - 0420 - and Voss HR 80.\n',
    );
    expect(found[1].vitals).toEqual([{ pulse: 80 }]);
  });
});

describe('an hourly entry whose time is said as a sentence of its own, opening the line', () => {
  it("dates each casualty's signs on that line, and gives the time to no act of the line before", () => {
    const found = records(
      'Two from the fall. First, Corporal Ines Varga, broke her left wrist, splinted. ' +
        'Second, Private Luca Brandt, cut on the right hand, pressure dressing right hand.\n' +
        'Zero three hundred. Varga pulse ninety, pain six. Brandt pulse seventy four, pain two.\n',
    );
    expect(found.map((r) => r.vitals)).toEqual([
      [{ time: '03:00', pulse: 90, pain: 6 }],
      [{ time: '03:00', pulse: 74, pain: 2 }],
    ]);
    expect(found[1].interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm' }]);
  });

  it('leaves a time said after an act on its own line undated for the signs: "TQ on. 1510. HR 120"', () => {
    const found = records(
      'Casualty 1: PFC Omar Haddad, frag L thigh. TQ on. 1510. HR 120.\nCasualty 2: SPC Lena Voss, burn R hand.\n',
    );
    expect(found[0].vitals).toEqual([{ pulse: 120 }]);
  });
});

describe('an hour named by its word, said as a sentence of its own opening a line', () => {
  it("dates each casualty's signs after it, as a time in numbers does", () => {
    const found = records(
      'Holding two from the rollover. Eklund, Sergeant Bjorn Eklund, pelvis unstable. ' +
        'Mensah, Specialist Yaw Mensah, scalp lac.\n' +
        'Midnight. Eklund pulse one hundred, pain five. Mensah pulse seventy two.',
    );
    expect(found.map((r) => r.vitals)).toEqual([
      [{ time: '00:00', pulse: 100, pain: 5 }],
      [{ time: '00:00', pulse: 72 }],
    ]);
  });
});
