import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutPlannedOrders } from './planned-orders.js';

describe('withoutPlannedOrders', () => {
  it("gives none of the orders a physician's Plan writes, and keeps its evacuation", () => {
    const note = [
      'TRAUMA BAY NOTE',
      'Pt: SPC Iris Moreau, frag L forearm. Morphine 4 mg IV at 0910.',
      'Assessment and Plan: washout in OR; ceftriaxone 1 g IV q24h; morphine 2-4 mg IV q2h PRN; ondansetron 4 mg IV to follow.',
      'Consider tetanus booster. Evac: PRIORITY to Role 3.',
    ].join('\n');
    const r = extractCasualties(note).casualties[0].record;
    expect(r.medications).toEqual([{ name: 'morphine', dose: '4 mg', route: 'IV', time: '09:10' }]);
    expect(r.evac_priority).toBe('priority');
  });

  it('keeps a Plan item said with its time, as care given, and keeps every offset', () => {
    const text = 'PLAN: splint R wrist 1105; acetaminophen 1000 mg PO 1110. Routine.';
    expect(withoutPlannedOrders(text)).toBe(text);
    const ordered = 'A/P: ketorolac 15 mg IV q6h.\nVitals: HR 88.';
    const out = withoutPlannedOrders(ordered);
    expect(out).toHaveLength(ordered.length);
    expect(out.split('\n')[0].trim()).toBe('A/P:');
    expect(out.split('\n')[1]).toBe('Vitals: HR 88.');
  });

  it('leaves a dose said outside a Plan as it is', () => {
    const text = 'Cefazolin 2 g IV q8h started, first dose 1420. We plan to evac at 1500.';
    expect(withoutPlannedOrders(text)).toBe(text);
  });

  it('gives nothing of a mission plan pasted above the record of what was done, and reads the record', () => {
    const note = [
      'PATROL MED PLAN (0500 brief, 2nd Plt)',
      '- Medic: SGT Hale. Plan: TXA 2 g; ketamine 50 mg IM; 2 u LTOWB; 4 CAT, 2 HPMK.',
      'What happened: IED strike 0708. PFC Ana Ruiz, frag R calf. CAT R thigh 0711. Ketamine 20 mg IV 0714.',
    ].join('\n');
    const r = extractCasualties(note).casualties[0].record;
    expect(r.casualty?.name).toBe('Ana Ruiz');
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '20 mg', route: 'IV', time: '07:14' }]);
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '07:11' }]);
    expect(r.fluids).toBeUndefined();
  });

  it('reads a plan with no line opening what was done as written', () => {
    const text = 'CONVOY MED PLAN\nTXA 2 g IV given 1410 for GSW L thigh.';
    expect(withoutPlannedOrders(text)).toBe(text);
  });
});
