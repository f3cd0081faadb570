/** Casualties as today's store holds them, for the sync tests and the bench (test and bench helper). */
import {
  appendNarrative,
  createCasualty,
  deleteFact,
  editFact,
  updateCasualty,
  type Casualty,
} from '../records/casualty.js';
import type { TcccRecord } from '../tccc/record.js';

const T0 = Date.parse('2026-12-03T09:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

/** A rules-engine extraction of `record`, run at `minutes`. */
export function rulesExtraction(record: TcccRecord, minutes = 1): NonNullable<Casualty['extraction']> {
  return { engine: 'rules', record, evidence: [], at: at(minutes).toISOString() };
}

/** A casualty recorded on 'medic tablet' with `pieces` narrative pieces, an extraction, hand edits of an extracted and an added fact, notes and 9-line fields. */
export function sampleCasualty(n: number, pieces = 3): Casualty {
  let c = createCasualty(at(0), `casualty-${n}`);
  for (let i = 0; i < pieces; i++)
    c = appendNarrative(
      c,
      `Piece ${i} of casualty ${n}: GSW left leg, tourniquet applied 14:3${i % 10}, pulse 1${i}0.`,
      at(i + 1),
    );
  const record: TcccRecord = {
    casualty: { name: `Casualty ${n}`, allergies: 'NKDA' },
    evac_priority: 'urgent',
    injuries: [{ type: 'gsw', location: 'left_leg' }],
    interventions: [{ type: 'tourniquet', location: 'left_leg', time: '14:30' }],
    vitals: [{ time: '14:35', pulse: 110 }],
  };
  c = updateCasualty(c, { extraction: rulesExtraction(record, pieces + 1) }, at(pieces + 1));
  c = editFact(
    c,
    { op: 'set', id: 'evac_priority', fact: { kind: 'evac_priority', value: 'priority' }, at: at(20).toISOString() },
    at(20),
  );
  c = editFact(
    c,
    {
      op: 'set',
      id: 'injury/hand#1',
      fact: { kind: 'injury', value: { type: 'burn', location: 'left_arm' } },
      at: at(21).toISOString(),
    },
    at(21),
  );
  c = deleteFact(c, 'vitals/14:35#1', at(22));
  return updateCasualty(
    { ...c, recordedBy: 'medic tablet' },
    { notes: `Notes for ${n}`, nineLine: { callSign: 'DUSTOFF 6', litter: 1, cbrn: [] }, draft: 'typing…' },
    at(23),
  );
}
