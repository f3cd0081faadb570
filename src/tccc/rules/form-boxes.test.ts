import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutUntickedChoices } from './form-boxes.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('a card typed as a form', () => {
  it('reads only the ticked boxes of a line of choices', () => {
    const r = record(
      [
        'Cause: ☐ mortar ☒ fragmentation grenade ☐ gunshot ☐ vehicle crash',
        'Airway: [X] NPA R nostril  [ ] cric  [ ] i-gel',
        'Pain meds: [ ] ketamine [✓] morphine 10 mg IM 0412 [ ] fentanyl lozenge',
      ].join('\n'),
    );
    expect(r.mechanism).toEqual(['grenade']);
    expect(r.interventions).toEqual([{ type: 'npa' }]);
    expect(r.medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '04:12' }]);
  });

  it('reads a line of boxes a scan broke in the middle of a choice, the rest of it on the next line', () => {
    const r = record(['Cause: [x] Fall [ ] Blast [ ] Gun', 'shot [ ] Burn', 'Category: [X] Routine'].join('\n'));
    expect(r.mechanism).toEqual(['fall']);
    expect(r.evac_priority).toBe('routine');
    const line = ['TRIAGE: [X] Delayed [ ] Immed', 'iate [ ] Minimal'].join('\n');
    expect(withoutUntickedChoices(line).replace(/\s+/g, ' ')).toBe('TRIAGE: Delayed ');
  });

  it('reads a form that writes each choice before its box, and a lone ticked box as its words', () => {
    const r = record(
      ['Name: Dara Quinn | Sex: M [ ] F [X] | Unit: 2 PLT', 'Priority: Urgent [ ] Priority [X] Routine [ ]'].join('\n'),
    );
    expect(r.casualty?.sex).toBe('female');
    expect(r.evac_priority).toBe('priority');
    expect(record('Name: Ivo Brandt / Sex: [X] M / Allergies: NKDA').casualty?.sex).toBe('male');
    // Words before a field's boxes that its last box does not end are no choices ("TQ R leg 1400 [ ] …").
    expect(withoutUntickedChoices('Tx: CAT R leg 1400 [ ] Pressure dsg [x] HPMK').replace(/\s+/g, ' ')).toBe(
      'Tx: CAT R leg 1400 HPMK',
    );
  });

  it('keeps a labelled field written after the last empty box of a line', () => {
    const r = record('Access: [ ] IV [x] IO  [ ] EJ  Blood: LTOWB 1 unit IO 0522');
    expect(r.interventions).toEqual([{ type: 'io' }]);
    expect(r.fluids).toEqual([{ name: 'whole_blood', volume_ml: 500, route: 'IO', time: '05:22' }]);
  });

  it('reads a line of blanks: an empty blank takes its label out, a filled one keeps its words', () => {
    const line = 'Tourniquets: RUE ___ LUE _0317_ RLE ____';
    expect(withoutUntickedChoices(line)).toHaveLength(line.length);
    expect(withoutUntickedChoices(line).replace(/\s+/g, ' ')).toBe('Tourniquets: LUE 0317 ');
    const r = record('Tourniquets: R arm ____ L arm _0317_ R leg ____ L leg ____');
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '03:17' }]);
  });

  it('leaves a lone box or a lone blank as it is written, and keeps every offset', () => {
    const once = 'Pt name: ______ per his squad leader. [ ] means not checked.';
    expect(withoutUntickedChoices(once)).toBe(once);
    const form = 'MOI: [ ] IED [x] GSW\nNotes: left thigh';
    expect(withoutUntickedChoices(form)).toHaveLength(form.length);
  });

  it('takes back words struck through ("~~0215~~ 0218"), keeping every offset', () => {
    const board = 'Ketamine 50 mg IM ~~0940~~ 0945, pain ~~8~~ 6/10';
    expect(withoutUntickedChoices(board)).toHaveLength(board.length);
    const r = record(board);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '09:45' }]);
    expect(r.vitals).toEqual([{ pain: 6 }]);
  });

  it('reads a checklist down: a step whose box is empty was not done', () => {
    const notes = [
      'Care given:',
      '- [X] CAT L thigh 2231',
      '- [ ] NPA, gag reflex intact',
      '- [x] morphine 5 mg IV 2240',
      '- [ ] ketamine - held, already had morphine',
    ].join('\n');
    expect(withoutUntickedChoices(notes)).toHaveLength(notes.length);
    const r = record(notes);
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '22:31' }]);
    expect(r.medications).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV', time: '22:40' }]);
  });

  it('leaves a list of empty boxes alone, a legend or a form not yet filled', () => {
    const legend = '[ ] means not done\n[ ] TXA given if needed';
    expect(withoutUntickedChoices(legend)).toBe(legend);
  });
  it('takes back what a transcriber notes as crossed out, in the note or closing the line', () => {
    const r = record(
      [
        '[Copied out of a field notebook.]',
        'SPC Dora Keane. Shrapnel [crossed out: L] R thigh',
        'CAT [struck: L] R leg 0712',
        'Ketamine 50mg IM 0715 [crossed out]',
        '[struck through: Morphine 10mg IM] Fentanyl 800mcg OTFC 0718',
      ].join('\n'),
    );
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '07:12' }]);
    expect(r.medications).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '07:18' }]);
  });

  it('keeps a line whose note only says something was crossed out elsewhere', () => {
    const r = record('Morphine 5mg IV 1102 (dose above crossed out, re-written)\nHR 96 at 1110');
    expect(r.medications).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV', time: '11:02' }]);
  });
});
