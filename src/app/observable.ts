/**
 * The one way app state is observed: `subscribe` a listener, which is called after every change. The app layer
 * may not import Lit (it runs in Node tests, and the views are only one of its users), so it cannot use Lit's
 * reactive properties or signals; a Lit ReactiveController in `src/ui/` (`watch-app.ts`) turns these
 * notifications into re-renders, the same way for every view.
 */
export class Observable {
  private readonly listeners = new Set<() => void>();

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every subscriber that something changed. */
  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** One value and its changes: `get` reads it, `set` replaces it and tells subscribers. */
export class Store<T> extends Observable {
  constructor(private value: T) {
    super();
  }

  get(): T {
    return this.value;
  }

  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    this.changed();
  }
}
