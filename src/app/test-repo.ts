/**
 * Casualty documents for tests in Node (test helper): the browser's storage (on fake-indexeddb, which the test
 * imports) and, for tabs or devices that share, a BroadcastChannel, which Node has too.
 */
import { Repo, type PeerId } from '@automerge/automerge-repo';
import { BroadcastChannelNetworkAdapter } from '@automerge/automerge-repo-network-broadcastchannel';
import { CasualtyRepo } from './casualty-repo.js';
import type { WorkspaceOptions } from './casualty-workspace.js';
import { StrictIndexedDBStorage } from './strict-indexeddb-storage.js';

const opened: Repo[] = [];

/** One device's (or tab's) repo: its IndexedDB database `db`, on channel `channel` when given. */
export async function openTestRepo(db: string, device: string, channel?: string): Promise<CasualtyRepo> {
  const storage = new StrictIndexedDBStorage(db);
  const repo = new Repo({
    storage,
    network: channel ? [new BroadcastChannelNetworkAdapter({ channelName: channel })] : [],
    peerId: `${device}-${opened.length}` as PeerId,
  });
  opened.push(repo);
  return CasualtyRepo.open(repo, storage, () => device);
}

/** {@link openTestRepo} as a workspace's opener. */
export function testRepo(db: string, device: string, channel?: string): WorkspaceOptions['openRepo'] {
  return () => openTestRepo(db, device, channel);
}

/** Stops every repo the tests opened (their channels would keep the test running). */
export async function closeTestRepos(): Promise<void> {
  await Promise.all(opened.splice(0).map((repo) => repo.shutdown().catch(() => undefined)));
}
