/// <reference types="vite/client" />
/**
 * Page side of the service worker: registration, "update available", and the user-approved swap.
 * A new version never takes over by itself: it waits until the medic taps reload, then we post
 * skip-waiting and reload once the new worker controls the page.
 */
import { Workbox } from 'workbox-window';

/** The slice of workbox-window's `Workbox` the bridge uses (tests pass a fake). */
export interface WorkboxLike {
  addEventListener(type: 'waiting' | 'controlling', listener: (event: { isUpdate?: boolean }) => void): void;
  register(): Promise<unknown>;
  messageSkipWaiting(): void;
}

/** Emits `update-available` once a new version is installed and waiting for the medic's go-ahead. */
export class ServiceWorkerBridge extends EventTarget {
  /** True once a new version is ready; the banner shows while this holds. */
  updateAvailable = false;
  private waiting = false;
  private reloadRequested = false;

  constructor(
    private readonly workbox: WorkboxLike,
    private readonly reload: () => void = () => location.reload(),
  ) {
    super();
    workbox.addEventListener('waiting', () => {
      this.waiting = true;
      this.announceUpdate();
    });
    workbox.addEventListener('controlling', (event) => {
      if (this.reloadRequested) this.reload();
      // Another tab approved the swap: this page still runs old code, so offer the reload here too.
      else if (event.isUpdate) this.announceUpdate();
    });
  }

  /** Registers the worker; failures only cost offline support, so they are logged, not thrown. */
  async start(): Promise<void> {
    try {
      await this.workbox.register();
    } catch (error) {
      console.error('Service worker registration failed', error);
    }
  }

  /** The medic approved the update: activate the waiting worker (reload follows on controlling). */
  applyUpdate(): void {
    if (!this.updateAvailable) return;
    this.reloadRequested = true;
    if (this.waiting) this.workbox.messageSkipWaiting();
    else this.reload();
  }

  private announceUpdate(): void {
    this.updateAvailable = true;
    this.dispatchEvent(new Event('update-available'));
  }
}

/** Where the build puts the worker: vite-plugin-pwa names it after its source, src/sw/index.ts. */
const SERVICE_WORKER_URL = '/index.js';

/** Registers the worker in production builds; undefined where there is none (dev server, old browsers). */
export function registerServiceWorker(): ServiceWorkerBridge | undefined {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined;
  const bridge = new ServiceWorkerBridge(new Workbox(SERVICE_WORKER_URL, { scope: '/' }));
  void bridge.start();
  return bridge;
}
