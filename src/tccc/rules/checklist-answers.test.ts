import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readChecklistAnswers } from './checklist-answers.js';

const recordOf = (text: string) => extractCasualties(text).casualties[0].record;

const CHECKLIST = [
  'Casualty: SPC Ana Lopes',
  'TQ applied? Y – CAT, L thigh, 1410',
  'Second TQ? N – first one held',
  'Chest seal / NDC? N/A – chest clear',
  'TXA given? Y – 2 g IV 1422',
  'Pelvic binder? | Y | SAM pelvic 1425',
  'Splint? | Y – R arm 1430 | CORRECTION: N. No splint, arm fine.',
].join('\n');

describe("a checklist's answers", () => {
  it('reads a question answered Y as done, with its answer, and one answered N or N/A as not', () => {
    const record = recordOf(CHECKLIST);
    expect(record.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '14:22' }]);
    expect(record.interventions?.map((i) => i.type).sort()).toEqual(['pelvic_binder', 'tourniquet']);
  });
  it('reads a line a correction answers again by its corrected answer', () => {
    expect(readChecklistAnswers(CHECKLIST)?.value).toContain('\nR arm 1430 | CORRECTION');
  });
  it('reads no checklist in fewer than four answered questions', () => {
    expect(readChecklistAnswers('TXA given? Y – 2 g IV 1422\nTQ? N\nSplint? Y')).toBeNull();
  });
});
