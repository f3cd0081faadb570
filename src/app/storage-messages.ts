/** What the casualty workspace tells the medic when the record store cannot take this tab's saves. */

export const BLOCKED_MESSAGE =
  'Another tab of TCCC Scribe is open with an older version. Close or reload it to continue saving.';
/** Why this tab's connection to the store closed for good. */
export type ClosedCause = 'versionchange' | 'terminated';

const CLOSED_CAUSE: Record<ClosedCause, string> = {
  versionchange: 'TCCC Scribe was updated in another tab, so this tab can no longer save.',
  terminated: 'The browser closed the record store (storage cleared or disk error), so this tab can no longer save.',
};

/**
 * What to tell the medic once this tab's connection to the store is closed for good: a reload
 * loses whatever is not saved yet, so with unsaved changes they must export the file first.
 */
export function storeClosedMessage(cause: ClosedCause, unsavedCasualties: number): string {
  if (unsavedCasualties === 0)
    return `${CLOSED_CAUSE[cause]} Everything so far is saved: reload this page before you change anything else.`;
  const which = unsavedCasualties === 1 ? '1 casualty has changes' : `${unsavedCasualties} casualties have changes`;
  return `${CLOSED_CAUSE[cause]} ${which} that are NOT saved and will be lost on reload: export each as a casualty file (Reports › Casualty file) first, then reload and import it.`;
}
