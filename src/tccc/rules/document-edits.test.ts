import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const recordOf = (text: string) => extractCasualties(text).casualties[0].record;

describe("a shared document's edit notes", () => {
  it('reads no care time from when an edit was typed', () => {
    const record = recordOf(
      '1514 ertapenem 1 g IV.\n[edit 1605: add – ketamine 50 mg IM given by SPC Lee]\n1522 Zofran 4 mg IV for nausea.',
    );
    expect(record.medications?.map((m) => m.time)).toEqual(['15:14', undefined, '15:22']);
  });
  it('reads nothing from an edit taken back, nor from the edit taking it back', () => {
    expect(
      recordOf(
        "1514 ertapenem 1 g IV.\n[edit 1545: removed Zofran line, thought it wasn't given] [edit 1550: put it back – " +
          'Zofran WAS given, sorry]\n1522 Zofran 4 mg IV for nausea.',
      ).medications,
    ).toEqual([
      { name: 'ertapenem', dose: '1 g', route: 'IV', time: '15:14' },
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '15:22' },
    ]);
    expect(
      recordOf(
        '- sternal IO 1426\n- [edit 1540: 18g IV L AC 1425] [edit 1548: taking back the 1540 edit – IV was ' +
          'attempted, blew, never ran. leave it out]',
      ).interventions,
    ).toEqual([{ type: 'io', location: 'chest', time: '14:26' }]);
    expect(
      recordOf(
        '0958 HPMK on. [edit 1125: HPMK went on at the lift 0947, not 0958] [edit 1130: scratch my 1125 edit – ' +
          '0958 is right, it went on after the splint]',
      ).interventions,
    ).toEqual([{ type: 'hypothermia_prevention', time: '09:58' }]);
  });
  it('keeps a tourniquet put back on, no edit taken back', () => {
    const record = recordOf(
      'Cas 1 GSW left arm. [edit 1530: TQ placed 1512] [edit 1540: TQ loosened for conversion, bled, put it back on 1541]',
    );
    expect(record.interventions?.[0]).toEqual({ type: 'tourniquet', time: '15:12', location: 'left_arm' });
  });
});
