/**
 * This tab's link to the casualty documents: what storage holds of each casualty as far as this tab knows (what
 * the next save is based on, and what a power cut leaves), and why the documents could not be opened. The
 * workspace (`casualty-workspace.ts`) keeps what the views show; this keeps what is stored.
 */
import type { Casualty } from '../records/casualty.js';
import { toStorageError, type StorageError } from '../records/errors.js';
import type { FieldConflict } from '../sync/conflicts.js';
import type { CasualtyListener } from './casualty-repo.js';
import type { CasualtySource, WorkspaceOptions } from './casualty-source.js';
import type { SyncStatus } from './sync-status.js';

export class StoredCasualties {
  private source: CasualtySource | undefined;
  /** Why the documents could not be opened; every later write fails with it, so the medic keeps seeing the real reason. */
  private openError: StorageError | undefined;
  /** Per casualty, the version this tab last read from or wrote to the documents. */
  private readonly versions = new Map<string, Casualty>();
  /** The narrative each extraction this tab ran was run on: it is stored only as a reading of that narrative. */
  private readonly ranOn = new WeakMap<object, string>();

  /**
   * Opens the documents and returns every casualty they hold, deleted ones too; `onCasualty` then hears each
   * change another tab or device makes. Throws (and keeps) the storage error when they cannot be opened.
   */
  async open(
    openRepo: WorkspaceOptions['openRepo'],
    onStatus: (status: SyncStatus) => void,
    onCasualty: CasualtyListener,
  ): Promise<Casualty[]> {
    try {
      this.source = await openRepo(onStatus);
      const all = this.source.casualties();
      for (const c of all) this.versions.set(c.id, c);
      this.source.onCasualty(onCasualty);
      return all;
    } catch (e) {
      this.openError = toStorageError(e, 'open');
      throw this.openError;
    }
  }

  /** The version of casualty `id` storage holds, as far as this tab knows. */
  version(id: string): Casualty | undefined {
    return this.versions.get(id);
  }

  /** Notes what storage holds now, as another tab or device changed it. */
  heard(stored: Casualty): void {
    this.versions.set(stored.id, stored);
  }

  /** Notes that `extraction` was run on `narrative`. */
  ranExtractionOn(extraction: object, narrative: string): void {
    this.ranOn.set(extraction, narrative);
  }

  /** Writes `casualties`, each based on the version this tab last knew; resolves with what storage holds of each. */
  async write(casualties: Casualty[]): Promise<Casualty[]> {
    const stored = await this.require().write(
      casualties,
      (id) => this.versions.get(id),
      (e) => this.ranOn.get(e),
    );
    for (const s of stored) this.versions.set(s.id, s);
    return stored;
  }

  /** Marks casualty `id` deleted or not, on every device; false when there was nothing to change. */
  setDeleted(id: string, deleted: boolean): Promise<boolean> {
    return this.require().setDeleted(id, deleted);
  }

  /** Values two devices set at once on casualty `id`, each with the device that set it. */
  conflicts(id: string): FieldConflict[] {
    return this.source?.conflicts(id) ?? [];
  }

  /** Keeps one side (`opId`) of the conflict on document key `key`; resolves with what storage holds then. */
  async resolve(id: string, key: string, opId: string): Promise<Casualty | undefined> {
    const stored = await this.require().resolve(id, key, opId);
    if (stored) this.versions.set(stored.id, stored);
    return stored;
  }

  /** Throws the reason the documents are not open (the open's own error when it failed). */
  require(): CasualtySource {
    if (!this.source)
      throw (
        this.openError ?? toStorageError(new DOMException('The record store is not open.', 'InvalidStateError'), 'open')
      );
    return this.source;
  }
}
