/** How long to wait for a target that renders late (a contract still loading) before giving up. */
const waitLimitMs = 10_000;

/**
 * Moves focus to the first visible element inside `container` that matches `selector`: now if it is
 * there, or as soon as it renders (a card shows its heading only once its data arrives).
 * Headings get `tabindex="-1"` so they can hold focus without joining the tab order.
 * Returns a function that stops waiting (for an effect's cleanup).
 */
export function focusWhenRendered(container: HTMLElement, selector: string): () => void {
  const tryFocus = (): boolean => {
    // The first match that is laid out: one hidden by CSS (the list behind a phone's detail view) cannot take focus.
    const target = [...container.querySelectorAll<HTMLElement>(selector)].find(
      (element) => element.getClientRects().length > 0,
    );
    if (!target) return false;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(() => stop(), waitLimitMs);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(container, { childList: true, subtree: true });
  return stop;
}
