/** The transformers.js worker: one TransformersEngine behind the typed bridge, configured by the page's first message. */
import { verifiedModelFiles } from '../../model-store/verified-files.js';
import { serveEngine } from '../bridge/handler.js';
import { rulesExtractor } from '../rules/index.js';
import { TransformersEngine } from './engine.js';
import type { TransformersSettings } from './shared.js';

// The first message carries the settings; every later one is a bridge call.
self.addEventListener(
  'message',
  (event: MessageEvent<{ kind: 'settings'; settings: TransformersSettings }>) => {
    const { settings } = event.data;
    // A stored model is read from the model store's IndexedDB copy, which this worker opens itself.
    const files = settings.stored ? verifiedModelFiles([settings.stored]) : undefined;
    serveEngine(self, new TransformersEngine(settings, rulesExtractor, files));
  },
  { once: true },
);
