/// <reference lib="webworker" />
// The casualty documents' worker: the casualty documents and Automerge run here, off the page's main thread.
import type { StorageId } from '@automerge/automerge-repo';
import { serveCasualtyDocs } from './casualty-docs-server.js';

// Listening starts at once; the documents' code is imported when the page asks to open them. Automerge's WebAssembly
// loads with a top-level await, during which a message the page already sent would be dispatched with no listener.
serveCasualtyDocs(self, async (onStatus, options) => {
  const { openBrowserRepo } = await import('./browser-repo.js');
  return openBrowserRepo(onStatus, { ...options, kioskStorage: options.kioskStorage as StorageId | undefined });
});
