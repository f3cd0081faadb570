/** Why a model download or mirror stopped; `code` lets the UI choose wording without parsing text. */
export type ModelStoreErrorCode =
  | 'refused-content' // an LFS pointer, HTML page or JSON error where the file was expected
  | 'length-mismatch'
  | 'hash-mismatch'
  | 'http'
  | 'network'
  | 'storage-full'
  | 'not-enough-space'
  | 'manifest'
  | 'source' // model:mirror --from-dir: a file is missing, or is not a regular file inside the folder
  | 'too-large' // a file of unknown size ran past the cap for its kind
  | 'cancelled';

/** The one error class of the model store; messages name the file and say what went wrong. */
export class ModelStoreError extends Error {
  override name = 'ModelStoreError';
  constructor(
    readonly code: ModelStoreErrorCode,
    message: string,
    /** The file (path inside the model) the error is about, if any. */
    readonly file?: string,
  ) {
    super(message);
  }

  /** Errors worth another try after a pause: a dropped connection or a server hiccup. */
  get retryable(): boolean {
    return this.code === 'network' || (this.code === 'http' && /\b(5\d\d|408|429)\b/.test(this.message));
  }
}

/** True for the DOMException IndexedDB raises when the origin's quota is used up. */
export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' ||
      (error.name === 'AbortError' && /quota/i.test(String((error as Error).message))))
  );
}

/** The error for a full origin quota: names the file and tells the person what to do. */
export function storageFull(path: string): ModelStoreError {
  return new ModelStoreError(
    'storage-full',
    `Storage is full while saving ${path}; what was downloaded so far is kept. Free space or delete a model, then resume.`,
    path,
  );
}
