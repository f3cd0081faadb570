/**
 * The casualties a kiosk holds, read from and written to `<data-dir>/records/` without the server: what
 * `records:export` prints and `records:import` takes back (#13.3). Writing goes through automerge-repo like any
 * device, so an imported casualty merges with the one already held (pieces added, edits and fields set) instead of
 * replacing it.
 */
import { Repo, type DocHandle, type DocumentId, type PeerId } from '@automerge/automerge-repo';
import { getActorId } from '@automerge/automerge';
import type { Casualty } from '../records/casualty.js';
import { isCasualtyDoc, text, type CasualtyDoc } from '../sync/casualty-doc.js';
import { applyCasualty, casualtyOf, initCasualtyDoc } from '../sync/casualty-convert.js';
import { listCasualty, openCasualtyIndex } from '../sync/casualty-index.js';
import { PrivateFsStorage, ensurePrivateDir, recordsDirOf, storedDocumentIds } from './records-storage.js';
import { byCodeUnits } from '../records/code-unit-order.js';

/** A repo on the records folder, with no network: for the command-line tools. */
async function openRecords(dataDir: string): Promise<{ repo: Repo; storage: PrivateFsStorage }> {
  await ensurePrivateDir(dataDir);
  await ensurePrivateDir(recordsDirOf(dataDir));
  const storage = new PrivateFsStorage(recordsDirOf(dataDir));
  return { repo: new Repo({ storage, network: [], peerId: `records-cli-${process.pid}` as PeerId }), storage };
}

async function casualtyHandles(repo: Repo, dataDir: string): Promise<DocHandle<CasualtyDoc>[]> {
  const handles: DocHandle<CasualtyDoc>[] = [];
  for (const id of await storedDocumentIds(recordsDirOf(dataDir))) {
    const handle = await repo.find<CasualtyDoc>(id as DocumentId);
    if (isCasualtyDoc(handle.doc())) handles.push(handle);
  }
  return handles;
}

/** Every casualty stored in the data directory, deleted ones included (with their `deletedAt`), oldest first. */
export async function readStoredCasualties(dataDir: string): Promise<Casualty[]> {
  const { repo } = await openRecords(dataDir);
  try {
    const casualties = (await casualtyHandles(repo, dataDir)).map((h) => casualtyOf(h.doc()));
    return casualties.sort((a, b) => byCodeUnits(a.createdAt, b.createdAt) || byCodeUnits(a.id, b.id));
  } finally {
    await repo.shutdown();
  }
}

/**
 * Stores casualties into the data directory: a casualty whose id the kiosk already holds is merged into that
 * document, any other becomes a new document. Every casualty held is then listed in the casualty index (how the
 * browsers learn of them; one held but not listed, e.g. from an import before the index was kept here, is listed
 * too). `device` names who changed them, as conflicts show it.
 */
export async function storeCasualties(
  dataDir: string,
  casualties: readonly Casualty[],
  device: string,
): Promise<{ created: number; merged: number }> {
  const { repo, storage } = await openRecords(dataDir);
  try {
    const byCasualtyId = new Map<string, DocHandle<CasualtyDoc>>();
    for (const h of await casualtyHandles(repo, dataDir)) byCasualtyId.set(text(h.doc().id), h);
    let created = 0;
    let merged = 0;
    for (const c of casualties) {
      const existing = byCasualtyId.get(c.id);
      const handle = existing ?? repo.create<CasualtyDoc>();
      const who = { device, actor: getActorId(handle.doc()) };
      handle.change((d) => (existing ? applyCasualty(d, c, who) : initCasualtyDoc(d, c, who)));
      byCasualtyId.set(c.id, handle);
      if (existing) merged++;
      else created++;
    }
    const index = await openCasualtyIndex(repo, storage);
    index.change((d) => {
      for (const [id, handle] of byCasualtyId) listCasualty(d, id, handle.url);
    });
    await repo.flush();
    return { created, merged };
  } finally {
    await repo.shutdown();
  }
}
