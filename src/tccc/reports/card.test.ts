import { describe, expect, it } from 'vitest';
import { buildCard } from './card.js';
import { cardText } from './card-text.js';
import { EMPTY_RECORD, FULL_RECORD, SPARSE_RECORD } from './test-records.js';

const lines = (text: string) => text.split('\n');

describe('buildCard', () => {
  const card = buildCard({ ...FULL_RECORD, time_of_injury: '14:30' }, { date: '2024-05-01', notes: 'Pupils equal' });

  it('checks the Urgent box for urgent surgical and keeps the exact category', () => {
    expect(card.evacBoxes.filter((b) => b.checked).map((b) => b.key)).toEqual(['urgent']);
    expect(card.evacLabel).toBe('Urgent surgical');
  });

  it('checks printed mechanism boxes and writes others beside Other', () => {
    expect(card.mechanisms.filter((m) => m.checked).map((m) => m.key)).toEqual(['gsw', 'ied', 'other']);
    expect(card.mechanismOther).toEqual(['Blast']);
  });

  it('groups injuries by region with the figure that shows them', () => {
    expect(card.injuries.map((r) => [r.region, r.view, r.injuries.map((i) => i.label)])).toEqual([
      ['right_leg', 'front', ['Amputation']],
      ['left_leg', 'front', ['Penetrating wound']],
      ['back', 'back', ['GSW']],
    ]);
  });

  it('lists each tourniquet with type, location and time', () => {
    expect(card.tourniquets).toEqual([
      { location: 'right_leg', locationLabel: 'R leg', type: 'Extremity', time: '14:32' },
      { location: 'right_leg', locationLabel: 'R leg', type: 'Extremity', time: '14:35' },
    ]);
  });

  it('sorts treatments by MARCH and puts fluids under C after access', () => {
    expect(card.treatments.massiveHemorrhage.map((e) => e.label)).toEqual([
      'TQ (extremity)',
      'TQ (extremity)',
      'Hemostatic dressing',
    ]);
    expect(card.treatments.airway.map((e) => e.label)).toEqual(['NPA']);
    expect(card.treatments.respiration).toEqual([{ label: 'Chest seal', location: 'back', time: '14:38' }]);
    expect(card.treatments.circulation).toEqual([
      { label: 'IO access', location: 'chest', time: '14:40' },
      { label: 'Whole blood', amount: '500 ml', route: 'IO', time: '14:42' },
    ]);
    expect(card.other.map((e) => e.label)).toEqual(['Hypothermia prevention', 'Eye shield']);
  });

  it('classes medications as analgesic, antibiotic or other', () => {
    expect(card.medications.analgesic).toEqual([{ label: 'Ketamine', amount: '50 mg', route: 'IO', time: undefined }]);
    expect(card.medications.antibiotic.map((m) => m.label)).toEqual(['Ertapenem']);
    expect(card.medications.other.map((m) => m.label)).toEqual(['TXA']);
  });

  it('puts injury notes and the medic notes in NOTES', () => {
    expect(card.notes).toEqual(['Penetrating wound L leg: multiple frag wounds', 'Pupils equal']);
  });

  it('leaves every box of an empty record blank', () => {
    const empty = buildCard(EMPTY_RECORD);
    expect(empty.evacBoxes.some((b) => b.checked)).toBe(false);
    expect(empty.mechanisms.some((b) => b.checked)).toBe(false);
    expect([empty.injuries, empty.tourniquets, empty.vitals, empty.notes, empty.other]).toEqual([[], [], [], [], []]);
  });
});

describe('cardText', () => {
  it('prints the full card with a vitals table over time', () => {
    const text = lines(cardText(buildCard({ ...FULL_RECORD, time_of_injury: '14:30' }, { date: '2024-05-01' })));
    expect(text).toContain('BATTLE ROSTER #: AB1234');
    expect(text).toContain('EVAC: URGENT (Urgent surgical)');
    expect(text).toContain('SEX: M  DATE: 2024-05-01  TIME: 14:30');
    expect(text).toContain('ALLERGIES: NKDA');
    expect(text).toContain('MECHANISM OF INJURY: GSW, IED, Other: Blast');
    expect(text).toContain('  R leg: Amputation');
    expect(text).toContain('  R leg Extremity 14:35');
    expect(text).toContain('  TIME   PULSE  BP     RR  SpO2  AVPU  PAIN');
    expect(text).toContain('  14:32  118    96/60  20  97    A     8');
    expect(text).toContain('  14:50  130    80/50  28  —     V     —');
    expect(text).toContain('  A: NPA');
    expect(text).toContain('  C: IO access chest 14:40; Whole blood 500 ml IO 14:42');
    expect(text).toContain('  Other: TXA 2 g IO 14:45');
    expect(text).toContain('OTHER: Hypothermia prevention; Eye shield face');
  });

  it('prints a sparse card with blanks, never invented values', () => {
    const text = lines(cardText(buildCard(SPARSE_RECORD)));
    expect(text).toContain('EVAC: —');
    expect(text).toContain('NAME: —');
    expect(text).toContain('MECHANISM OF INJURY: Fall');
    expect(text).toContain('  —     92     —   —   —     —     —');
    expect(text).toContain('OTHER: Splint L arm');
    expect(text).toContain('  M: —');
  });

  it('prints an empty record as a blank card', () => {
    const text = lines(cardText(buildCard(EMPTY_RECORD)));
    expect(text[0]).toBe('DD FORM 1380 TCCC CASUALTY CARD');
    expect(text).toContain('MECHANISM OF INJURY: —');
    expect(text.filter((l) => l === '  —').length).toBe(3);
    expect(text.at(-1)).toBe('NOTES: —');
  });

  it('names a tourniquet whose site or time was not stated', () => {
    const text = lines(cardText(buildCard({ interventions: [{ type: 'junctional_tourniquet' }] })));
    expect(text).toContain('  site not stated Junctional time not stated');
  });
});
