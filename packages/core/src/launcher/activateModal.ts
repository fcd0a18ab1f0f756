/** Elements that take focus with Tab (enough for a dialog whose content is ours plus an iframe). */
const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex="-1"])';

/**
 * Focus guards: empty focusable elements the dialog renders first and last. Tabbing out of an
 * iframe skips the parent's key handlers, so the guards catch that focus and send it round.
 */
export const focusGuardAttribute = 'data-esign-kit-focus-guard';

/** The class put on `<html>` while a dialog is open; the shipped stylesheet hides overflow with it. */
export const scrollLockClass = 'esign-kit-scroll-locked';

/**
 * `HTMLElement` where the DOM lib is loaded, `never` elsewhere: named through `globalThis` so that
 * the package's types still compile for servers, which import `@esign-kit/core` without the DOM lib.
 */
export type ModalElement = typeof globalThis extends { HTMLElement: { prototype: infer Element } } ? Element : never;

export interface ModalActivation {
  /** Undo everything: background back to interactive, scroll unlocked, focus returned. */
  deactivate(): void;
}

/**
 * Makes `dialog` modal: everything outside `container` becomes `inert` (no focus, no clicks, hidden
 * from assistive technology), the page stops scrolling, focus moves into the dialog and cycles
 * inside it with Tab (the dialog renders focus guards first and last, see `focusGuardAttribute`),
 * and Escape calls `onEscape`. `deactivate()` restores all of it and returns
 * focus to the element that had it before (usually the button that opened the dialog).
 *
 * Framework-free: the React dialog calls it in an effect.
 */
export function activateModal(
  container: ModalElement,
  dialog: ModalElement,
  options: { onEscape: () => void },
): ModalActivation {
  const doc = container.ownerDocument;
  // Any element that had focus (HTML or SVG) can take it back.
  const returnTo = doc.activeElement as HTMLElement | null;

  const madeInert: Element[] = [];
  for (const sibling of Array.from(doc.body.children)) {
    if (sibling === container || sibling.contains(container) || sibling.hasAttribute('inert')) continue;
    sibling.setAttribute('inert', '');
    madeInert.push(sibling);
  }
  const root = doc.documentElement;
  const alreadyLocked = root.classList.contains(scrollLockClass);
  root.classList.add(scrollLockClass);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      options.onEscape();
    } else if (event.key === 'Tab' && event.shiftKey && doc.activeElement === dialog) {
      // Backwards from the dialog itself (where focus starts) nothing inside comes first: wrap.
      event.preventDefault();
      (tabbables().at(-1) ?? dialog).focus();
    }
  };
  const tabbables = () =>
    Array.from(dialog.querySelectorAll<HTMLElement>(focusable)).filter(
      (item) => !item.hasAttribute(focusGuardAttribute),
    );
  // Tab past the last item (or out of the iframe) lands on the end guard: go to the first item;
  // Shift+Tab before the first lands on the start guard: go to the last. Tab from the dialog
  // itself reaches the start guard too, and goes forward to the first item.
  // One `focusin` listener on the dialog sees focus land on either guard.
  const onGuardFocus = (event: FocusEvent) => {
    const guard = (event.target as HTMLElement).getAttribute(focusGuardAttribute);
    if (!guard) return;
    const items = tabbables();
    const backwards = guard === 'start' && event.relatedTarget !== dialog;
    ((backwards ? items.at(-1) : items[0]) ?? dialog).focus();
  };
  dialog.addEventListener('focusin', onGuardFocus);
  doc.addEventListener('keydown', onKeyDown, true);
  dialog.focus();

  return {
    deactivate() {
      doc.removeEventListener('keydown', onKeyDown, true);
      dialog.removeEventListener('focusin', onGuardFocus);
      for (const element of madeInert) element.removeAttribute('inert');
      if (!alreadyLocked) root.classList.remove(scrollLockClass);
      if (returnTo?.isConnected) returnTo.focus();
    },
  };
}
