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
});
