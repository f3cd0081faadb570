/**
 * Casualty documents for tests in Node (test helper): the browser's storage (on fake-indexeddb, which the test
 * imports) and, for tabs or devices that share, a BroadcastChannel, which Node has too.
 */
import { Repo, type PeerId } from '@automerge/automerge-repo';
import { BroadcastChannelNetworkAdapter } from '@automerge/automerge-repo-network-broadcastchannel';
import { editFact, type Casualty } from '../records/index.js';
import { CasualtyRepo } from './casualty-repo.js';
import { CasualtyDocsClient } from './casualty-docs-client.js';
import { serveCasualtyDocs } from './casualty-docs-server.js';
import type { WorkspaceOptions } from './casualty-source.js';
import type { CasualtyWorkspace } from './casualty-workspace.js';
import type { SyncStatus } from './sync-status.js';
import { StrictIndexedDBStorage } from './strict-indexeddb-storage.js';

const opened: Repo[] = [];

/** One device's (or tab's) repo: its IndexedDB database `db`, on channel `channel` when given. */
export async function openTestRepo(
  db: string,
  device: string | (() => string),
  channel?: string,
): Promise<CasualtyRepo> {
  const name = typeof device === 'string' ? () => device : device;
  const storage = new StrictIndexedDBStorage(db);
  const repo = new Repo({
    storage,
    network: channel ? [new BroadcastChannelNetworkAdapter({ channelName: channel })] : [],
    peerId: `${name()}-${opened.length}` as PeerId,
  });
  opened.push(repo);
  return CasualtyRepo.open(repo, storage, name);
}

/** {@link openTestRepo} as a workspace's opener. */
export function testRepo(db: string, device: string, channel?: string): WorkspaceOptions['openRepo'] {
  return () => openTestRepo(db, device, channel);
}

/**
 * {@link openTestRepo} as the page has it: the repo served by the worker side of the casualty documents on one end of
 * a MessageChannel, and the page's client on the other, so everything crosses as a copy, as it does to a worker.
 */
export async function openTestRepoOverChannel(
  db: string,
  device: string,
  channel?: string,
  onStatus: (status: SyncStatus) => void = () => undefined,
): Promise<CasualtyDocsClient> {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveCasualtyDocs(port1, async (_status, { device }) => ({
    casualties: await openTestRepo(db, device, channel),
    setOnline: () => undefined,
  }));
  port1.start();
  port2.start();
  return CasualtyDocsClient.open(port2, { device: () => device, online: true, onStatus });
}

/** {@link openTestRepoOverChannel} as a workspace's opener. */
export function testRepoOverChannel(db: string, device: string, channel?: string): WorkspaceOptions['openRepo'] {
  return (onStatus) => openTestRepoOverChannel(db, device, channel, onStatus);
}

/** A hand edit setting the casualty's allergies: the field two devices set at once in the conflict tests. */
export const setAllergies = (value: string) => (c: Casualty) =>
  editFact(c, {
    op: 'set',
    id: 'casualty/allergies',
    fact: { kind: 'casualty', field: 'allergies', value },
    at: new Date().toISOString(),
  });

/** Resolves once `check` holds, checked after every change of the workspace. */
export function until(workspace: CasualtyWorkspace, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const stop = workspace.subscribe(() => {
      if (!check()) return;
      stop();
      resolve();
    });
  });
}

const ports: MessagePort[] = [];

/** Stops every repo the tests opened (their channels would keep the test running). */
export async function closeTestRepos(): Promise<void> {
  for (const port of ports.splice(0)) port.close();
  await Promise.all(opened.splice(0).map((repo) => repo.shutdown().catch(() => undefined)));
}
