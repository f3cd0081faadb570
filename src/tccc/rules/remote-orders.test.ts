import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe("a remote doctor's orders are no facts until the medic says he did them", () => {
  it('keeps only the drug the medic gives after the doctor orders it', () => {
    const r = extractRecord(
      'Surgeon says give ondansetron, four milligrams... roger, ondansetron four IV going in now, 0912.',
    );
    expect(r.medications).toEqual([{ name: 'ondansetron', dose: '4 mg', route: 'IV', time: '09:12' }]);
  });
  it('records no drug the doctor orders that the medic never confirms', () => {
    expect(extractRecord('The doctor said morphine, ten milligrams. Pulse 88.').medications).toBeUndefined();
  });
  it('records no care the doctor asks about', () => {
    expect(extractRecord('The PA asked about fentanyl for his pain, pulse is 90.').medications).toBeUndefined();
  });
});
