import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { glossItalian } from './italian-glosses.js';
import { tokenize } from '../text/tokenize.js';

const glossed = (text: string): string =>
  glossItalian(tokenize(text))
    .map((t) => t.norm)
    .join(' ');
const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('Italian words of an Italian medic writing for English readers', () => {
  it('read care, places and sides after the part as the English says them', () => {
    const r = record(
      'Ferito: C.le Magg. Andrea Ferraro, maschio.\nlaccio emostatico coscia sx ore 14.20\n' +
        'Ago 18G avambraccio dx alle 14.31, fisiologica 500 ml e.v. alle 14.33.\n' +
        'Stecca SAM su avambraccio e polso sx alle 14.40.',
    );
    expect(r.casualty).toMatchObject({ name: 'Andrea Ferraro', sex: 'male' });
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:20' },
      { type: 'iv', location: 'right_arm', time: '14:31' },
      { type: 'splint', location: 'left_arm', time: '14:40' },
    ]);
    expect(r.fluids).toEqual([{ name: 'crystalloid', volume_ml: 500, route: 'IV', time: '14:33' }]);
  });

  it('read the shorthand of a set of signs, and a drug weighed and not given as none', () => {
    const r = record(
      'Alle 22.12: PA 100/60, FC 118, FR 24, vigile, dolore 8/10. Ketamina considerata, non somministrata.',
    );
    expect(r.vitals).toEqual([
      { time: '22:12', systolic: 100, diastolic: 60, pulse: 118, resp_rate: 24, avpu: 'A', pain: 8 },
    ]);
    expect(r.medications).toBeUndefined();
  });

  it('leave English alone: "PA Moss", "10 min ago", "Di Marco"', () => {
    expect(glossed('PA Moss, seen 10 min ago by Di Marco')).toBe('pa moss , seen 10 min ago by di marco');
  });

  it('leave the small words Spanish shares alone away from Italian: "le di ertapenem" is "I gave him"', () => {
    expect(glossed('frattura di bacino')).toBe('fracture of pelvis');
    expect(glossed('alergica a codeina le di ertapenem')).toBe('alergica a codeina le di ertapenem');
    expect(glossed('le di ketamina')).toBe('le di ketamine');
  });

  it('read a number taken back between two signs: "FC 128 – scusate, 118 – FR 24"', () => {
    expect(record('Alle 22.12: PA 100/60, FC 128 – scusate, 118 – FR 24.').vitals).toEqual([
      { time: '22:12', systolic: 100, diastolic: 60, pulse: 118, resp_rate: 24 },
    ]);
  });

  it('read a side only after an Italian part: "Left leg dx open fracture" is English shorthand, a diagnosis', () => {
    const r = record('Left leg dx open fracture, splint at 0700.');
    expect(JSON.stringify(r)).not.toContain('right');
    expect(glossed('coscia sx')).toBe('left thigh');
  });

  it('keep an Italian surname after a rank, title or casualty label: "SPC Testa", "Casualty is SGT Gamba"', () => {
    expect(record('SPC Testa, GSW to the left thigh at 0700.').casualty?.name).toBe('Testa');
    expect(record('Casualty is SGT Gamba, blast.').casualty?.name).toBe('Gamba');
    expect(record('Cas: SGT Testa, blast injury to the left arm.').casualty?.name).toBe('Testa');
  });
});
