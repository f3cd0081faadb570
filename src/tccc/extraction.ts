/**
 * What reading a narrative gives, from the engine that read it to the stored casualty: one type, so that
 * nothing on the way (a worker bridge, the app, storage, an export) copies it field by field and loses one.
 */
import type { Conflict, SourcedFact } from './merge.js';
import type { TcccRecord } from './record.js';

/** The words (offsets `[start, end)` into the narrative read) that a value at `path` of the record was read from. */
export interface EvidenceSpan {
  /** Where the value sits in the record: a JSON pointer such as "/medications/0/dose", or "medications/0/dose". */
  path: string;
  start: number;
  end: number;
}

/** A record with the narrative spans behind its facts: what the rules engine reads from a narrative. */
export interface EvidencedRecord {
  /** Always valid against record.schema.json. */
  record: TcccRecord;
  evidence: EvidenceSpan[];
}

/**
 * One engine's extraction of a whole narrative. Model engines also give each fact's source and the values
 * they disagree with the rules engine on (the medic settles those by hand edits).
 */
export interface Extraction extends EvidencedRecord {
  /** The engine that produced it: "rules", "webllm", "transformers". */
  engine: string;
  /** The engine's name for a person, e.g. "Rules engine (no language model)"; set by the app when it runs one. */
  engineLabel?: string;
  /** Which engine found each fact of `record` (JSON pointers into it); only model engines, which merge with the rules. */
  sources?: SourcedFact[];
  /** Values the model and the rules engine disagree on; `record` holds the rules value. */
  conflicts?: Conflict[];
  /** Set when the model's answer could not be used and `record` is the rules engine's; says why. */
  fallbackReason?: string;
  /** When it was asked for (ISO time); set by whoever asked (the app), and what a stale extraction is judged by. */
  at: string;
}
