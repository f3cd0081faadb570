/**
 * Adding narrative and keeping the extraction in step with it: after each piece the current engine runs on the
 * whole narrative; a newer piece cancels the run still going for that casualty, and only the run for the narrative
 * as it stands may land. From the moment it is made (not when a view opens) it re-extracts what a closed tab left
 * stale and every casualty whose narrative another tab's changes altered, so every view shows a current extraction.
 */
// Not the records index: see casualty-workspace.ts.
import { appendNarrative, narrativeOf, updateCasualty, type Casualty } from '../records/casualty.js';
import { narrativeTooLong } from '../records/limits.js';
import type { ExtractContext } from '../engines/engine.js';
import type { Extraction } from '../tccc/extraction.js';
import type { CasualtyWorkspace } from './casualty-workspace.js';

/** Runs the app's current engine on a whole narrative (the engine manager's `extract`). */
export type ExtractNarrative = (narrative: string, context: ExtractContext) => Promise<Extraction>;

export class NarrativeRunner {
  private readonly running = new Map<string, AbortController>();
  private readonly failures = new Map<string, string>();
  /** Resolves once the stale extractions found after loading have been run again. */
  readonly refreshed: Promise<void>;

  constructor(
    private readonly workspace: CasualtyWorkspace,
    private readonly extract: ExtractNarrative,
  ) {
    workspace.onNarrativeChanged((id) => void this.reextract(id));
    this.refreshed = workspace.ready.then(() => this.refreshStale());
  }

  /** Whether an extraction is running for casualty `id`. */
  isExtracting(id: string): boolean {
    return this.running.has(id);
  }

  /** Why the last extraction of casualty `id` failed, if it did. */
  extractionFailure(id: string): string | undefined {
    return this.failures.get(id);
  }

  /**
   * Appends `text` to the casualty's timeline (stamped now), clears the draft, writes it at once
   * (the view shows the piece as added once stored) and re-extracts. Returns why it was refused, if it was.
   */
  addPiece(id: string, text: string): string | undefined {
    const casualty = this.workspace.casualties.find((c) => c.id === id);
    if (!casualty || !text.trim()) return undefined;
    const tooLong = narrativeTooLong(casualty, text);
    if (tooLong) return `Not added: ${tooLong}`;
    void this.workspace.commit(id, (c) => updateCasualty(appendNarrative(c, text), { draft: '' }));
    void this.reextract(id);
    return undefined;
  }

  /** Runs the current engine on the casualty's whole narrative and stores the result with it. */
  async reextract(id: string): Promise<void> {
    const casualty = this.workspace.casualties.find((c) => c.id === id);
    if (!casualty) return;
    this.running.get(id)?.abort();
    const controller = new AbortController();
    this.running.set(id, controller);
    this.failures.delete(id);
    this.workspace.changed();
    const narrative = narrativeOf(casualty);
    try {
      const extraction = await this.extract(narrative, { signal: controller.signal });
      // Only the run for the narrative as it stands now may land.
      this.workspace.extracted(id, narrative, extraction);
    } catch (e) {
      if (!controller.signal.aborted) this.failures.set(id, e instanceof Error ? e.message : String(e));
    } finally {
      if (this.running.get(id) === controller) this.running.delete(id);
      this.workspace.changed();
    }
  }

  /** Re-extracts every casualty whose extraction missed its latest narrative. */
  private async refreshStale(): Promise<void> {
    await Promise.all(this.workspace.casualties.filter(isStale).map((c) => this.reextract(c.id)));
  }
}

/** Whether the stored extraction predates the last piece of narrative (the tab closed mid-run). */
export function isStale(c: Casualty): boolean {
  const last = c.timeline.at(-1);
  if (!last) return false;
  return !c.extraction || c.extraction.at < last.at;
}
