import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { glossFrench } from './french-glosses.js';
import { tokenize } from '../text/tokenize.js';

const glossed = (text: string): string =>
  glossFrench(tokenize(text))
    .map((t) => t.norm)
    .join(' ');
const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('French words of a francophone medic writing in English', () => {
  it('read care, places and sides as the English says them', () => {
    const r = record(
      'Caporal Hugo Marchand, 3e bataillon. Eclats de grenade. Garrot bras gauche posé à 11h40. VVP 20G main gauche à 11h46. Attelle jambe droite. Couverture de survie.',
    );
    expect(r.casualty).toMatchObject({ name: 'Hugo Marchand', unit: '3e bataillon' });
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '11:40' },
      { type: 'iv', location: 'left_arm', time: '11:46' },
      { type: 'splint', location: 'right_leg' },
      { type: 'hypothermia_prevention' },
    ]);
  });

  it('read the shorthand of a set of signs and its check', () => {
    expect(record('Contrôle à 23h05: FC 88, TA 118/72, FR 16, EVA 3/10.').vitals).toEqual([
      { time: '23:05', pulse: 88, systolic: 118, diastolic: 72, resp_rate: 16, pain: 3 },
    ]);
  });

  it('read no sign in letters of a grid or a roster, nor in a name written with a capital', () => {
    expect(glossed('Grid 31U FC 0442 1190')).toBe('grid 31 u fc 0442 1190');
    expect(glossed('roster TA 4471')).toBe('roster ta 4471');
    expect(glossed('Eva Lindqvist')).toBe('eva lindqvist');
    expect(glossed('TA 40')).toBe('ta 40');
  });

  it('leave English words spelt as French ones alone', () => {
    expect(glossed('main effort on the right')).toBe('main effort on the right');
    expect(glossed('that pose a risk; mine is empty')).toBe('that pose a risk ; mine is empty');
  });
});

describe('a unit numbered as the French write it', () => {
  it('reads "2e", "1re" as an ordinal before a unit noun or its letters, and a larger unit after a comma', () => {
    expect(record('Sergent Luc Ferrand, 1re section, 4e compagnie, 2e REP. GSW left arm.').casualty).toMatchObject({
      name: 'Luc Ferrand',
      unit: '1re section, 4e compagnie, 2e REP',
    });
  });

  it('reads no unit in a section said of something else', () => {
    expect(record('SPC Ray Ortiz, the mortar section driver, GSW left arm.').casualty?.unit).toBeUndefined();
  });
});

describe('French said aloud by a bilingual medic', () => {
  it('reads a number said in French words as the English the number reader joins', () => {
    expect(glossed('pouls cent vingt-deux')).toBe('pulse a hundred twenty two');
    expect(glossed('cent dix sur soixante-dix')).toBe('a hundred ten over seventy');
    expect(glossed('sat quatre-vingt-dix-sept, vingt et un, soixante-et-onze')).toBe(
      'sat ninety seven , twenty one , seventy one',
    );
    expect(glossed('quatre cents milligrammes, mille millilitres')).toBe(
      'four hundred milligrams , a thousand milliliters',
    );
    expect(glossed('douleur huit sur dix, douleur neuf')).toBe('pain eight over ten , pain nine');
  });

  it('reads digits said one by one apart, and the article or the English word as it is', () => {
    expect(glossed('tango romeo huit un zéro sept')).toBe('tango romeo eight one zero seven');
    expect(glossed('quatre quatre un un.')).toBe('four four one one .');
    expect(glossed('six-six-one-two')).toBe('six - six - one - two');
    expect(glossed('un éclat, seize the moment, 95 per cent')).toBe('un fragment , seize the moment , 95 per cent');
  });

  it('reads a clock said in French', () => {
    expect(glossed('à quatorze heures trente')).toBe('at fourteen thirty');
    expect(glossed('treize heures cinq, quinze heures seize.')).toBe('thirteen oh five , fifteen sixteen .');
    expect(glossed('seize heures, neuf heures et demie')).toBe('sixteen hundred , zero nine thirty');
  });

  it('reads the signs, doses and times a French commentary gives', () => {
    const r = record(
      'Caporal Luc Pelletier. Pouls cent dix-huit, pression cent quarante sur quatre-vingt-dix, saturation quatre-vingt-quatorze. Kétamine, trente milligrammes IO, treize heures vingt-deux. Non attends — vingt milligrammes. Fentanyl, non, je garde ça.',
    );
    expect(r.vitals).toEqual([{ pulse: 118, systolic: 140, diastolic: 90, spo2: 94 }]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '20 mg', route: 'IO', time: '13:22' }]);
  });

  it('takes the casualties of a scene in turn, never a thing said second', () => {
    const { casualties } = extractCasualties(
      "Deux blessés. Le premier, c'est le caporal-chef Marc Roy. Garrot sur la cuisse gauche. La deuxième, soldat Julie Caron, pouls quatre-vingt-dix-huit.",
    );
    expect(casualties.map((c) => c.record.casualty?.name)).toEqual(['Marc Roy', 'Julie Caron']);
    expect(glossed('la deuxième fois')).toBe('la deuxième fois');
  });
  it('reads no clock in a while said in hours, and no "wait" in the English verb "attends"', () => {
    expect(glossed('Garrot cuisse gauche posé il y a douze heures.')).not.toMatch(/twelve hundred/);
    expect(record('BP 110/70. Medic attends, no, BP 100/60 now.').vitals?.[0]).toMatchObject({ systolic: 110 });
  });
});
