/**
 * The moment the page's first view (or the error standing in for it) has been painted. Views load lazily, after the
 * page's `load` event, so work that must not compete with the first screen waits for this instead: the casualty
 * documents' worker, the engine probe, the Library's index. Starting such work before that paint makes the paint
 * later (its requests share the link, its scripts the main thread), which is what a medic opening the app waits on.
 */
const FIRST_VIEW_SHOWN = 'tccc-first-view-shown';

/** Resolves once {@link FIRST_VIEW_SHOWN} has been dispatched on `window`. */
export const firstViewShown: Promise<void> = new Promise((resolve) =>
  addEventListener(FIRST_VIEW_SHOWN, () => resolve(), { once: true }),
);

/** How long to wait for a frame at most: a hidden tab paints none, and its casualties must still open. */
const NO_FRAME_MS = 1000;

/**
 * Dispatches {@link FIRST_VIEW_SHOWN} once the frame rendered now is on screen. The paint is done when a timer set
 * inside its animation frame callback runs, but the frame reaches the screen later still (Chromium's "presentation",
 * the time LCP reports); the next frame's callback comes after that. Called again, it does nothing.
 */
export function announceFirstView(): void {
  if (announced) return;
  announced = true;
  let dispatched = false;
  const dispatch = () => {
    if (dispatched) return;
    dispatched = true;
    dispatchEvent(new Event(FIRST_VIEW_SHOWN));
  };
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(dispatch)));
  setTimeout(dispatch, NO_FRAME_MS);
}
let announced = false;
