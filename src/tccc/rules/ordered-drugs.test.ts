import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const drugs = (text: string) => extractRecord(text).medications;

describe("a doctor's order read back, then done", () => {
  it('gives the drug the route ordered when the giving leaves it out', () => {
    expect(
      drugs('Surgeon says moxifloxacin four hundred milligrams PO. Okay... four hundred of moxi going down, 0744.'),
    ).toEqual([{ name: 'moxifloxacin', dose: '400 mg', route: 'PO', time: '07:44' }]);
  });
  it('reads the drug ordered when only the amount drawn up is said', () => {
    expect(
      drugs('Doctor says morphine, five milligrams IV, go slow. Copy. Drawing five... five... pushed, 2231. Pulse 96.'),
    ).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV', time: '22:31' }]);
  });
  it('takes the amount drawn up with its unit when it is the dose ordered', () => {
    expect(drugs('Doc says fentanyl, seventy-five micrograms IN. Giving seventy-five micrograms, 0310.')).toEqual([
      { name: 'fentanyl', dose: '75 mcg', route: 'IN', time: '03:10' },
    ]);
  });
  it('reads no drug from an amount drawn up that is not the dose ordered', () => {
    expect(drugs('Doc says ketamine, fifty milligrams IM. Drawing twenty, 1650.')).toBeUndefined();
  });
  it('reads no drug from an amount in another unit than the one ordered', () => {
    expect(drugs('Doc says ondansetron four milligrams IV. Pushing four mils of saline, 0905.')).toBeUndefined();
  });
  it('keeps the route the giving says over the one ordered', () => {
    expect(drugs('Doc says ketamine fifty milligrams IV. No line, so ketamine fifty milligrams IM, 1120.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '11:20' },
    ]);
  });
  it('leaves a giving of another dose than the one ordered as said', () => {
    expect(drugs('Doc says TXA one gram IV. TXA two grams going in, 1505.')).toEqual([
      { name: 'txa', dose: '2 g', time: '15:05' },
    ]);
  });
  it('leaves a giving far from the order as said', () => {
    expect(
      drugs(
        'Doc says calcium one gram IO. Pelvic binder on. Pulse 120. Pressure 90 over 60. Sats 95. Calcium going in, 0422.',
      ),
    ).toEqual([{ name: 'calcium', time: '04:22' }]);
  });
});
