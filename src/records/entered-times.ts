/**
 * When each reading without a spoken time was entered. A vitals set the medic gave no time for still has a
 * time the alerts can rely on: the time its piece of narrative was entered. It is shown as "entered 03:31",
 * never as if it had been said, and the record itself keeps only what the narrative says.
 */
import { localClock } from '../tccc/local-clock.js';
import type { ClockTime, TcccRecord } from '../tccc/record.js';
import { evidenceOf, recordOf, type Casualty } from './casualty.js';
import { factsToRecord, recordFacts, type FactId } from '../tccc/fact-identity.js';

/** Local "HH:MM" of a piece's entry time; undefined when the stored time is not a time. */
function entryClock(iso: string): ClockTime | undefined {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return localClock(d);
}

/** The timeline piece holding narrative offset `offset` (pieces are joined with one newline, as `narrativeOf` does). */
function pieceAt(c: Casualty, offset: number): Casualty['timeline'][number] | undefined {
  let start = 0;
  for (const piece of c.timeline) {
    const end = start + piece.text.length;
    if (offset >= start && offset <= end) return piece;
    start = end + 1;
  }
  return undefined;
}

/** For each vitals fact with no spoken time that the engine read from the narrative: the local time its piece was entered. */
export function vitalsEnteredAt(c: Casualty): Map<FactId, ClockTime> {
  const out = new Map<FactId, ClockTime>();
  const evidence = evidenceOf(c);
  for (const fact of recordFacts(recordOf(c))) {
    if (fact.kind !== 'vitals' || fact.value.time !== undefined) continue;
    const spans = evidence.get(fact.id);
    if (!spans || spans.length === 0) continue;
    const piece = pieceAt(c, Math.min(...spans.map((s) => s.start)));
    const at = piece && entryClock(piece.at);
    if (at) out.set(fact.id, at);
  }
  return out;
}

/** The casualty's record with each untimed vitals set given the time it was entered: what the time-based alerts count from. */
export function recordForAlerts(c: Casualty): TcccRecord {
  const entered = vitalsEnteredAt(c);
  if (entered.size === 0) return recordOf(c);
  return factsToRecord(
    recordFacts(recordOf(c)).map(({ id, ...fact }) =>
      fact.kind === 'vitals' && entered.has(id) ? { ...fact, value: { ...fact.value, time: entered.get(id)! } } : fact,
    ),
  );
}
