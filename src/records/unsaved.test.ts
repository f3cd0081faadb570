import { describe, expect, it } from 'vitest';
import { appendNarrative, createCasualty, editFact, revertFact } from './casualty.js';
import { unsavedFacts, unsavedPieces } from './unsaved.js';

const at = (s: number) => new Date(Date.UTC(2024, 4, 1, 12, 0, s));
const fact = { kind: 'injury', value: { type: 'gsw', location: 'left_leg' } } as const;

describe('what is shown but not stored', () => {
  it('marks the pieces storage lacks, and none once stored', () => {
    const stored = appendNarrative(createCasualty(at(0), 'c'), 'GSW L thigh', at(1));
    const shown = appendNarrative(stored, 'TQ applied', at(2));
    expect(unsavedPieces(shown, stored)).toEqual(new Set([1]));
    expect(unsavedPieces(shown, undefined)).toEqual(new Set([0, 1]));
    expect(unsavedPieces(shown, shown)).toEqual(new Set());
  });

  it('marks a fact whose hand edit was made, changed or undone since the stored version', () => {
    const base = createCasualty(at(0), 'c');
    const stored = editFact(base, { op: 'set', id: 'injury/gsw/left_leg#1', fact, at: at(1).toISOString() }, at(1));
    expect(unsavedFacts(stored, stored)).toEqual(new Set());
    expect(unsavedFacts(stored, base)).toEqual(new Set(['injury/gsw/left_leg#1']));
    const changed = editFact(
      stored,
      {
        op: 'set',
        id: 'injury/gsw/left_leg#1',
        fact: { kind: 'injury', value: { type: 'gsw', location: 'right_leg' } },
        at: at(2).toISOString(),
      },
      at(2),
    );
    expect(unsavedFacts(changed, stored)).toEqual(new Set(['injury/gsw/left_leg#1']));
    expect(unsavedFacts(revertFact(stored, 'injury/gsw/left_leg#1', at(3)), stored)).toEqual(
      new Set(['injury/gsw/left_leg#1']),
    );
  });
});
