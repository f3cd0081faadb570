import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { paragraphSplit } from './paragraph-refs.js';

const REPORT = [
  'MEMO: casualty treatment summary, convoy halt at checkpoint 9',
  '1. At 2215 a rocket struck the lead LMTV. Two soldiers were hurt. CCP grid 38S MB 1122 3344.',
  '2. SPC Darius Holt, roster DH-4410, male: burns to the right forearm.',
  '3. The assistant driver, SGT Mara Quill (roster MQ-7702, female), was pinned by the right leg with an open fracture of the right shin.',
  '4. The soldier in paragraph 3 had a CAT placed on the right thigh at 2221. HR 124, BP 96/60.',
  '5. The same soldier received ketamine 50 mg IM at 2230 and was splinted.',
  '6. The casualty in para 2 was given meloxicam 15 mg and acetaminophen 1000 mg, all by mouth, at 2235.',
  '7. Categories: para 3 urgent, para 2 routine. Both casualties were carried to the LZ at 2250.',
].join('\n');

describe('paragraphSplit', () => {
  it('gives each paragraph that refers back the casualty its paragraph introduced', () => {
    const { casualties } = extractCasualties(REPORT);
    expect(casualties.map((c) => c.record.casualty?.name)).toEqual(['Darius Holt', 'Mara Quill']);
    const [holt, quill] = casualties.map((c) => c.record);
    expect(holt.medications?.map((m) => [m.name, m.route, m.time])).toEqual([
      ['meloxicam', 'PO', '22:35'],
      ['acetaminophen', 'PO', '22:35'],
    ]);
    expect(holt.interventions).toBeUndefined();
    expect(holt.evac_priority).toBe('routine');
    expect(quill.interventions?.map((i) => i.type)).toEqual(['tourniquet', 'splint']);
    expect(quill.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '22:30' }]);
    expect(quill.vitals).toEqual([{ pulse: 124, systolic: 96, diastolic: 60 }]);
    expect(quill.evac_priority).toBe('urgent');
    // The opening's grid is everyone's.
    expect(casualties.every((c) => c.record.location_grid === '38SMB11223344')).toBe(true);
  });

  it('gives a triage said of two paragraphs at once to both', () => {
    const text = [
      '1. At 0610 a mortar round landed by the motor pool.',
      '2. PFC Ana Soto: fragment wound to the left calf.',
      '3. CPL Ben Ruiz: fragment wound to the right hand.',
      '4. The casualty in para 2 got a pressure dressing; so did the one in para 3.',
      '5. Paras 2 and 3 priority.',
    ].join('\n');
    const { casualties } = extractCasualties(text);
    expect(casualties.map((c) => c.record.evac_priority)).toEqual(['priority', 'priority']);
  });

  it('leaves numbered paragraphs alone when none refers back to a casualty', () => {
    const text = [
      '1. At 0930 the patrol was ambushed near the wadi.',
      '2. SGT Lee Park was shot in the left arm; a CAT went on at 0932.',
      '3. SPC Jo Vance was struck by fragments in the back.',
      '4. The grid in para 1 was 11S KU 1234 5678.',
    ].join('\n');
    expect(paragraphSplit(text)).toBeNull();
  });

  it('needs paragraphs numbered in order from one', () => {
    const text =
      '2. SGT Lee Park: GSW left arm.\n5. SPC Jo Vance: burns.\n7. The casualty in para 2 got a TQ; para 5 routine.';
    expect(paragraphSplit(text)).toBeNull();
  });
});
