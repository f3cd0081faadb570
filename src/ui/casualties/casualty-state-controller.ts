import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { casualtyState, type CasualtyState } from './casualty-state.js';

/** Re-renders a Lit element on every change of the shared casualty state while it is connected. */
class CasualtyStateController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly state: CasualtyState,
    private readonly onChange: () => void,
  ) {}

  hostConnected(): void {
    this.unsubscribe = this.state.subscribe(this.onChange);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

/**
 * The app's casualty state for `host`, which re-renders on every change while connected
 * (or calls `onChange` instead, for a host that must react before it re-renders).
 */
export function watchCasualtyState(
  host: ReactiveControllerHost,
  onChange: () => void = () => host.requestUpdate(),
): CasualtyState {
  const state = casualtyState();
  host.addController(new CasualtyStateController(state, onChange));
  return state;
}
