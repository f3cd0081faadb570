// Entry: defines <tccc-app> (index.html renders it); the shell registers the service worker.
import './shell/tccc-app.js';

// The rules engine serves at once; the engine probe (GPU adapter, model store, catalog) waits until the first
// screen is up and the page is idle, so it never competes with the medic's first paint. Safari has no
// requestIdleCallback, hence the timer.
function startEngineChooser(): void {
  void import('./engine-chooser.js').then((chooser) => chooser.startEngineChooser()); // own chunk
}
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
if (document.readyState === 'complete') whenIdle(startEngineChooser);
else addEventListener('load', () => whenIdle(startEngineChooser), { once: true });
