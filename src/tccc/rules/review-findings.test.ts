import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe("a reviewer's findings on a card's entries", () => {
  it('puts the value a quoted entry got wrong right, and reads the finding as no fact', () => {
    const r = extractRecord(
      [
        'QA review of the TCCC card. Card entries in quotes, findings after each.',
        '1. "Roster BK4471". The manifest reads BK4417. Card wrong.',
        '2. "TQ L thigh 0950". Per the radio log it went on at 0942; 0950 is when it was rechecked.',
        '3. "Ketamine 50 mg IM 1003". The syringe was a 2 mL draw of 50 mg/mL: 100 mg IM was given.',
        '4. "1000: P 120, SpO2 97%". The monitor strip printed at 1000 shows SpO2 90%; the rest matches.',
        '5. "IV R AC 1001". Correct.',
      ].join('\n'),
    );
    expect(r.casualty?.battle_roster).toBe('BK4417');
    expect(r.interventions).toContainEqual({ type: 'tourniquet', location: 'left_leg', time: '09:42' });
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '100 mg', route: 'IM', time: '10:03' }]);
    expect(r.vitals).toEqual([{ time: '10:00', pulse: 120, spo2: 90 }]);
  });
  it("puts a table row's drug, fluid, grid and side right, and strikes care never done", () => {
    const r = extractRecord(
      [
        'Case QA, reviewed against the Role 3 chart.',
        'Card entry | Finding',
        'Grid 38S MB 4410 2290 | Wrong, digits transposed. Pickup was 38S MB 4401 2290 per the aircrew.',
        'Inj: frag L forearm | Wrong side. The wound is on the right forearm.',
        'NDC R chest 1120 | Not performed. Strike it.',
        'Hextend 500 mL IV 1125 | Wrong fluid. The bag recovered was Plasma-Lyte A 500 mL.',
        'Moxi 400 mg PO 1130 | Wrong. The med log shows ertapenem 1 g IV at 1130.',
        'IV L forearm 1118 | Concur.',
      ].join('\n'),
    );
    expect(r.location_grid).toBe('38SMB44012290');
    expect(r.injuries).toEqual([{ type: 'penetrating', location: 'right_arm' }]);
    expect(r.interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '11:18' }]);
    expect(r.fluids).toEqual([{ name: 'crystalloid', volume_ml: 500, route: 'IV', time: '11:25' }]);
    expect(r.medications).toEqual([{ name: 'ertapenem', dose: '1 g', route: 'IV', time: '11:30' }]);
  });
  it('leaves an entry the finding only adds to, and reads quotes outside a review as said', () => {
    const added = extractRecord(
      'QA review.\n3. "Inj: frag R thigh". Confirmed. Our survey also found a fragment wound to the left calf.',
    );
    expect(added.injuries).toContainEqual({ type: 'penetrating', location: 'right_leg' });
    expect(added.injuries).toContainEqual({ type: 'penetrating', location: 'left_leg' });
    const said = extractRecord('"TQ on R thigh 1402," Doc called. At 1410 we moved him.');
    expect(said.interventions).toContainEqual({ type: 'tourniquet', location: 'right_leg', time: '14:02' });
  });
  it('reads a quote after no list marker and bar rows under no entry | finding header as the narrative', () => {
    const aar = extractRecord(
      [
        'After-action review, 2nd PLT, 14 May.',
        'PFC Lee took a GSW to the left thigh at 1400.',
        '"Tourniquet on at 1402!" Doc Ramos yelled. I gave TXA 2 g IV at 1415 and fentanyl 800 mcg OTFC at 1420.',
      ].join('\n'),
    );
    expect(aar.interventions).toContainEqual(expect.objectContaining({ type: 'tourniquet', time: '14:02' }));
    expect(aar.medications).toContainEqual(expect.objectContaining({ name: 'txa', time: '14:15' }));
    expect(aar.medications).toContainEqual(expect.objectContaining({ name: 'fentanyl', time: '14:20' }));
    const handover = extractRecord(
      [
        'Handover to the PA, card reviewed line by line.',
        'PFC Lee, GSW L thigh.',
        'TQ left thigh 1402 | converted to pressure dressing 1530',
        'TXA 2 g IV 1415 | second dose 1 g 1445',
      ].join('\n'),
    );
    expect(handover.interventions).toContainEqual(expect.objectContaining({ type: 'tourniquet', time: '14:02' }));
    expect(handover.medications).toContainEqual(expect.objectContaining({ dose: '2 g', time: '14:15' }));
  });
});
