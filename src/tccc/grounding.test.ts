import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groundRecord, narrativeEvidence } from './grounding.js';
import { readNarrative } from './grounding-numbers.js';
import type { TcccRecord } from './record.js';
import { validateRecord } from './validate.js';

const TERSE =
  'GSW L thigh, entry lateral, no exit wound found. TQ applied L thigh 1432. HR 118, BP 96/60, RR 20, SpO2 97%, AVPU A, pain 8/10. 18g IV R AC 1438. TXA 2g IV 1440. OTFC 800mcg 1445. Urgent surgical.';
const SPOKEN =
  'first tourniquet went on the right thigh at fourteen thirty two. pulse one thirty, BP eighty over fifty, resps twenty eight. hung one unit of whole blood through the I O at fourteen forty two. T X A two grams I O. grid three eight sierra mike bravo four four eight four. pulse one zero four, one hundred and ten later.';

describe('readNarrative', () => {
  it('reads written and spoken numbers with the rules engine reader', () => {
    const n = readNarrative(SPOKEN).numbers;
    for (const v of ['1432', '130', '80', '50', '28', '1', '1442', '2', '104', '110']) expect(n.has(v), v).toBe(true);
    expect(n.has('118')).toBe(false);
    const w = readNarrative(TERSE).numbers;
    for (const v of ['1432', '118', '96', '60', '97', '8', '800', '2']) expect(w.has(v), v).toBe(true);
  });
  it('states a tens and its digit said apart as the number the vitals reader takes from them', () => {
    expect(readNarrative('Resps thirty. Two. Pulse 110.').numbers.has('32')).toBe(true);
    expect(readNarrative('Pulse seventy. Two tourniquets on.').numbers.has('72')).toBe(false);
  });
});

describe('narrativeEvidence', () => {
  it('grounds times, doses, grids and regions in both styles', () => {
    const t = narrativeEvidence(TERSE);
    expect(t.hasTime('14:32')).toBe(true);
    expect(t.hasTime('14:33')).toBe(false);
    expect(t.hasDose('800 mcg')).toBe(true);
    expect(t.hasDose('800 mg')).toBe(false);
    expect(t.hasRegion('left_leg')).toBe(true);
    expect(t.hasRegion('right_arm')).toBe(true);
    expect(t.hasRegion('right_leg')).toBe(false);
    const s = narrativeEvidence(SPOKEN);
    expect(s.hasTime('14:42')).toBe(true);
    expect(s.hasDose('2 g')).toBe(true);
    expect(s.hasSpelled('38SMB4484')).toBe(true);
    expect(s.hasSpelled('38SMB4485')).toBe(false);
    expect(s.hasRegion('right_leg')).toBe(true);
  });
});

describe('a bare amount said to correct a dose', () => {
  it('is said in the unit of the dose before the correction in its sentence, and in no other unit', () => {
    const said = narrativeEvidence('Fentanyl 100 mcg IV, no, make that 50. Then morphine 10 mg at 0300, sorry, 4.');
    expect(said.hasDose('50 mcg', 'fentanyl')).toBe(true);
    expect(said.hasDose('50 mg', 'fentanyl')).toBe(false);
    // The number before the correction is a time, so the 4 corrects no dose.
    expect(said.hasDose('4 mg', 'morphine')).toBe(false);
  });
  it('needs the dose it corrects in the same sentence', () => {
    expect(narrativeEvidence('Ketamine 50 mg IM. No, 25.').hasDose('25 mg', 'ketamine')).toBe(false);
  });
});

describe('a spoken "mil" of a drug dosed by weight', () => {
  it("grounds milligrams in the drug's range of field doses, and no other drug's or amount's", () => {
    const said = narrativeEvidence('Fifty mil of ket IM. Fentanyl one mil IV.');
    expect(said.hasDose('50 mg', 'ketamine')).toBe(true);
    expect(said.hasDose('50 mg', 'morphine')).toBe(false);
    expect(said.hasDose('1 mg', 'fentanyl')).toBe(false);
  });
});

describe('minutes said alone to correct a time', () => {
  it('state the time of its hour with them, after a word taking it back', () => {
    const said = narrativeEvidence(
      'Ketamine IO at twenty three forty two, no wait, I wrote forty four on my hand, 44.',
    );
    expect(said.hasTime('23:44')).toBe(true);
    expect(narrativeEvidence('Eleven twenty-seven!\nno, make it twenty-eight.').hasTime('11:28')).toBe(true);
    // With no word taking the time back, the minutes are some other number.
    expect(narrativeEvidence('Ketamine IO at 2342, pain 44.').hasTime('23:44')).toBe(false);
  });
  it('take nothing back from a "no" that opens words of its own, nor a reading said after its label', () => {
    expect(narrativeEvidence('TQ left thigh at 1402, no distal pulse, RR 24, HR 110.').hasTime('14:24')).toBe(false);
    expect(narrativeEvidence('Ketamine 50 mg IV at 1402. No, wait, pulse 48, BP 90/60.').hasTime('14:48')).toBe(false);
    expect(narrativeEvidence('TXA at 1402, no, make that 06.').hasTime('14:06')).toBe(true);
  });
});

describe('groundRecord', () => {
  it('reads words that name built-in object properties as plain words, not NATO letters', () => {
    expect(readNarrative('constructor toString').squashed).toBe('CONSTRUCTORTOSTRING');
  });

  it('keeps a record the narrative states in full', () => {
    const record = {
      evac_priority: 'urgent_surgical' as const,
      mechanism: ['gsw' as const],
      injuries: [{ type: 'gsw' as const, location: 'left_leg' as const }],
      vitals: [{ pulse: 118, systolic: 96, diastolic: 60, resp_rate: 20, spo2: 97, avpu: 'A' as const, pain: 8 }],
      interventions: [
        { type: 'tourniquet' as const, location: 'left_leg' as const, time: '14:32' },
        { type: 'iv' as const, location: 'right_arm' as const, time: '14:38' },
      ],
      medications: [
        { name: 'txa' as const, dose: '2 g', route: 'IV' as const, time: '14:40' },
        { name: 'fentanyl' as const, dose: '800 mcg', route: 'OTFC' as const, time: '14:45' },
      ],
    };
    const result = groundRecord(record, TERSE);
    expect(result.dropped).toEqual([]);
    expect(result.record).toEqual(record);
    expect(result.checked).toBe(25);
  });

  it('drops invented numbers, times, drugs and regions, and counts them', () => {
    const result = groundRecord(
      {
        location_grid: '38SMB9999',
        vitals: [{ pulse: 130, systolic: 120 }, { spo2: 99 }],
        fluids: [{ name: 'whole_blood', volume_ml: 500, route: 'IO', time: '14:50' }],
        medications: [
          { name: 'ketamine', dose: '50 mg' },
          { name: 'txa', dose: '1 g', route: 'IO' },
        ],
        interventions: [{ type: 'tourniquet', location: 'left_leg' }],
      },
      SPOKEN,
    );
    expect(result.dropped.map((d) => d.path)).toEqual([
      '/location_grid',
      '/vitals/0/systolic',
      '/vitals/1/spo2',
      '/interventions/0/location',
      '/fluids/0/time',
      '/medications/0/name',
      '/medications/1/dose',
    ]);
    expect(result.record).toEqual({
      vitals: [{ pulse: 130 }],
      interventions: [{ type: 'tourniquet' }],
      fluids: [{ name: 'whole_blood', volume_ml: 500, route: 'IO' }],
      medications: [{ name: 'txa', route: 'IO' }],
    });
    expect(validateRecord(result.record).valid).toBe(true);
  });

  it('grounds the amount said before a unit the speaker takes back with the unit said after it', () => {
    const text = 'Fentanyl fifty milligrams, sorry, micrograms, IN. Ketamine twenty milligrams IM.';
    const kept = (dose: string) => groundRecord({ medications: [{ name: 'fentanyl', dose }] }, text).dropped;
    expect(kept('50 mcg')).toEqual([]);
    expect(kept('20 mcg').map((d) => d.path)).toEqual(['/medications/0/dose']);
  });

  it('grounds 500 ml for each numbered unit of blood ("unit 1 … unit 2"), and no more than one unit for it', () => {
    const text = 'LTOWB unit 1 IO 0303, unit 2 IO 0316.';
    const unit = (time: string) => ({ name: 'whole_blood' as const, volume_ml: 500, route: 'IO' as const, time });
    expect(groundRecord({ fluids: [unit('03:03'), unit('03:16')] }, text).dropped).toEqual([]);
    expect(groundRecord({ fluids: [{ ...unit('03:03'), volume_ml: 1000 }] }, text).dropped).toEqual([
      { path: '/fluids/0/volume_ml', value: 1000, reason: 'volume not in the narrative' },
    ]);
  });

  it('grounds 500 ml for a unit of blood counted by a written ordinal ("1st unit", "2nd unit")', () => {
    const text = '0210 1st unit LTOWB IO. 0224 2nd unit LTOWB IO.';
    const unit = (time: string) => ({ name: 'whole_blood' as const, volume_ml: 500, route: 'IO' as const, time });
    expect(groundRecord({ fluids: [unit('02:10'), unit('02:24')] }, text).dropped).toEqual([]);
    expect(groundRecord({ fluids: [{ ...unit('02:10'), volume_ml: 1000 }] }, text).dropped).toHaveLength(1);
  });

  it('grounds one liter for "Liter of …" said with no count, and not for half of one', () => {
    const fluid = { name: 'crystalloid' as const, volume_ml: 1000, route: 'IV' as const };
    expect(groundRecord({ fluids: [fluid] }, 'IV in. Liter of saline running.').dropped).toEqual([]);
    // A time closing the clause before is no count of it either.
    expect(groundRecord({ fluids: [fluid] }, 'IV at zero four twenty, liter of saline going.').dropped).toEqual([]);
    expect(groundRecord({ fluids: [fluid] }, 'IV in. Half liter of saline running.').dropped).toEqual([
      { path: '/fluids/0/volume_ml', value: 1000, reason: 'volume not in the narrative' },
    ]);
    // A time ending the sentence before is no count of it; a number right before it in its sentence is.
    const blood = { name: 'whole_blood' as const, volume_ml: 500, route: 'IO' as const };
    expect(groundRecord({ fluids: [blood] }, 'IO in at fourteen twelve. Unit of whole blood going.').dropped).toEqual(
      [],
    );
    expect(
      groundRecord({ fluids: [blood] }, 'IO in at fourteen twelve, 2 unit of whole blood going.').dropped,
    ).toHaveLength(1);
    // A Filipino partner's Tagalog "isang" is "one".
    expect(groundRecord({ fluids: [blood] }, 'Whole blood, isang unit, IO, zero nine twenty-four.').dropped).toEqual(
      [],
    );
  });

  it('grounds NKDA and names from their words only', () => {
    const text = 'Casualty is SGT Luis Alvarado, no known drug allergies, she is alert';
    const result = groundRecord({ casualty: { name: 'Luis Alvarado', allergies: 'NKDA', sex: 'male' } }, text);
    expect(result.record).toEqual({ casualty: { name: 'Luis Alvarado', allergies: 'NKDA' } });
    expect(result.dropped).toEqual([{ path: '/casualty/sex', value: 'male', reason: 'sex not in the narrative' }]);
  });
});

describe('groundRecord on annotated narratives', () => {
  it('keeps every value of every gold record in rules/fixtures/extra.jsonl (no false drops)', () => {
    const lines = readFileSync(new URL('./rules/fixtures/extra.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n');
    expect(lines.length).toBeGreaterThan(20);
    const dropped = lines.flatMap((line) => {
      const { id, text, gold } = JSON.parse(line) as { id: string; text: string; gold: TcccRecord };
      return groundRecord(gold, text).dropped.map((d) => `${id} ${d.path}`);
    });
    expect(dropped).toEqual([]);
  });
  it('grounds one unit of blood whose count a recogniser ran into the time before it ("zero six two two one unit")', () => {
    const text = 'io in the right humeral head zero six two two one unit whole blood through the io zero six two five';
    const unit = { name: 'whole_blood' as const, volume_ml: 500, route: 'IO' as const, time: '06:25' };
    expect(groundRecord({ fluids: [unit] }, text).dropped).toEqual([]);
    expect(groundRecord({ fluids: [{ ...unit, volume_ml: 1000 }] }, text).dropped).toHaveLength(1);
  });

  it('grounds 500 ml for each unit of blood counted then timed one by one ("2 units IO, first 0541, second 0552")', () => {
    const unit = (time: string) => ({ name: 'whole_blood' as const, volume_ml: 500, route: 'IO' as const, time });
    const text = 'Whole blood 2 units IO, first 0541, second 0552.';
    expect(groundRecord({ fluids: [unit('05:41'), unit('05:52')] }, text).dropped).toEqual([]);
    expect(groundRecord({ fluids: [unit('05:41')] }, 'Whole blood 2 units IO at 0541.').dropped).toHaveLength(1);
  });
  it('grounds 500 ml for a unit of blood numbered with "#" after its name ("FWB #3"), not a bed number', () => {
    const unit = { name: 'whole_blood' as const, volume_ml: 500, route: 'IV' as const, time: '22:14' };
    expect(groundRecord({ fluids: [unit] }, 'FWB #3 IV 2214.').dropped).toEqual([]);
    expect(groundRecord({ fluids: [unit] }, 'Whole blood IV 2214, bed #3.').dropped).toHaveLength(1);
  });
  it('grounds 500 ml for each unit of blood timed in a list ("3 units IO, 1302, 1317 and 1330")', () => {
    const unit = (time: string) => ({ name: 'whole_blood' as const, volume_ml: 500, route: 'IV' as const, time });
    const text = 'Plasma no, LTOWB: 3 units via that IV, 1302, 1317 and 1330.';
    expect(groundRecord({ fluids: [unit('13:02'), unit('13:17'), unit('13:30')] }, text).dropped).toEqual([]);
    expect(
      groundRecord({ fluids: [unit('13:02')] }, 'LTOWB: 3 units via that IV, 1302, vitals 1317.').dropped,
    ).toHaveLength(1);
    // Said as words, the morning's times lose their leading zero ("zero six forty" is 640).
    const spoken = 'two units of whole blood I V at zero six forty and zero seven oh five, pulse one twenty';
    expect(groundRecord({ fluids: [unit('06:40'), unit('07:05')] }, spoken).dropped).toEqual([]);
  });
  it('grounds 500 ml for each untimed unit of blood counted in units ("Two units whole blood IO"), never a timed one', () => {
    const unit = { name: 'whole_blood' as const, volume_ml: 500, route: 'IO' as const };
    expect(groundRecord({ fluids: [unit, unit] }, 'Two units whole blood IO. Pulse 144.').dropped).toEqual([]);
    expect(groundRecord({ fluids: [unit] }, 'Whole blood IO, pulse 144, two grams TXA.').dropped).toHaveLength(1);
  });
  it('grounds 500 ml for each unit timed a few words after the count ("two units through the eye oh the first at")', () => {
    const unit = (time: string) => ({ name: 'whole_blood' as const, volume_ml: 500, route: 'IO' as const, time });
    const text =
      'whole blood two units through the eye oh the first at zero three one five the second at zero three two five';
    expect(groundRecord({ fluids: [unit('03:15'), unit('03:25')] }, text).dropped).toEqual([]);
  });
  it('grounds 500 ml for each unit timed after what the blood is and where it goes in', () => {
    const unit = (time: string) => ({ name: 'whole_blood' as const, volume_ml: 500, route: 'IO' as const, time });
    const text = 'Gave 2 units low titer O whole blood via the sternal IO, first 2210, second 2224.';
    expect(groundRecord({ fluids: [unit('22:10'), unit('22:24')] }, text).dropped).toEqual([]);
  });

  it('grounds a limb\'s side said with a clitic on the part ("left ankle\'s broken")', () => {
    const record = { injuries: [{ type: 'fracture' as const, location: 'left_leg' as const }] };
    expect(groundRecord(record, "Fourth, left ankle's broken, you can see it.").dropped).toEqual([]);
    expect(groundRecord(record, "Fourth, right ankle's broken.").dropped).toHaveLength(1);
  });

  it('grounds a side said a few words after the part, and a time typed as two numbers and corrected the same way', () => {
    const io = { interventions: [{ type: 'io' as const, location: 'left_arm' as const, time: '14:16' }] };
    expect(groundRecord(io, 'Humeral IO on the left, fourteen sixteen.').dropped).toEqual([]);
    const ketamine = {
      medications: [{ name: 'ketamine' as const, dose: '50 mg', route: 'IM' as const, time: '14:15' }],
    };
    expect(groundRecord(ketamine, 'Ketamine fifty mg IM at 14 13, correction, 14 15.').dropped).toEqual([]);
    expect(groundRecord(ketamine, 'Ketamine fifty mg IM at 14 13, correction, 14 25.').dropped).toHaveLength(1);
  });
});
