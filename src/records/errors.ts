/**
 * Storage failures as one typed error the UI can show. `kind` says what happened and what the
 * medic can do; the original error is kept as `cause`. Nothing already saved is touched by any of them.
 */
export type StorageErrorKind =
  /** The device is out of space for this site: free space or export and delete old casualties. */
  | 'quota'
  /** IndexedDB cannot be used here (private mode, disabled storage, very old browser). */
  | 'unavailable'
  /** Another tab holds the database open at an older version and must be closed or reloaded. */
  | 'blocked'
  /** The database was closed (another tab upgraded it, or the browser closed it); reload the page. */
  | 'closed'
  /** The stored database is newer than this copy of the app; reload to get the new app. */
  | 'version'
  | 'unknown';

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MESSAGES: Record<StorageErrorKind, string> = {
  quota: 'Storage is full: the latest changes are not saved yet. Export and delete old casualties to free space.',
  unavailable:
    'This browser cannot store records here (private mode or storage disabled). Records will be lost on reload.',
  blocked: 'Another tab of TCCC Scribe is open with an older version. Close or reload it to continue.',
  closed:
    'The record store was closed (the app was updated in another tab). Reload to continue; unsaved changes are kept until then.',
  version: 'Records were saved by a newer version of the app. Reload to update.',
  unknown: 'Saving failed.',
};

/** Maps anything IndexedDB or idb throws to a StorageError (an existing StorageError passes through). */
export function toStorageError(e: unknown, during: 'open' | 'write' | 'read' = 'write'): StorageError {
  if (e instanceof StorageError) return e;
  const name = (e as { name?: unknown } | null)?.name;
  const detail = e instanceof Error ? e.message : String(e);
  const kind: StorageErrorKind =
    name === 'QuotaExceededError'
      ? 'quota'
      : name === 'VersionError'
        ? 'version'
        : name === 'InvalidStateError' && during !== 'open'
          ? 'closed'
          : during === 'open' &&
              (name === 'SecurityError' ||
                name === 'InvalidStateError' ||
                name === 'UnknownError' ||
                name === 'NotSupportedError')
            ? 'unavailable'
            : 'unknown';
  return new StorageError(kind, kind === 'unknown' ? `${MESSAGES.unknown} ${detail}` : MESSAGES[kind], { cause: e });
}

/** Something the open store tells the UI about, besides the results of its calls. */
export type StoreEvent =
  /** Our upgrade waits for another tab to close the old version. */
  | { type: 'blocked' }
  /** Another tab needs a newer version: this tab's connection has been closed; ask the medic to reload. */
  | { type: 'versionchange' }
  /** The browser closed the database abnormally (storage cleared, disk error). */
  | { type: 'terminated' };
