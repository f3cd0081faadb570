import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a drug dictated with a stop at every pause', () => {
  it('reads the dose, route and time said in the short sentences after it', () => {
    const record = extractRecord('Pushed fentanyl. Fifty mics. I V. At one six four two.');
    expect(record.medications).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '16:42' }]);
    expect(record.interventions).toBeUndefined();
    expect(extractRecord('Then Zofran. 4 milligrams. By mouth.').medications).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'PO' },
    ]);
    expect(extractRecord('Plasma. One unit. IO. 0815.').fluids).toEqual([
      { name: 'plasma', route: 'IO', time: '08:15' },
    ]);
  });
  it('stops at a sentence with any other word in it', () => {
    const record = extractRecord('Gave morphine. Sats ninety two. IV in the left arm.');
    expect(record.medications).toEqual([{ name: 'morphine' }]);
    expect(record.interventions).toEqual([{ type: 'iv', location: 'left_arm' }]);
  });
  it('takes in the site of a shot said after its route', () => {
    expect(extractRecord('Morphine. Ten milligrams IM, in the left deltoid. 0815.').medications).toEqual([
      { name: 'morphine', dose: '10 mg', route: 'IM', time: '08:15' },
    ]);
  });
  it('takes no place said without a route before it', () => {
    expect(extractRecord('Ketamine. Fifty mg. Right thigh wound bleeding.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg' },
    ]);
  });
});
