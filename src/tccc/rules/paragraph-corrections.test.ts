import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { extractRecord } from './index.js';
import { moveParagraphCorrections } from './paragraph-corrections.js';

describe('a correction addressed to a numbered paragraph', () => {
  const note = [
    '1. SGT Teodor Brandt, male. Mortar frag, TOI 1312.',
    '2. Frag wound R calf. Pressure dressing R calf.',
    '3. 1320 pulse 118, SpO2 93%.',
    '4. IV L forearm 1322, NS 500 ml IV 1325.',
    '5. Evac priority.',
    '',
  ];

  it('is read right after that paragraph, however many lines later it is written', () => {
    const r = extractRecord([...note, 'Correction to para 4: IV was R forearm, not L.'].join('\n'));
    expect(r.interventions).toContainEqual({ type: 'iv', location: 'right_arm', time: '13:22' });
    expect(r.interventions?.filter((x) => x.type === 'iv')).toHaveLength(1);
  });

  it('corrects a reading of the paragraph it names, with "(3)" labels too', () => {
    const lines = note.map((l) => l.replace(/^(\d)\. /, '($1) '));
    const r = extractRecord([...lines, 'Correction to para 3: SpO2 was 89%, not 93%.'].join('\n'));
    expect(r.vitals).toEqual([{ time: '13:20', pulse: 118, spo2: 89 }]);
  });

  it('stays where it is when the note has no such paragraph', () => {
    const r = extractRecord([...note, 'Correction to para 8: IV was R forearm, not L.'].join('\n'));
    expect(r.interventions?.find((x) => x.type === 'iv')?.location).toBe('left_arm');
  });

  it('follows a SITREP\'s numbered paragraph, not a lettered subparagraph\'s "(n)" point of that number', () => {
    const sitrep = [
      '1. Situation: IED strike 0540.',
      '2. Casualties:',
      ' a. CPL Ines Varga',
      ' (1) Frag L forearm.',
      ' (2) TQ L arm 0544.',
      ' (3) Pain 6/10.',
      '3. Treatment: IO L humerus 0551.',
      '4. Evac: urgent.',
      'Correction to para 3: IO was R humerus.',
    ].join('\n');
    const read = moveParagraphCorrections(tokenize(sitrep))
      .map((t) => t.raw)
      .join(' ');
    expect(read).toContain('0551 . \n Correction : IO was R humerus . \n 4 .');
  });
});
