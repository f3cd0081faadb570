// Entry: builds the app layer once and hands it to the views, then defines <tccc-app> (index.html renders it).
import { openCasualtyDocs } from './app/casualty-docs.js';
import { createApp } from './app/index.js';
import { deviceName } from './app/device-name.js';
import { softwareGpuForTests } from './app/engine-manager.js';
import { provideApp } from './ui/app-context.js';
import { firstViewShown } from './ui/first-view.js';
import './ui/shell/tccc-app.js';

// The casualty documents (Automerge's WebAssembly, IndexedDB, the tabs' channel and the kiosk's socket) live in a
// worker, started once the first view is on screen, never on its critical path. The page's side of it is small and
// comes with the entry: a chunk of its own cost the casualties one more round trip before they could show.
const app = createApp({
  workspace: {
    page: window,
    doc: document,
    storage: localStorage,
    deviceName: deviceName(),
    openRepo: (onStatus) => firstViewShown.then(() => openCasualtyDocs(onStatus)),
  },
  engines: {
    origin: location.origin,
    softwareGpuForTests: softwareGpuForTests(location),
    // The built-in manifests come with the catalog reader: in the probe's chunk, not the first screen's.
    loadCatalog: () => import('./app/model-catalog.js').then((m) => m.loadModelCatalog()),
  },
  followOtherTabs: typeof BroadcastChannel !== 'undefined',
});
// Provided on <body> before the shell's first render (a microtask away), so every view finds it when it connects.
provideApp(document.body, app);

// The rules engine serves at once; the engine probe (GPU adapter, model store, catalog) and the watch on other tabs'
// model downloads wait until the first view is on screen with the casualties in it (or the reason they could not
// open) and the page is idle, so they never compete with what the medic came for. The page's `load` event comes too
// early for that: the view is a lazy chunk, and the page sits idle while it arrives. Safari has no
// requestIdleCallback, hence the timer.
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
void firstViewShown.then(() =>
  app.casualties.ready.then(() =>
    whenIdle(() => {
      app.downloads.followOtherTabs();
      void app.engines.chooseFirst();
    }),
  ),
);
