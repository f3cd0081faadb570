/**
 * The casualties this device holds and which one the medic is working on, shared by every view. Every change goes
 * through {@link CasualtyWorkspace.update}, which hands it to autosave at once: nothing waits for a button. Storage
 * problems are kept in `problem` for the views. The casualties live in automerge-repo documents (`casualty-repo.ts`)
 * that other tabs and devices (the kiosk's `/sync`) share: their changes are shown as they come. What storage holds
 * is kept by `stored-casualties.ts`, what the views show here. The repo comes as an opener ({@link WorkspaceOptions}),
 * so the page loads it after its first view and tests run in Node.
 */
// From the records modules themselves, not their index: this module is on the first screen, and the index also
// brings the exports, the record validator and the reports, which only some views need (see vite.config.ts).
import { createAutosave, type Autosave } from '../records/autosave.js';
import { createCasualty, narrativeOf, sameCasualty, updateCasualty, type Casualty } from '../records/casualty.js';
import { toStorageError } from '../records/errors.js';
import { mergeCasualty } from '../records/merge.js';
import type { FieldConflict } from '../sync/conflicts.js';
import type { WorkspaceOptions } from './casualty-source.js';
import { openedCurrent, openedLists, storedChange, withCasualty } from './casualty-lists.js';
import { Observable } from './observable.js';
import { rememberCasualty, rememberedCasualty } from './remembered-casualty.js';
import { StoredCasualties } from './stored-casualties.js';
import type { SyncStatus } from './sync-status.js';

/** Where the last save stands, for the "Saved" line. */
export type SaveState = 'saved' | 'saving' | 'failed';

export class CasualtyWorkspace extends Observable {
  /** Casualties not deleted, in the order they were started. */
  casualties: Casualty[] = [];
  /** Deleted casualties the medic can still bring back. */
  deleted: Casualty[] = [];
  currentId: string | undefined;
  saveState: SaveState = 'saved';
  /** False until the stored casualties have been read. */
  loaded = false;
  /** What went wrong with storage, in words for the medic; cleared by the next good save. */
  problem: string | undefined;
  /** Where sync with the kiosk stands; absent until the repo is open. */
  sync: SyncStatus | undefined;
  readonly ready: Promise<void>;
  private readonly store = new StoredCasualties();
  private readonly autosave: Autosave;
  private readonly narrativeListeners = new Set<(id: string) => void>();

  constructor(private readonly options: WorkspaceOptions) {
    super();
    this.autosave = createAutosave({
      write: async (...cs) => {
        await this.ready; // a casualty started while the repo opens is written once it is open
        this.adoptStored(cs, await this.store.write(cs));
      },
      onError: (error) => this.setProblem(error.message),
      onSaved: () => {
        this.saveState = this.autosave.pendingIds().length ? 'saving' : 'saved';
        this.problem = undefined;
        this.changed();
      },
      ...(options.page ? { page: options.page } : {}),
      ...(options.doc ? { doc: options.doc } : {}),
    });
    this.ready = this.load();
  }

  /** The casualty the views show. */
  get current(): Casualty | undefined {
    return this.casualties.find((c) => c.id === this.currentId);
  }

  /** Calls `listener` with a casualty's id when another tab's or device's changes altered its narrative. */
  onNarrativeChanged(listener: (id: string) => void): () => void {
    this.narrativeListeners.add(listener);
    return () => this.narrativeListeners.delete(listener);
  }

  select(id: string): void {
    if (!this.casualties.some((c) => c.id === id)) return;
    this.currentId = id;
    this.rememberCurrent();
    this.changed();
  }

  /** Starts a new, empty casualty, makes it current and saves it. */
  create(): Casualty {
    const casualty = this.startLocally();
    this.save(casualty);
    return casualty;
  }

  /** Replaces casualty `id` with `change(latest version)` and saves it; a no-op when it is gone. */
  update(id: string, change: (c: Casualty) => Casualty): void {
    const before = this.casualties.find((c) => c.id === id);
    if (!before) return;
    const after = change(before);
    if (after === before) return;
    this.casualties = this.casualties.map((c) => (c.id === id ? after : c));
    this.save(after);
    this.changed();
  }

  /**
   * {@link update} for a change the medic takes as done (a narrative piece added, a hand edit, an import): written
   * at once, not after the typing pause. Resolves true once storage holds it durably, false when the write failed
   * (`problem` says why; the change stays pending, unsaved). Views show it done once {@link storedVersion} has it.
   */
  async commit(id: string, change: (c: Casualty) => Casualty): Promise<boolean> {
    this.update(id, change);
    return this.flushed();
  }

  /** The version of casualty `id` this tab knows storage holds (last written or read): what a power cut leaves. */
  storedVersion(id: string): Casualty | undefined {
    return this.store.version(id);
  }

  /** Lands an extraction run on `narrative`, if the casualty's narrative is still that one. */
  extracted(id: string, narrative: string, extraction: NonNullable<Casualty['extraction']>): void {
    this.store.ranExtractionOn(extraction, narrative);
    this.update(id, (c) => (narrativeOf(c) === narrative ? { ...c, extraction } : c));
  }

  /** Sets the Capture draft (typing), stamping the update time like any other change. */
  setDraft(id: string, draft: string): void {
    this.update(id, (c) => (c.draft === draft ? c : updateCasualty(c, { draft })));
  }

  /**
   * Adds an imported casualty (merged into one with the same id) and makes it current. Resolves true
   * once storage holds it durably, false when the write failed (`problem` says why).
   */
  async add(casualty: Casualty): Promise<boolean> {
    const { deletedAt: _dropped, ...live } = casualty;
    if (this.deleted.some((c) => c.id === live.id)) await this.undoDelete(live.id);
    this.casualties = withCasualty(this.casualties, live);
    this.save(live);
    this.select(live.id);
    return this.flushed();
  }

  /** Deletes a casualty so that {@link undoDelete} can bring it back for the undo window (on every device). */
  async remove(id: string): Promise<void> {
    if (!this.casualties.some((c) => c.id === id)) return;
    const deleted = await this.storing(async () => {
      await this.autosave.flush(); // a pending first save creates its document: the delete needs it
      return this.store.setDeleted(id, true);
    });
    if (deleted === undefined) return;
    // Keep the latest version: a change (typing, an extraction) may have landed while the delete was written.
    const latest = this.casualties.find((c) => c.id === id);
    if (latest) this.showStored({ ...latest, deletedAt: new Date().toISOString() });
  }

  async undoDelete(id: string): Promise<void> {
    const casualty = this.deleted.find((c) => c.id === id);
    if (!casualty) return;
    if (!(await this.storing(() => this.store.setDeleted(id, false)))) return;
    const { deletedAt: _undone, ...restored } = casualty;
    this.deleted = this.deleted.filter((c) => c.id !== id);
    this.casualties = withCasualty(this.casualties, restored);
    this.select(id);
  }

  /**
   * Whether this device still holds casualty `id`: live, or deleted and not yet past its undo window (what its
   * recordings live as long as). Throws when the casualty documents could not be opened: nothing is known then.
   */
  holds(id: string): boolean {
    this.store.require();
    return this.casualties.some((c) => c.id === id) || this.deleted.some((c) => c.id === id);
  }

  /** Values two devices set at once on casualty `id`, each with the device that set it. */
  conflicts(id: string): FieldConflict[] {
    return this.store.conflicts(id);
  }

  /** Keeps one side (`opId`) of the conflict on document key `key`, on every device; resolves once stored. */
  async resolveConflict(id: string, key: string, opId: string): Promise<void> {
    await this.flushed(); // the pick lands on what this tab typed, not under it
    const stored = await this.storing(() => this.store.resolve(id, key, opId));
    if (stored) this.showStored(stored);
  }

  /** Writes everything pending now (before an export, or from tests). */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  /** Writes everything pending now; false when that failed (onError has already shown why). */
  private flushed(): Promise<boolean> {
    return this.autosave.flush().then(
      () => true,
      () => false,
    );
  }

  /** Runs a write to storage; when it fails, `problem` says why and the result is undefined. */
  private async storing<T>(write: () => Promise<T>): Promise<T | undefined> {
    try {
      return await write();
    } catch (e) {
      this.setProblem(toStorageError(e).message);
      return undefined;
    }
  }

  private async load(): Promise<void> {
    try {
      const opened = await this.store.open(
        this.options.openRepo,
        (status) => {
          this.sync = status;
          this.changed();
        },
        (c) => this.onOtherChange(c),
      );
      ({ casualties: this.casualties, deleted: this.deleted } = openedLists(opened, this.casualties));
    } catch (e) {
      this.setProblem(toStorageError(e, 'open').message);
    }
    this.currentId = openedCurrent(this.casualties, this.currentId, rememberedCasualty(this.options.storage));
    if (this.currentId) this.rememberCurrent();
    else this.startLocally(); // stored (and shared) with its first change: an empty one is nobody's news
    this.loaded = true;
    this.changed();
  }

  /** A new empty casualty, current, not saved yet. */
  private startLocally(): Casualty {
    const started = createCasualty();
    const casualty: Casualty = this.options.deviceName ? { ...started, recordedBy: this.options.deviceName } : started;
    this.casualties = [...this.casualties, casualty];
    this.select(casualty.id);
    return casualty;
  }

  /**
   * After a write: `stored` is what the documents hold for each of `written`. Where they merged in another
   * tab's or device's changes (or kept a better engine's extraction), this tab shows that, keeping whatever was
   * typed here since the write began.
   */
  private adoptStored(written: Casualty[], stored: Casualty[]): void {
    written.forEach((w, i) => {
      const s = stored[i];
      const local = this.casualties.find((c) => c.id === s.id);
      if (!local || sameCasualty(s, w)) return;
      const next = local === w ? s : mergeCasualty(w, local, s);
      this.replace(local, next);
      if (next !== s) this.save(next);
    });
  }

  /** Another tab or device changed (or added) this casualty: show it, unless a save of ours is due (that save merges). */
  private onOtherChange(stored: Casualty): void {
    if (!this.loaded || this.autosave.pendingIds().includes(stored.id)) return;
    const known = this.store.version(stored.id);
    this.store.heard(stored);
    // Same values can still carry news: a conflict, whose shown side is the one this tab already had.
    if (known && sameCasualty(known, stored) && Boolean(known.deletedAt) === Boolean(stored.deletedAt))
      return this.changed();
    this.showStored(stored);
  }

  /** Shows what the repo holds for a casualty: live, deleted (with its undo), or gone past the undo window. */
  private showStored(stored: Casualty): void {
    const change = storedChange(this, stored);
    if (change.kind === 'replaced') return this.replace(change.local, stored);
    if (change.kind === 'unchanged') return;
    ({ casualties: this.casualties, deleted: this.deleted, currentId: this.currentId } = change.lists);
    if (change.kind === 'deleted') this.rememberCurrent();
    this.changed();
    if (change.kind === 'added') for (const listener of this.narrativeListeners) listener(stored.id);
  }

  /** Puts `next` in place of `local`, asking for a new extraction when the narrative differs. */
  private replace(local: Casualty, next: Casualty): void {
    this.casualties = this.casualties.map((c) => (c === local ? next : c));
    this.changed();
    if (narrativeOf(next) !== narrativeOf(local)) for (const listener of this.narrativeListeners) listener(next.id);
  }

  private save(casualty: Casualty): void {
    this.saveState = 'saving';
    this.autosave.schedule(casualty);
  }

  private setProblem(message: string): void {
    this.problem = message;
    this.saveState = this.autosave.pendingIds().length ? 'failed' : this.saveState;
    this.changed();
  }

  private rememberCurrent(): void {
    if (this.currentId) rememberCasualty(this.options.storage, this.currentId);
  }
}
