/**
 * The casualty index: ONE small document that lists every casualty (casualty id → URL of its document), which is how
 * a device learns of casualties it has never seen. It has one fixed document id and one fixed first change (fixed
 * actor, time 0), made the same on every device and on the kiosk, so they all hold one history and each one's
 * additions (one key per casualty) merge. Used by the browser (`src/app/casualty-repo.ts`) and by the kiosk's
 * `records:import` (`src/server/records-archive.ts`).
 */
import { ImmutableString, change, init, save } from '@automerge/automerge';
import {
  stringifyAutomergeUrl,
  type AutomergeUrl,
  type DocHandle,
  type DocumentId,
  type Repo,
  type StorageAdapterInterface,
} from '@automerge/automerge-repo';
import { text } from './casualty-doc.js';

/** The index: casualty id → URL of its document, beside the `kind` key. */
export type CasualtyIndex = { [key: string]: ImmutableString };

const INDEX_KIND = 'tccc-scribe/casualty-index';

/** Fixed on every device, so all of them hold the same index (16 bytes: "tccc-scribe-idx1"). */
export const CASUALTY_INDEX_ID = stringifyAutomergeUrl(new TextEncoder().encode('tccc-scribe-idx1') as never).slice(
  'automerge:'.length,
) as DocumentId;

/** The index's first change, made the same on every device (fixed actor and time), so their histories are one. */
export function casualtyIndexGenesis(): Uint8Array {
  const first = init<CasualtyIndex>({ actor: '74636363736372696265' });
  return save(change(first, { time: 0, message: 'index' }, (d) => (d.kind = new ImmutableString(INDEX_KIND))));
}

/**
 * The index in `repo`: read from `storage` (the repo's own adapter) when it holds it, else made from the fixed first
 * change. A `find` of an index nobody holds would wait for peers that may never come; the first change imported over
 * a stored history would be a second start.
 */
export async function openCasualtyIndex(
  repo: Repo,
  storage: StorageAdapterInterface,
): Promise<DocHandle<CasualtyIndex>> {
  const stored = (await storage.loadRange([CASUALTY_INDEX_ID])).length > 0;
  return stored
    ? repo.find<CasualtyIndex>(CASUALTY_INDEX_ID)
    : repo.import<CasualtyIndex>(casualtyIndexGenesis(), { docId: CASUALTY_INDEX_ID });
}

/** Lists a casualty's document in the index (inside a change); leaves the index as it is when it already says so. */
export function listCasualty(index: CasualtyIndex, casualtyId: string, url: AutomergeUrl): void {
  if (casualtyId === 'kind') throw new Error('"kind" cannot be a casualty id in the index');
  if (text(index[casualtyId]) !== url) index[casualtyId] = new ImmutableString(url);
}

/** Every casualty the index lists: [casualty id, URL of its document]. */
export function listedCasualties(index: CasualtyIndex): [string, AutomergeUrl][] {
  return Object.entries(index)
    .filter(([key]) => key !== 'kind')
    .map(([id, url]) => [id, text(url) as AutomergeUrl]);
}
