/**
 * Which extraction a synced casualty keeps (#13.2). Every device re-extracts the narrative with the best engine it
 * has; without a rule a tablet on rules and the kiosk on Phi-2 would overwrite each other's facts forever. A stored
 * extraction names its engine and the narrative it was run on; a device replaces it only when the narrative changed
 * since, or when its own engine ranks higher. Hand edits live apart from the extraction, so they always win.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Extraction } from '../tccc/extraction.js';

/** An extraction as a synced casualty stores it: the engine's result and the narrative version it was run on. */
export interface StoredExtraction {
  extraction: Extraction;
  /** {@link narrativeVersion} of the narrative the engine read. */
  narrativeVersion: string;
}

/** How far an engine's facts are trusted: Phi-2 on the GPU over the CPU model over the rules engine. */
const ENGINE_RANK = { rules: 0, cpuModel: 1, gpuModel: 2 } as const;

/**
 * The rank of an extraction's engine ("webllm…" is Phi-2 on WebGPU, "transformers…" the CPU model). A model run that
 * fell back to the rules engine's record ranks as rules, since rules found its facts; an unknown engine ("import")
 * ranks lowest, so any engine's own reading of the narrative replaces it.
 */
export function engineRank(extraction: Pick<Extraction, 'engine' | 'fallbackReason'>): number {
  if (extraction.fallbackReason !== undefined) return ENGINE_RANK.rules;
  if (extraction.engine.startsWith('webllm')) return ENGINE_RANK.gpuModel;
  if (extraction.engine.startsWith('transformers')) return ENGINE_RANK.cpuModel;
  if (extraction.engine.startsWith('rules')) return ENGINE_RANK.rules;
  return -1;
}

/** A short, stable name for a narrative's exact text (SHA-256, 16 hex digits): equal text, equal version. */
export function narrativeVersion(narrative: string): string {
  return bytesToHex(sha256(utf8ToBytes(narrative))).slice(0, 16);
}

/**
 * Whether `candidate` (just run by this device) should replace `stored`, given the version of the narrative as it is
 * now. A candidate run on an older narrative never replaces anything (another device added a piece meanwhile); a
 * stored extraction of an older narrative is always replaced; on the same narrative only a higher-ranked engine
 * replaces, so equal engines on two devices do not overwrite each other back and forth.
 */
export function shouldReplaceExtraction(
  stored: StoredExtraction | undefined,
  candidate: StoredExtraction,
  currentNarrativeVersion: string,
): boolean {
  if (candidate.narrativeVersion !== currentNarrativeVersion) return false;
  if (!stored || stored.narrativeVersion !== currentNarrativeVersion) return true;
  return engineRank(candidate.extraction) > engineRank(stored.extraction);
}

/**
 * Of extractions two devices stored concurrently (an Automerge conflict), the one to show: the best for the current
 * narrative by the same rule, ties broken by the later run, then by engine name, so every device picks the same one.
 */
export function preferredExtraction(
  candidates: readonly StoredExtraction[],
  currentNarrativeVersion: string,
): StoredExtraction | undefined {
  const score = (s: StoredExtraction) => [
    s.narrativeVersion === currentNarrativeVersion ? 1 : 0,
    engineRank(s.extraction),
    Date.parse(s.extraction.at) || 0,
  ];
  let best: StoredExtraction | undefined;
  for (const c of candidates) {
    if (!best) {
      best = c;
      continue;
    }
    const [a, b] = [score(c), score(best)];
    const i = a.findIndex((x, k) => x !== b[k]);
    if (i >= 0 ? a[i] > b[i] : c.extraction.engine > best.extraction.engine) best = c;
  }
  return best;
}
