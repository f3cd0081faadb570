/**
 * Which casualty was open, across reloads (localStorage). Losing it loses only that: the records themselves are in
 * IndexedDB, so a storage that refuses (disabled, private mode) starts the medic on the latest casualty instead.
 */
const CURRENT_KEY = 'tccc-scribe.current-casualty';

type Remembering = Pick<Storage, 'getItem' | 'setItem'> | undefined;

export function rememberCasualty(storage: Remembering, id: string): void {
  try {
    storage?.setItem(CURRENT_KEY, id);
  } catch {
    // Only which casualty was open is lost.
  }
}

export function rememberedCasualty(storage: Remembering): string | null {
  try {
    return storage?.getItem(CURRENT_KEY) ?? null;
  } catch {
    return null;
  }
}
