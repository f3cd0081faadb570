/**
 * The casualties of this device as automerge-repo documents (#13.1): one document per casualty (`src/sync/`), and one
 * small index document that lists them (casualty id → document URL), so a device that has never seen a casualty
 * learns of it from the index and fetches it. The index has one fixed id on every device and one fixed first change,
 * so every device starts from the same history and their additions merge. Loaded with a dynamic import once the
 * first view is on screen: Automerge's WebAssembly is not on the first screen's path.
 */
import { ImmutableString, getActorId, getChanges, init, load, view } from '@automerge/automerge';
import {
  decodeHeads,
  type AutomergeUrl,
  type DocHandle,
  type Repo,
  type StorageAdapterInterface,
  type StorageId,
  type UrlHeads,
} from '@automerge/automerge-repo';
import { mergeCasualty, narrativeOf, sameCasualty, type Casualty } from '../records/index.js';
import { isCasualtyDoc, type CasualtyDoc, type DeviceIdentity } from '../sync/casualty-doc.js';
import { applyCasualty, casualtyOf, initCasualtyDoc, offerExtraction } from '../sync/casualty-convert.js';
import { conflictsOf, resolveConflict, type FieldConflict } from '../sync/conflicts.js';
import {
  casualtyIndexGenesis,
  listCasualty,
  listedCasualties,
  openCasualtyIndex,
  type CasualtyIndex,
} from '../sync/casualty-index.js';
import { restore, softDelete } from '../sync/soft-delete.js';

const INDEX_START = load(casualtyIndexGenesis());

/** What the repo tells the workspace about a casualty another tab or device changed, or that it just found. */
export type CasualtyListener = (casualty: Casualty) => void;

export class CasualtyRepo {
  private readonly handles = new Map<string, DocHandle<CasualtyDoc>>();
  /** Casualty ids the index lists whose documents no peer has sent yet: asked again when a peer connects. */
  private readonly missing = new Set<string>();
  /** Casualty ids being fetched now, so an index change meanwhile does not fetch them twice. */
  private readonly finding = new Set<string>();
  private readonly listeners = new Set<CasualtyListener>();
  private readonly anyChange = new Set<() => void>();
  /** Per document, its last count of changes the kiosk lacks, and the heads it was counted at. */
  private readonly waitingCounts = new WeakMap<DocHandle<unknown>, { key: string; count: number }>();

  private constructor(
    readonly repo: Repo,
    private readonly index: DocHandle<CasualtyIndex>,
    private readonly device: () => string,
  ) {}

  /**
   * Opens the index (from storage when this device has it, else from its fixed first change) and every casualty it
   * lists that storage or a connected peer has. `storage` is the repo's own adapter, read to tell the two apart.
   */
  static async open(repo: Repo, storage: StorageAdapterInterface, device: () => string): Promise<CasualtyRepo> {
    const index = await openCasualtyIndex(repo, storage);
    const casualties = new CasualtyRepo(repo, index, device);
    index.on('change', () => void casualties.findListed());
    casualties.watch(index);
    repo.networkSubsystem.on('peer', () => void casualties.findMissing());
    await casualties.findListed();
    return casualties;
  }

  /** Calls `listener` with each casualty another tab or device changed or added. */
  onCasualty(listener: CasualtyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every casualty held, deleted ones included (with `deletedAt`). */
  casualties(): Casualty[] {
    return [...this.handles.values()].map((h) => casualtyOf(h.doc()));
  }

  has(id: string): boolean {
    return this.handles.has(id) || this.missing.has(id);
  }

  /**
   * Stores casualties as the app changed them and resolves once storage holds them (flushed), with what the
   * documents now hold for each. `basedOn(id)` is the version the app's change started from: changes that reached
   * the document since (another tab or device) are merged in, not undone. The deletion mark is never written here.
   */
  async write(
    casualties: Casualty[],
    basedOn: (id: string) => Casualty | undefined,
    ranOn: (extraction: object) => string | undefined = () => undefined,
  ): Promise<Casualty[]> {
    for (const c of casualties) {
      const handle = this.handles.get(c.id);
      if (!handle) {
        this.create(c);
        continue;
      }
      const current = casualtyOf(handle.doc());
      const base = basedOn(c.id);
      const merged =
        base && !sameCasualty(current, base) ? withoutTwins(mergeCasualty(base, c, current), base, current) : c;
      const { extraction: _offeredBelow, ...next } = withDeletion(merged, current.deletedAt);
      handle.change((d) => {
        applyCasualty(d, next, this.who(handle));
        // An extraction names the narrative it was run on: only offered when that is the narrative stored now
        // (another tab's or device's piece may have joined it), else it would pass for a reading of the whole.
        // (`ranOn` knows it for this tab's runs; a casualty may carry a run on an older narrative than its own.)
        const ran = c.extraction && (ranOn(c.extraction) ?? narrativeOf(c));
        if (c.extraction && narrativeOf(casualtyOf(d)) === ran) offerExtraction(d, c.extraction);
      });
    }
    await this.flush(casualties.map((c) => c.id));
    return casualties.map((c) => casualtyOf(this.handles.get(c.id)!.doc()));
  }

  /** Brings in casualties of the old store (the migration): each one this repo does not hold becomes a document. */
  async adopt(casualties: readonly Casualty[]): Promise<number> {
    const fresh = casualties.filter((c) => !this.has(c.id));
    for (const c of fresh) this.create(c);
    await this.flush(fresh.map((c) => c.id));
    return fresh.length;
  }

  /** Marks a casualty deleted, or brings it back within the undo window; resolves once stored. False when it cannot. */
  async setDeleted(id: string, deleted: boolean): Promise<boolean> {
    const handle = this.handles.get(id);
    if (!handle) return false;
    let done = true;
    handle.change((d) => {
      if (deleted) softDelete(d, this.who(handle));
      else done = restore(d, this.who(handle));
    });
    await this.flush([id]);
    return done;
  }

  /** Values two devices set at once on this casualty, each with who set it. */
  conflicts(id: string): FieldConflict[] {
    const handle = this.handles.get(id);
    return handle ? conflictsOf(handle.doc()) : [];
  }

  /** Keeps the side `opId` of the conflict on `key`, over both, on every device; resolves once stored. */
  async resolve(id: string, key: string, opId: string): Promise<Casualty | undefined> {
    const handle = this.handles.get(id);
    const conflict = handle && conflictsOf(handle.doc()).find((c) => c.key === key);
    if (!handle || !conflict) return undefined;
    handle.change((d) => void resolveConflict(d, conflict, opId, this.who(handle)));
    await this.flush([id]);
    return casualtyOf(handle.doc());
  }

  /**
   * Changes this device holds that the kiosk (its storage `kiosk`) has not confirmed yet, summed over every document;
   * every change counts while the kiosk was never reached.
   */
  changesNotOn(kiosk: StorageId | undefined): number {
    let waiting = 0;
    const handles: DocHandle<unknown>[] = [this.index, ...this.handles.values()];
    for (const handle of handles) {
      if (!handle.isReady()) continue;
      const theirs = kiosk && handle.getSyncInfo(kiosk)?.lastHeads;
      // Counting decodes the changes: a document whose heads and the kiosk's are as last time keeps its count.
      const key = `${handle.heads().join()}|${theirs?.join() ?? ''}`;
      const known = this.waitingCounts.get(handle);
      if (known?.key !== key) this.waitingCounts.set(handle, { key, count: this.countNotOn(handle, theirs) });
      waiting += this.waitingCounts.get(handle)!.count;
    }
    return waiting;
  }

  /** Changes of `handle`'s document that heads `theirs` (the kiosk's, if it was ever reached) do not include. */
  private countNotOn(handle: DocHandle<unknown>, theirs: UrlHeads | undefined): number {
    const doc = handle.doc();
    // The index's first change is the same everywhere: not this device's to send.
    if (!theirs) return getChanges(handle === this.index ? INDEX_START : init(), doc).length;
    const heads = handle.heads();
    if (heads.length === theirs.length && heads.every((h) => theirs.includes(h))) return 0;
    try {
      return getChanges(view(doc, decodeHeads(theirs)), doc).length;
    } catch {
      return 1; // the kiosk has changes this device lacks as well: at least one of ours is not there
    }
  }

  /** Tells `listener` whenever any casualty document, or what the kiosk confirmed of one, changes. */
  onAnyChange(listener: () => void): void {
    this.anyChange.add(listener);
  }

  private who(handle: DocHandle<unknown>): DeviceIdentity {
    return { device: this.device(), actor: getActorId(handle.doc() as never) };
  }

  private create(c: Casualty): void {
    const handle = this.repo.create<CasualtyDoc>();
    handle.change((d) => {
      initCasualtyDoc(d, c, this.who(handle));
      if (c.deletedAt) d.deletedAt = new ImmutableString(c.deletedAt);
    });
    this.track(c.id, handle);
    this.index.change((d) => listCasualty(d, c.id, handle.url));
  }

  private async flush(ids: string[]): Promise<void> {
    const docs = ids.flatMap((id) => this.handles.get(id)?.documentId ?? []);
    await this.repo.flush([this.index.documentId, ...docs]);
  }

  /** Tells the {@link onAnyChange} listeners of each change to the handle and each heads the kiosk confirms. */
  private watch(handle: DocHandle<unknown>): void {
    const tell = () => this.anyChange.forEach((listener) => listener());
    handle.on('heads-changed', tell);
    handle.on('remote-heads', tell);
  }

  private track(id: string, handle: DocHandle<CasualtyDoc>): void {
    this.handles.set(id, handle);
    this.missing.delete(id);
    this.watch(handle);
    handle.on('change', ({ doc }) => {
      const casualty = casualtyOf(doc);
      for (const listener of this.listeners) listener(casualty);
    });
  }

  /** Finds every casualty the index lists that is not open yet. */
  private async findListed(): Promise<void> {
    await Promise.all(
      listedCasualties(this.index.doc())
        .filter(([id]) => !this.handles.has(id) && !this.finding.has(id))
        .map(([id, url]) => this.find(id, url)),
    );
  }

  private async findMissing(): Promise<void> {
    this.missing.clear();
    await this.findListed();
  }

  private async find(id: string, url: AutomergeUrl): Promise<void> {
    let handle: DocHandle<CasualtyDoc>;
    this.finding.add(id);
    try {
      handle = await this.repo.find<CasualtyDoc>(url);
    } catch {
      this.missing.add(id); // no peer has it now: asked again when one connects
      return;
    } finally {
      this.finding.delete(id);
    }
    if (this.handles.has(id) || !isCasualtyDoc(handle.doc())) return;
    this.track(id, handle);
    const casualty = casualtyOf(handle.doc());
    for (const listener of this.listeners) listener(casualty);
  }
}

/** `c` with the deletion mark the document holds (deletion changes only through {@link CasualtyRepo.setDeleted}). */
function withDeletion(c: Casualty, deletedAt: string | undefined): Casualty {
  const { deletedAt: _ignored, ...rest } = c;
  return deletedAt ? { ...rest, deletedAt } : rest;
}

/**
 * `merged` without its new pieces that repeat, word for word, a piece another tab or device added since `base`:
 * two tabs show one draft, and adding it in both is one piece (as the previous store's merge kept it). Pieces
 * added at the same moment on both sides, before either saw the other's, both stay: that is the document's merge.
 */
function withoutTwins(merged: Casualty, base: Casualty, current: Casualty): Casualty {
  const key = (p: { at: string; text: string }) => `${p.at}\n${p.text}`;
  const inBase = new Set(base.timeline.map(key));
  const inDoc = new Set(current.timeline.map(key));
  const theirs = new Map<string, number>();
  for (const p of current.timeline) if (!inBase.has(key(p))) theirs.set(p.text, (theirs.get(p.text) ?? 0) + 1);
  const timeline = merged.timeline.filter((p) => {
    if (inDoc.has(key(p))) return true;
    const twins = theirs.get(p.text) ?? 0;
    if (twins > 0) theirs.set(p.text, twins - 1);
    return twins === 0;
  });
  return timeline.length === merged.timeline.length ? merged : { ...merged, timeline };
}
