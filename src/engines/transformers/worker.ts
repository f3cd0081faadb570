/** The transformers.js worker: one TransformersEngine behind the typed bridge, configured by the page's first message. */
import { serveEngine } from '../bridge/handler.js';
import { rulesExtractor } from '../rules/index.js';
import { TransformersEngine } from './engine.js';
import type { TransformersSettings } from './shared.js';

// The first message carries the settings; every later one is a bridge call.
self.addEventListener(
  'message',
  (event: MessageEvent<{ kind: 'settings'; settings: TransformersSettings }>) => {
    serveEngine(self, new TransformersEngine(event.data.settings, rulesExtractor));
  },
  { once: true },
);
