/**
 * The messages between the page and the casualty documents' worker (`casualty-docs.worker.ts`): the page asks, the
 * worker answers each request by its number and tells the page, unasked, of casualties other tabs or devices changed
 * and of where sync with the kiosk stands. Only plain data crosses: casualties, their conflicts, the sync status.
 */
import type { Casualty } from '../records/index.js';
import type { FieldConflict } from '../sync/conflicts.js';
import type { SyncStatus } from './sync-status.js';

/** What the page asks of the store; `device` is this browser's name as it is now, signed on the change. */
export type StoreRequest =
  | { op: 'open'; device: string; kioskStorage: string | undefined; online: boolean }
  | {
      op: 'write';
      device: string;
      casualties: Casualty[];
      /** Per casualty, the version the page's change started from. */
      basedOn: (Casualty | undefined)[];
      /** Per casualty, the narrative its extraction was run on, when this tab ran it. */
      ranOn: (string | undefined)[];
    }
  | { op: 'adopt'; casualties: Casualty[] }
  | { op: 'set-deleted'; device: string; id: string; deleted: boolean }
  | { op: 'resolve'; device: string; id: string; key: string; opId: string };

/** A casualty as the store holds it now, with the values two devices set on it at once. */
export interface HeldCasualty {
  casualty: Casualty;
  conflicts: FieldConflict[];
}

/** The answer to each request, by `op`. */
export interface StoreReplies {
  open: HeldCasualty[];
  write: HeldCasualty[];
  /** The casualties that were new here, as now held. */
  adopt: HeldCasualty[];
  'set-deleted': { done: boolean; held: HeldCasualty | undefined };
  resolve: HeldCasualty | undefined;
}

/** Page → worker. */
export type ToStore = { id: number; request: StoreRequest } | { online: boolean };

/** Worker → page. */
export type FromStore =
  | { id: number; value: unknown }
  | { id: number; error: { name: string; message: string } }
  | { changed: HeldCasualty }
  | { status: SyncStatus; kioskStorage: string | undefined };

/** Either end of the channel: the worker's global scope, a Worker, or a MessagePort in tests. */
export interface StorePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
