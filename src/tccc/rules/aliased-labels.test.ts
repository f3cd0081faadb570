import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { readAliasedLabels } from './aliased-labels.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('two medics labels reconciled in one report', () => {
  it('reads "my N = his X" paired labels and either label alone as one casualty', () => {
    const found = records(
      'Doc Amari lettered hers, I numbered mine. My #1 = Amari’s Delta = CPL Ines Varga. GSW L shin, TQ L leg 1102, ' +
        'HR 110. My #2 = her Echo = PV2 Colt Reyes. Burns to both hands, HR 92.\n' +
        'Delta/#1 got morphine 4 mg IV 1120.\n#1 urgent, Echo routine.',
    );
    expect(pulses(found)).toEqual([[110], [92]]);
    expect(found[0].medications?.map((m) => m.name)).toEqual(['morphine']);
    expect(found[1].medications).toBeUndefined();
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
  it('leaves out a sentence that only says which label is which, and reads "Pt B (my Cas 1)" as one', () => {
    const found = records(
      'Two casualties from the rocket at 1540. I numbered them, the flight medic lettered them backwards: my Cas 1 ' +
        'is her Pt B, my Cas 2 is her Pt A.\n' +
        'Cas 1 / Pt B: SGT Hollis Brandt. Frag R forearm, pressure dsg R arm. HR 96.\n' +
        'Cas 2 / Pt A: SPC Juno Park. GSW abdomen. HR 130.\n' +
        'In the aircraft Pt B (my Cas 1) got ondansetron 4 mg IV 1610.',
    );
    expect(pulses(found)).toEqual([[96], [130]]);
    expect(found[0].medications?.map((m) => m.name)).toEqual(['ondansetron']);
    expect(found[1].medications).toBeUndefined();
  });
  it('reads spoken labels joined by "slash" or a comma once the text pairs them', () => {
    const rewritten = readAliasedLabels(
      'my one is his Foxtrot, my two is his Golf. One, slash Foxtrot, pulse eighty. Two, Golf, pulse ninety.',
    );
    expect(rewritten?.value).toBe(' Casualty 1, pulse eighty. Casualty 2, pulse ninety.');
  });
  it('keeps spoken letters of a roster number as they are', () => {
    const rewritten = readAliasedLabels(
      'My #1 = his Bravo, my #2 = his Alpha. #1, zap bravo oscar 4411, HR 90. Alpha, HR 80.',
    );
    expect(rewritten?.value).toBe(' Casualty 1, zap bravo oscar 4411, HR 90. Casualty 2, HR 80.');
  });
  it('reads nothing anew where no two labels are said to be one casualty', () => {
    expect(readAliasedLabels('Cas 1: GSW R arm, HR 100. Cas 2: frag L leg. Pt B is my patient.')).toBeNull();
    // One pair is no scheme reconciled; two letters given one number is no key to read by.
    expect(readAliasedLabels('My #1 = his Bravo. Bravo has a GSW.')).toBeNull();
    expect(readAliasedLabels('My #1 = his Bravo, my #1 = his Charlie.')).toBeNull();
  });
  it('reads "I numbered mine" as the medic’s own labels, no landmine', () => {
    const found = records('Single casualty. SPC Ruiz lettered his, I numbered mine. GSW R arm, HR 100.');
    expect(found[0].mechanism).toEqual(['gsw']);
  });
});
