/**
 * Adding narrative and keeping the extraction in step with it: after each piece the current
 * engine runs on the whole narrative; a newer piece cancels the run still going for that casualty.
 */
import { appendNarrative, narrativeOf, narrativeTooLong, updateCasualty, type Casualty } from '../../records/index.js';
import { extractNarrative } from '../app-engine.js';
import { NARRATIVE_CHANGED, type CasualtyState } from './casualty-state.js';

const running = new Map<string, AbortController>();
const failures = new Map<string, string>();

/** Whether an extraction is running for casualty `id`. */
export function isExtracting(id: string): boolean {
  return running.has(id);
}

/** Why the last extraction of casualty `id` failed, if it did. */
export function extractionFailure(id: string): string | undefined {
  return failures.get(id);
}

/**
 * Appends `text` to the casualty's timeline (stamped now), clears the draft, writes it at once
 * (the view shows the piece as added once stored) and re-extracts. Returns why it was refused, if it was.
 */
export function addNarrativePiece(state: CasualtyState, id: string, text: string): string | undefined {
  const casualty = state.casualties.find((c) => c.id === id);
  if (!casualty || !text.trim()) return undefined;
  const tooLong = narrativeTooLong(casualty, text);
  if (tooLong) return `Not added: ${tooLong}`;
  void state.commit(id, (c) => updateCasualty(appendNarrative(c, text), { draft: '' }));
  void reextract(state, id);
  return undefined;
}

/** Runs the current engine on the casualty's whole narrative and stores the result with it. */
async function reextract(state: CasualtyState, id: string): Promise<void> {
  const casualty = state.casualties.find((c) => c.id === id);
  if (!casualty) return;
  running.get(id)?.abort();
  const controller = new AbortController();
  running.set(id, controller);
  failures.delete(id);
  state.changed();
  const narrative = narrativeOf(casualty);
  try {
    const extraction = await extractNarrative(narrative, { signal: controller.signal });
    // Only the run for the narrative as it stands now may land.
    state.update(id, (c) => (narrativeOf(c) === narrative ? { ...c, extraction } : c));
  } catch (e) {
    if (!controller.signal.aborted) failures.set(id, e instanceof Error ? e.message : String(e));
  } finally {
    if (running.get(id) === controller) running.delete(id);
    state.changed();
  }
}

/** Whether the stored extraction predates the last piece of narrative (the tab closed mid-run). */
function isStale(c: Casualty): boolean {
  const last = c.timeline.at(-1);
  if (!last) return false;
  return !c.extraction || c.extraction.at < last.at;
}

/** Re-extracts every casualty whose extraction missed its latest narrative; run once after loading. */
async function refreshStale(state: CasualtyState): Promise<void> {
  await Promise.all(state.casualties.filter(isStale).map((c) => reextract(state, c.id)));
}

const kept = new WeakSet<CasualtyState>();

/**
 * Once per state, from any view that shows extracted facts: re-extracts what a closed tab left
 * stale, and from then on every casualty whose narrative another tab's changes altered.
 */
export function keepExtractionCurrent(state: CasualtyState): void {
  if (kept.has(state)) return;
  kept.add(state);
  state.addEventListener(NARRATIVE_CHANGED, (event) => void reextract(state, (event as CustomEvent<string>).detail));
  void state.ready.then(() => refreshStale(state));
}
