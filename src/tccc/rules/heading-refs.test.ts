import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const OUTLINE = [
  'MOTOR POOL INCIDENT – COMMANDER UPDATE',
  '',
  'SLIDE 1 // OVERVIEW',
  '• 0910 – hydraulic line burst on the wrecker',
  '',
  'SLIDE 2 // CAS A – SPC Rosa Lindqvist',
  '• Burn L forearm',
  '• Morphine 4 mg IV 0925',
  '',
  'SLIDE 3 // CAS B – SGT Omar Haddad',
  '• Lac R hand',
  '• Tylenol 1000 mg PO 0930',
  '',
  'SLIDE 4 // SUMMARY',
  '• Haddad: dressing holding',
  '• Correction to slide 2: morphine was 2 mg, not 4',
].join('\n');

describe('headingReferences', () => {
  it("gives a summary slide's line that refers back to a slide the casualty that slide introduced", () => {
    const [lindqvist, haddad] = extractCasualties(OUTLINE).casualties.map((c) => c.record);
    expect(lindqvist.casualty?.name).toBe('Rosa Lindqvist');
    expect(lindqvist.medications).toEqual([{ name: 'morphine', dose: '2 mg', route: 'IV', time: '09:25' }]);
    expect(haddad.medications?.map((m) => m.name)).toEqual(['acetaminophen']);
  });
});
