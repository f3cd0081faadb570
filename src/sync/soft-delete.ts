/**
 * A deleted casualty syncs as deleted and can be restored on any device for the same 10 minutes as the app's own
 * undo (UNDO_WINDOW_MS); the document is kept after that, so a device that was offline still learns of the delete.
 */
import type { Doc } from '@automerge/automerge';
import { UNDO_WINDOW_MS } from '../records/db.js';
import { scalar, text, type CasualtyDoc, type DeviceIdentity } from './casualty-doc.js';
import { signDevice } from './casualty-convert.js';

/** Marks the casualty deleted (inside a change). */
export function softDelete(d: CasualtyDoc, who: DeviceIdentity, now: Date = new Date()): void {
  signDevice(d, who);
  d.deletedAt = scalar(now.toISOString());
  d.updatedAt = scalar(now.toISOString());
}

/** Whether the casualty is deleted and can still be restored at `now`. */
export function isRestorable(doc: Doc<CasualtyDoc>, now: Date = new Date()): boolean {
  if (doc.deletedAt === null) return false;
  return now.getTime() - Date.parse(text(doc.deletedAt)) <= UNDO_WINDOW_MS;
}

/** Restores a deleted casualty (inside a change) within the undo window; false when it is not restorable. */
export function restore(d: CasualtyDoc, who: DeviceIdentity, now: Date = new Date()): boolean {
  if (!isRestorable(d, now)) return false;
  signDevice(d, who);
  d.deletedAt = null;
  d.updatedAt = scalar(now.toISOString());
  return true;
}
