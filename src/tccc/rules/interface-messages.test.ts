import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readInterfaceMessages } from './interface-messages.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

const FEED = [
  'MSH|^~\\&|BATDOK|CCP|ROLE1|TF|20261204 1441||ORU^R01|B0417|P|2.5',
  'PID|1||RB4471^^^BRN||OKAFOR^DANIEL^C||19990312|M',
  'ZPI|UNIT|B CO 2-506 IN',
  'AL1|1|DA|PENICILLIN|SV|HIVES',
  'DG1|1||GSW^GUNSHOT WOUND|L UPPER ARM LAT|20261204 1358',
  'PR1|1||PRDRSG^PRESSURE DRESSING|L UPPER ARM|20261204 1408',
  'OBX|1|NM|8867-4^HEART RATE^LN||128|/min|60-100|H|||F|||20261204 1406',
  'OBX|2|NM|8480-6^SBP^LN||102|mm[Hg]|||||F|||20261204 1406',
  'OBX|3|NM|8462-4^DBP^LN||64|mm[Hg]|||||F|||20261204 1406',
  'OBX|4|NM|SPO2||78|%|>94|L|||F|||20261204 1406',
  'OBX|4|NM|SPO2||93|%|>94|L|||C|||20261204 1406',
  'OBX|5|ST|ECG||PEAKED T WAVES||A|||F|||20261204 1406',
  'RXA|0|1|20261204 1420||TXA^TRANEXAMIC ACID|2|g',
  'RXR|IV',
  'RXA|0|1|20261204 1422||KETAMINE|50|mg',
  'RXR|IV',
  'RXA|0|1|20261204 1422||KETAMINE|20|mg|||||||||||||||U',
  'RXA|0|1|20261204 1430||ERTA^ERTAPENEM|1|g||||||||||||NA',
  'ZMV|1|URGENT|18T WL 83120 47655|CAT A',
].join('\n');

describe("a field record's interface messages pasted off its feed", () => {
  it('reads each segment as a card line: fields, a wound, a procedure, a vitals set, each drug', () => {
    expect(readInterfaceMessages(FEED)?.value.trim().split('\n')).toEqual([
      'Name: DANIEL OKAFOR.',
      'Roster: RB4471.',
      'Sex: M.',
      'Allergies: PENICILLIN.',
      'Unit: B CO 2-506 IN.',
      'GUNSHOT WOUND L UPPER ARM LAT.',
      '1408: PRESSURE DRESSING L UPPER ARM.',
      'Evac category: URGENT.',
      'Grid: 18T WL 83120 47655.',
      'Vitals 1406: HR 128, BP 102/64, SpO2 93.',
      '1420: TRANEXAMIC ACID 2 g IV.',
      '1422: KETAMINE 20 mg IV.',
    ]);
  });
  it('gives the record what the feed says, a corrected reading and an updated dose in place of the old', () => {
    const r = record(FEED);
    expect(r.casualty).toMatchObject({ name: 'DANIEL OKAFOR', battle_roster: 'RB4471', sex: 'male' });
    expect(r.vitals).toEqual([
      expect.objectContaining({ time: '14:06', pulse: 128, systolic: 102, diastolic: 64, spo2: 93 }),
    ]);
    expect(r.medications?.map((m) => [m.name, m.dose, m.route, m.time])).toEqual([
      ['txa', '2 g', 'IV', '14:20'],
      ['ketamine', '20 mg', 'IV', '14:22'],
    ]);
    expect(r.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm', time: '14:08' }]);
  });
  it("reads a saturation coded by how it is measured as a saturation, the oximeter's pulse rate as a pulse, and no mean pressure as a systolic", () => {
    const feed = [
      'PID|1||RB4471^^^BRN||OKAFOR^DANIEL',
      'OBX|1|NM|59408-5^SPO2 BY PULSE OXIMETRY^LN||91|%|||||F|||20261204 1406',
      'OBX|2|NM|2708-6^OXYGEN SATURATION^LN||92|%|||||F|||20261204 1416',
      'OBX|3|NM|8478-0^MEAN BLOOD PRESSURE^LN||70|mm[Hg]|||||F|||20261204 1416',
      'OBX|4|NM|8867-4^HEART RATE^LN||104|/min|||||F|||20261204 1416',
      'OBX|5|NM|PULSE RATE (SPO2)||108|/min|||||F|||20261204 1426',
    ].join('\n');
    expect(readInterfaceMessages(feed)?.value.trim().split('\n').slice(2)).toEqual([
      'Vitals 1406: SpO2 91.',
      'Vitals 1416: SpO2 92, HR 104.',
      'Vitals 1426: HR 108.',
    ]);
  });
  it("reads a stamp the medic's note calls wrong as the time the note gives", () => {
    const feed = [
      'Ignore the PR1|2 time on the feed, it reads 1923, it went on at 2023. I typed it wrong.',
      'PID|1||RB4471^^^BRN||OKAFOR^DANIEL',
      'PR1|1||IV^PERIPHERAL IV|L AC 18G|20261009 2016',
      'PR1|2||TQ^CAT TOURNIQUET|R THIGH|20261009 1923',
      'OBX|1|NM|HR||96|/min|||||F|||20261009 2010',
    ].join('\n');
    expect(record(feed).interventions).toContainEqual({ type: 'tourniquet', location: 'right_leg', time: '20:23' });
    // A note that only says what the feed reads, and another time, corrects nothing.
    expect(record(feed.replace('Ignore', 'Note').replace(' I typed it wrong.', '')).interventions).toContainEqual({
      type: 'tourniquet',
      location: 'right_leg',
      time: '19:23',
    });
    // Only the segment the note names is put right: a pulse stamped 1923 too stays at 19:23.
    const pulse = record(`${feed}\nOBX|2|NM|HR||132|/min|||||F|||20261009 1923`).vitals;
    expect(pulse).toContainEqual({ time: '19:23', pulse: 132 });
  });
  it('reads no feed in a note with a pipe or two, nor in a table', () => {
    expect(readInterfaceMessages('TQ L thigh | 1402\nHR 110 | 1405\nGSW L thigh')).toBeNull();
    expect(readInterfaceMessages('| time | HR |\n|---|---|\n| 1405 | 110 |\n| 1415 | 98 |')).toBeNull();
  });
});
