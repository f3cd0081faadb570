/** The speech worker: one TransformersSpeechEngine behind the speech protocol, configured by the page's first message. */
import { verifiedModelFiles } from '../../model-store/verified-files.js';
import { TransformersSpeechEngine } from './engine.js';
import { SpeechHandler } from './handler.js';
import type { ToSpeechWorker } from './shared.js';

self.addEventListener(
  'message',
  (first: MessageEvent<ToSpeechWorker>) => {
    if (first.data.kind !== 'settings') return;
    const { settings } = first.data;
    // A stored model is read from the model store's IndexedDB copy, which this worker opens itself.
    const files = settings.stored ? verifiedModelFiles([settings.stored]) : undefined;
    const handler = new SpeechHandler(new TransformersSpeechEngine(settings, files), (m) => self.postMessage(m));
    self.addEventListener('message', (event: MessageEvent<ToSpeechWorker>) => {
      if (event.data.kind !== 'settings') void handler.onMessage(event.data);
    });
  },
  { once: true },
);
