import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';
import { glossSpanish } from './spanish-glosses.js';
import { tokenize } from '../text/tokenize.js';

const glossed = (text: string): string =>
  glossSpanish(tokenize(text))
    .map((t) => t.norm)
    .join(' ');

describe('Spanish numbers said by a bilingual medic', () => {
  it('are read as the English number words they are, quantities and clock times alike', () => {
    const r = extractRecord('Pulso ciento catorce, presión ciento dos sobre sesenta y cuatro, sats noventa y uno.');
    expect(r.vitals).toEqual([{ pulse: 114, systolic: 102, diastolic: 64, spo2: 91 }]);
    expect(
      extractRecord('Le apliqué el torniquete en el muslo izquierdo a las diecisiete cuarenta y ocho.'),
    ).toMatchObject({ interventions: [{ type: 'tourniquet', location: 'left_leg', time: '17:48' }] });
    expect(extractRecord('TXA un gramo IV a las cero cuatro doce.').medications).toEqual([
      { name: 'txa', dose: '1 g', route: 'IV', time: '04:12' },
    ]);
  });

  it('read "mil" as a thousand, but not after a number, where it is millilitres', () => {
    expect(extractRecord('Le di Tylenol mil quinientos miligramos por boca.').medications).toEqual([
      { name: 'acetaminophen', dose: '1500 mg', route: 'PO' },
    ]);
    expect(glossed('dos mil')).toBe('two thousand');
    expect(glossed('500 mil')).toBe('500 mil');
    expect(glossed('five hundred mil')).toBe('five hundred mil');
  });

  it('take a correction said in Spanish', () => {
    expect(
      extractRecord('Le puse el TQ en la pierna derecha a las trece diez... no, espera, trece quince.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '13:15' }]);
  });
});

describe('Spanish body parts and sides', () => {
  it('are read with the side said after the part, as Spanish says it', () => {
    expect(extractRecord('Tiene esquirlas en la mano derecha y una cortada en el tobillo izquierdo.').injuries).toEqual(
      [
        { type: 'penetrating', location: 'right_arm' },
        { type: 'laceration', location: 'left_leg' },
      ],
    );
    expect(extractRecord('Le dispararon en el antebrazo izquierdo a las veintiuna cuarenta.')).toMatchObject({
      mechanism: ['gsw'],
      injuries: [{ type: 'gsw', location: 'left_arm' }],
    });
    expect(extractRecord('Herida de bala en el lado derecho del pecho.').injuries).toEqual([
      { type: 'gsw', location: 'chest' },
    ]);
  });
});

describe('words that are Spanish only in some places', () => {
  it('are left alone as a name, a letter or part of an abbreviation', () => {
    expect(glossed('Cpl Dos Santos')).toBe('cpl dos santos');
    expect(glossed('24 y/o M')).toBe('24 y / o m');
    expect(glossed('Pulso diez')).toBe('pulse ten');
  });
});

describe('Spanish verbs of care and the words around them', () => {
  it('say who gave the care, so an allergy said before them ends there', () => {
    const r = extractRecord('alergica a codeina le di ketamina cincuenta IM');
    expect(r.casualty?.allergies).toBe('codeina');
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM' }]);
  });

  it('are no care given when denied before them, and care given when the denial is a separate answer', () => {
    expect(extractRecord('Todavía no le di la ketamina, la presión está baja.').medications).toBeUndefined();
    expect(extractRecord('No le apliqué torniquete en la pierna izquierda.').interventions).toBeUndefined();
    expect(extractRecord('¿Alergias? No. Le di moxi cuatrocientos PO.').medications).toEqual([
      { name: 'moxifloxacin', dose: '400 mg', route: 'PO' },
    ]);
  });

  it('read an article as one, a count before a unit as a number, and a half hour as no minutes', () => {
    expect(glossed('un hoyo')).toBe('a hoyo');
    expect(glossed('un gramo')).toBe('one gram');
    expect(extractRecord('Lo mordió un perro como a las cuatro y media.').time_of_injury).toBeUndefined();
  });
});

describe('blood counted in units in Spanish', () => {
  it('reads each unit said as one unit of whole blood', () => {
    expect(extractRecord('Le pasamos sangre total, segunda unidad, por el IV, a las diez quince.').fluids).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IV', time: '10:15' },
    ]);
  });
});

describe('casualties named by rank in Spanish', () => {
  it('share what is said of both of them', () => {
    const text =
      'Dos heridos. El Cabo Ruiz tiene una cortada en el brazo derecho. ' +
      'Y la Soldado Peña tiene quemaduras en la mano izquierda. Los dos son priority.';
    expect(extractCasualties(text).casualties.map((c) => [c.record.casualty?.name, c.record.evac_priority])).toEqual([
      ['Ruiz', 'priority'],
      ['Peña', 'priority'],
    ]);
  });

  it('are each a record: the article before the rank and "sacamos" are read as English says them', () => {
    const text =
      'Dos heridos. Primero sacamos al Cabo Soto, tiene fragmentos en el muslo derecho. ' +
      'Después la Sargento Vega, quemaduras en la cara.';
    expect(extractCasualties(text).casualties.map((c) => c.record.casualty?.name)).toEqual(['Soto', 'Vega']);
  });
});
