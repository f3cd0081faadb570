/**
 * The shell scrolls every view in one container and only toggles `hidden`, so a view would open
 * at the scroll position the previous view left. This brings a view to its top each time it is shown.
 */
export function scrollToTopWhenShown(view: HTMLElement): () => void {
  const observer = new MutationObserver(() => {
    if (!view.hidden) view.scrollIntoView({ block: 'start' });
  });
  observer.observe(view, { attributes: true, attributeFilter: ['hidden'] });
  // A view shown for the first time is created visible: no attribute changes, so scroll once now.
  const frame = requestAnimationFrame(() => {
    if (!view.hidden) view.scrollIntoView({ block: 'start' });
  });
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}
