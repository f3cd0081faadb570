import { describe, expect, it } from 'vitest';
import { ServiceWorkerBridge, type WorkboxLike } from './sw-bridge.js';

type Listener = (event: { isUpdate?: boolean }) => void;

/** A scripted Workbox: tests fire its lifecycle events by hand and read what the bridge posted. */
class FakeWorkbox implements WorkboxLike {
  readonly listeners = new Map<string, Listener[]>();
  skipWaitingPosts = 0;
  addEventListener(type: 'waiting' | 'controlling', listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  async register(): Promise<unknown> {
    return undefined;
  }
  messageSkipWaiting(): void {
    this.skipWaitingPosts += 1;
  }
  fire(type: 'waiting' | 'controlling', event: { isUpdate?: boolean } = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

function setup() {
  const workbox = new FakeWorkbox();
  let reloads = 0;
  const bridge = new ServiceWorkerBridge(workbox, () => (reloads += 1));
  let announcements = 0;
  bridge.addEventListener('update-available', () => (announcements += 1));
  return { workbox, bridge, reloads: () => reloads, announcements: () => announcements };
}

describe('ServiceWorkerBridge', () => {
  it('announces a waiting version without activating it', () => {
    const { workbox, bridge, reloads, announcements } = setup();
    workbox.fire('waiting');
    expect(bridge.updateAvailable).toBe(true);
    expect(announcements()).toBe(1);
    expect(workbox.skipWaitingPosts).toBe(0);
    expect(reloads()).toBe(0);
  });

  it('posts skip-waiting only when the medic approves, then reloads once the new worker controls', () => {
    const { workbox, bridge, reloads } = setup();
    workbox.fire('waiting');
    bridge.applyUpdate();
    expect(workbox.skipWaitingPosts).toBe(1);
    expect(reloads()).toBe(0);
    workbox.fire('controlling', { isUpdate: true });
    expect(reloads()).toBe(1);
  });

  it('does nothing on apply when no update is ready', () => {
    const { workbox, bridge, reloads } = setup();
    bridge.applyUpdate();
    expect(workbox.skipWaitingPosts).toBe(0);
    expect(reloads()).toBe(0);
  });

  it('never reloads when the first worker takes control', () => {
    const { workbox, bridge, reloads } = setup();
    workbox.fire('controlling', { isUpdate: false });
    expect(reloads()).toBe(0);
    expect(bridge.updateAvailable).toBe(false);
  });

  it('offers a reload when another tab activated the update', () => {
    const { workbox, bridge, reloads } = setup();
    workbox.fire('controlling', { isUpdate: true });
    expect(reloads()).toBe(0);
    expect(bridge.updateAvailable).toBe(true);
    bridge.applyUpdate();
    expect(workbox.skipWaitingPosts).toBe(0);
    expect(reloads()).toBe(1);
  });
});
