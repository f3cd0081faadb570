// Entry: defines <tccc-app> (index.html renders it); the shell registers the service worker.
import { FIRST_VIEW_SHOWN } from './shell/tccc-app.js';

// The rules engine serves at once; the engine probe (GPU adapter, model store, catalog) waits until the first
// view is on screen and the page is idle, so it never competes with the medic's first paint. The page's `load`
// event comes too early for that: the view is a lazy chunk, and the page sits idle while it arrives. Safari has
// no requestIdleCallback, hence the timer.
function startEngineChooser(): void {
  void import('./engine-chooser.js').then((chooser) => chooser.startEngineChooser()); // own chunk
}
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
addEventListener(FIRST_VIEW_SHOWN, () => whenIdle(startEngineChooser), { once: true });
