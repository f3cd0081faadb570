/**
 * The casualties this device holds and which one the medic is working on, shared by every view.
 * Every change goes through {@link CasualtyWorkspace.update}, which hands the new version to autosave
 * at once, so nothing waits for a button. Storage problems are kept in `problem` for the views to show.
 * The page's events, the tabs' channel and storage are passed in ({@link WorkspaceOptions}), so it runs in Node.
 */
import {
  UNDO_WINDOW_MS,
  createAutosave,
  createCasualty,
  mergeCasualty,
  narrativeOf,
  openCasualtyStore,
  sameCasualty,
  toStorageError,
  updateCasualty,
  type Autosave,
  type Casualty,
  type CasualtyStore,
  type StorageError,
  type StoreEvent,
} from '../records/index.js';
import { Observable } from './observable.js';
import { BLOCKED_MESSAGE, storeClosedMessage, type ClosedCause } from './storage-messages.js';

/** Where the last save stands, for the "Saved" line. */
export type SaveState = 'saved' | 'saving' | 'failed';

const CURRENT_KEY = 'tccc-scribe.current-casualty';
/** Where each tab says which casualties it just wrote, so the others show them (and merge, see db.ts put). */
const SAVED_CHANNEL = 'tccc-scribe.casualties-saved';

/** The page around the workspace; each part is optional so tests pass only what they exercise. */
export interface WorkspaceOptions {
  /** Where `pagehide` fires (window): pending changes are written then. */
  page?: EventTarget;
  /** The document, whose `visibilitychange` to hidden writes pending changes. */
  doc?: EventTarget & { visibilityState: string };
  /** Tells the app's other tabs which casualties this one wrote, and hears theirs. */
  channel?: Pick<BroadcastChannel, 'postMessage' | 'onmessage'>;
  /** Remembers which casualty was open across reloads (localStorage). */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Opens the records database; the app's IndexedDB store by default. */
  openStore?: typeof openCasualtyStore;
  /** This device's name (`device-name.ts`), written on each casualty started here as the device that recorded it. */
  deviceName?: string;
}

/** A BroadcastChannel for the app's casualty saves. */
export function savedChannel(): BroadcastChannel {
  return new BroadcastChannel(SAVED_CHANNEL);
}

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
  readonly ready: Promise<void>;
  private store: CasualtyStore | undefined;
  /** Why the store could not be opened; every later write fails with it, so the medic keeps seeing the real reason. */
  private openError: StorageError | undefined;
  /** Why the open store was closed for good (another tab's update, or the browser); no later save can succeed. */
  private closedCause: ClosedCause | undefined;
  private readonly autosave: Autosave;
  /** Per casualty, the version this tab last read from or wrote to the store: what its next save is based on. */
  private readonly stored = new Map<string, Casualty>();
  private readonly narrativeListeners = new Set<(id: string) => void>();

  constructor(private readonly options: WorkspaceOptions = {}) {
    super();
    if (options.channel)
      options.channel.onmessage = (event: MessageEvent<string[]>) =>
        void this.ready.then(() => this.onOtherTabSaved(event.data));
    this.autosave = createAutosave({
      write: async (...cs) => {
        this.adoptStored(cs, await this.requireStore().put(cs, (id) => this.stored.get(id)));
        this.options.channel?.postMessage(cs.map((c) => c.id));
      },
      onError: (error) => this.setProblem(this.closedCause ? this.closedMessage() : error.message),
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

  /** Calls `listener` with a casualty's id when another tab's changes altered its narrative (so it is re-extracted). */
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
    const started = createCasualty();
    const casualty: Casualty = this.options.deviceName ? { ...started, recordedBy: this.options.deviceName } : started;
    this.casualties = [...this.casualties, casualty];
    this.save(casualty);
    this.select(casualty.id);
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
   * {@link update} for a change the medic takes as done (a narrative piece added, a hand edit, an
   * import): written at once, not after the typing pause. Resolves true once storage holds it
   * durably, false when the write failed (`problem` says why; the change stays pending, shown as
   * not saved). Views show it as done only once {@link storedVersion} has it.
   */
  async commit(id: string, change: (c: Casualty) => Casualty): Promise<boolean> {
    this.update(id, change);
    return this.flushed();
  }

  /** The version of casualty `id` this tab knows storage holds (last written or read): what a power cut leaves. */
  storedVersion(id: string): Casualty | undefined {
    return this.stored.get(id);
  }

  /** Sets the Capture draft (typing), stamping the update time like any other change. */
  setDraft(id: string, draft: string): void {
    this.update(id, (c) => (c.draft === draft ? c : updateCasualty(c, { draft })));
  }

  /**
   * Adds an imported casualty (replacing one with the same id) and makes it current. Resolves true
   * once storage holds it durably, false when the write failed (`problem` says why).
   */
  async add(casualty: Casualty): Promise<boolean> {
    const { deletedAt: _dropped, ...live } = casualty;
    this.deleted = this.deleted.filter((c) => c.id !== live.id);
    if (this.store && (await this.store.get(live.id))?.deletedAt) await this.store.undoDelete(live.id);
    this.casualties = [...this.casualties.filter((c) => c.id !== live.id), live].sort(byStart);
    this.save(live);
    this.select(live.id);
    return this.flushed();
  }

  /** Deletes a casualty so that {@link undoDelete} can bring it back for the undo window. */
  async remove(id: string): Promise<void> {
    const casualty = this.casualties.find((c) => c.id === id);
    if (!casualty) return;
    try {
      await this.autosave.flush(); // a pending first save would otherwise recreate it after the delete
      await this.requireStore().softDelete(id);
      this.options.channel?.postMessage([id]);
    } catch (e) {
      this.setProblem(toStorageError(e).message);
      return;
    }
    // Keep the latest version: a change (typing, an extraction) may have landed while the delete was written.
    const latest = this.casualties.find((c) => c.id === id) ?? casualty;
    this.casualties = this.casualties.filter((c) => c.id !== id);
    this.deleted = [...this.deleted, { ...latest, deletedAt: new Date().toISOString() }];
    if (this.currentId === id) this.currentId = this.casualties.at(-1)?.id;
    this.rememberCurrent();
    this.changed();
  }

  async undoDelete(id: string): Promise<void> {
    const casualty = this.deleted.find((c) => c.id === id);
    if (!casualty) return;
    try {
      await this.requireStore().undoDelete(id);
      this.options.channel?.postMessage([id]);
    } catch (e) {
      this.setProblem(toStorageError(e).message);
      return;
    }
    const { deletedAt: _undone, ...restored } = casualty;
    this.deleted = this.deleted.filter((c) => c.id !== id);
    this.casualties = [...this.casualties, restored].sort(byStart);
    this.select(id);
  }

  /** Writes everything pending now (before an export, or from tests). */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  /** Writes everything pending now; false when that failed (onError has already shown why). */
  private async flushed(): Promise<boolean> {
    try {
      await this.autosave.flush();
      return true;
    } catch {
      return false;
    }
  }

  private async load(): Promise<void> {
    try {
      this.store = await (this.options.openStore ?? openCasualtyStore)({
        onEvent: (event) => this.onStoreEvent(event),
      });
      await this.store.purgeDeleted();
      this.casualties = (await this.store.list()).sort(byStart);
      const cutoff = Date.now() - UNDO_WINDOW_MS;
      this.deleted = (await this.store.listDeleted()).filter((c) => Date.parse(c.deletedAt!) > cutoff);
      for (const c of [...this.casualties, ...this.deleted]) this.stored.set(c.id, c);
    } catch (e) {
      this.openError = toStorageError(e, 'open');
      this.setProblem(this.openError.message);
    }
    const remembered = this.readRemembered();
    if (remembered && this.casualties.some((c) => c.id === remembered)) this.currentId = remembered;
    else if (this.casualties.length) this.currentId = this.casualties.at(-1)!.id;
    else this.create();
    this.loaded = true;
    this.changed();
  }

  /**
   * After a write: `stored` is what the store holds for each of `written`. Where it merged in another
   * tab's changes, this tab shows them, keeping whatever was typed here since the write began.
   */
  private adoptStored(written: Casualty[], stored: Casualty[]): void {
    written.forEach((w, i) => {
      const s = stored[i];
      this.stored.set(s.id, s);
      const local = this.casualties.find((c) => c.id === s.id);
      if (!local) return;
      if (s.deletedAt) return this.showDeleted(s); // another tab deleted it meanwhile: this save went into the deleted copy, undo brings it back
      if (s === w || sameCasualty(s, w)) return;
      const next = local === w ? s : mergeCasualty(w, local, s);
      this.replace(local, next);
      if (next !== s) this.save(next);
    });
  }

  /** Another tab wrote these casualties: show what it stored, unless a save of ours is due (that save merges). */
  private async onOtherTabSaved(ids: string[]): Promise<void> {
    for (const id of ids) {
      const stored = await this.store?.get(id).catch(() => undefined);
      if (!stored || this.autosave.pendingIds().includes(id)) continue;
      this.stored.set(id, stored);
      const local = this.casualties.find((c) => c.id === id);
      if (stored.deletedAt) {
        if (local) this.showDeleted(stored);
      } else if (!local) {
        this.deleted = this.deleted.filter((c) => c.id !== id);
        this.casualties = [...this.casualties, stored].sort(byStart);
      } else if (!sameCasualty(local, stored)) {
        this.replace(local, stored);
      }
      this.changed();
    }
  }

  /** Shows a casualty another tab deleted as deleted here too, with its undo. */
  private showDeleted(stored: Casualty): void {
    this.casualties = this.casualties.filter((c) => c.id !== stored.id);
    this.deleted = [...this.deleted.filter((c) => c.id !== stored.id), stored];
    if (this.currentId === stored.id) this.currentId = this.casualties.at(-1)?.id;
    this.changed();
  }

  /** Puts `next` in place of `local`, asking for a new extraction when the narrative differs. */
  private replace(local: Casualty, next: Casualty): void {
    this.casualties = this.casualties.map((c) => (c === local ? next : c));
    this.changed();
    if (narrativeOf(next) !== narrativeOf(local)) for (const listener of this.narrativeListeners) listener(next.id);
  }

  private onStoreEvent(event: StoreEvent): void {
    if (event.type === 'blocked') return this.setProblem(BLOCKED_MESSAGE);
    this.closedCause = event.type;
    this.setProblem(this.closedMessage());
  }

  private closedMessage(): string {
    return storeClosedMessage(this.closedCause!, this.autosave.pendingIds().length);
  }

  private requireStore(): CasualtyStore {
    if (!this.store)
      throw (
        this.openError ?? toStorageError(new DOMException('The record store is not open.', 'InvalidStateError'), 'open')
      );
    return this.store;
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
    try {
      if (this.currentId) this.options.storage?.setItem(CURRENT_KEY, this.currentId);
    } catch {
      // Only which casualty was open is lost; the records themselves are in IndexedDB.
    }
  }

  private readRemembered(): string | null {
    try {
      return this.options.storage?.getItem(CURRENT_KEY) ?? null;
    } catch {
      return null; // storage disabled: start on the latest casualty
    }
  }
}

const byStart = (a: Casualty, b: Casualty) => a.createdAt.localeCompare(b.createdAt);
