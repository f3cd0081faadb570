/**
 * How the views reach the app layer: `src/main.ts` provides the one {@link App} on the page's body through
 * `@lit/context`, and each view takes the part it shows with {@link watchApp}, which re-renders it on every change
 * of that part while it is connected. Views render and send intents to the app; they hold no app state of their own.
 */
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { App } from '../app/index.js';
import type { Observable } from '../app/observable.js';

const appContext = createContext<App>(Symbol('tccc-scribe-app'));

/** Provides `app` to every element under `root` that asks for it. */
export function provideApp(root: HTMLElement, app: App): void {
  new ContextProvider(root, { context: appContext, initialValue: app });
}

/** A view's handle on one observable part of the app (`value`) and the app (to send intents); there once connected. */
export interface AppPart<T> {
  readonly value: T;
  readonly app: App;
}

class AppPartController<T extends Observable> implements ReactiveController, AppPart<T> {
  private readonly consumer: ContextConsumer<typeof appContext, HTMLElement & ReactiveControllerHost>;
  private unsubscribe: (() => void) | undefined;

  constructor(
    host: HTMLElement & ReactiveControllerHost,
    private readonly part: (app: App) => T,
    private readonly onChange: () => void,
  ) {
    // Added before this controller, so the app is in hand when hostConnected subscribes.
    this.consumer = new ContextConsumer(host, { context: appContext });
    host.addController(this);
  }

  get app(): App {
    const app = this.consumer.value;
    if (!app) throw new Error('No app provided: src/main.ts provides it on <body> before any view connects.');
    return app;
  }

  get value(): T {
    return this.part(this.app);
  }

  hostConnected(): void {
    this.unsubscribe = this.value.subscribe(this.onChange);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

/**
 * The part of the app that `part` picks, for `host`, which re-renders on every change of it while connected
 * (or calls `onChange` instead, for a host that must react before it re-renders).
 */
export function watchApp<T extends Observable>(
  host: HTMLElement & ReactiveControllerHost,
  part: (app: App) => T,
  onChange: () => void = () => host.requestUpdate(),
): AppPart<T> {
  return new AppPartController(host, part, onChange);
}
