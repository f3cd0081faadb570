/**
 * Casualty records: the model (pure), hand edits over extraction, export/import, and the
 * IndexedDB store with autosave. The views import from here.
 */
export * from './casualty.js';
export type { EvidenceSpan, Extraction } from '../tccc/extraction.js';
export * from './edits.js';
export { mergeCasualty } from './merge.js';
export {
  factIdAtPath,
  newFactId,
  recordFacts,
  type FactId,
  type FactKind,
  type FactValue,
} from '../tccc/fact-identity.js';
export * from './export.js';
export { recordForAlerts, vitalsEnteredAt } from './entered-times.js';
export * from './limits.js';
export * from './unsaved.js';
export * from './db.js';
export * from './autosave.js';
export * from './errors.js';
