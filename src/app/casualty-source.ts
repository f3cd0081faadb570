/**
 * What the casualty workspace stands on: the casualty documents (the repo, in the page or behind the worker client)
 * and the page around it. Kept apart from the workspace so the repo's two implementations depend on this shape only.
 */
import type { Casualty } from '../records/casualty.js';
import type { FieldConflict } from '../sync/conflicts.js';
import type { CasualtyListener } from './casualty-repo.js';
import type { SyncStatus } from './sync-status.js';

/** The casualty documents as the workspace uses them (`CasualtyRepo`). */
export interface CasualtySource {
  casualties(): Casualty[];
  write(
    casualties: Casualty[],
    basedOn: (id: string) => Casualty | undefined,
    ranOn?: (extraction: object) => string | undefined,
  ): Promise<Casualty[]>;
  setDeleted(id: string, deleted: boolean): Promise<boolean>;
  conflicts(id: string): FieldConflict[];
  resolve(id: string, key: string, opId: string): Promise<Casualty | undefined>;
  onCasualty(listener: CasualtyListener): () => void;
}

/** The page around the workspace; each part but the repo is optional so tests pass only what they exercise. */
export interface WorkspaceOptions {
  /** Opens the casualty documents; `onStatus` hears where sync with the kiosk stands. */
  openRepo: (onStatus: (status: SyncStatus) => void) => Promise<CasualtySource>;
  /** Where `pagehide` fires (window): pending changes are written then. */
  page?: EventTarget;
  /** The document, whose `visibilitychange` to hidden writes pending changes. */
  doc?: EventTarget & { visibilityState: string };
  /** Remembers which casualty was open across reloads (localStorage). */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** This device's name (`device-name.ts`), written on each casualty started here as the device that recorded it. */
  deviceName?: string;
}
