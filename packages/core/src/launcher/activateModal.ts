/** Elements that take focus with Tab (enough for a dialog whose content is ours plus an iframe). */
const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex="-1"])';

/** The class put on `<html>` while a dialog is open; the shipped stylesheet hides overflow with it. */
export const scrollLockClass = 'esign-kit-scroll-locked';

export interface ModalActivation {
  /** Undo everything: background back to interactive, scroll unlocked, focus returned. */
  deactivate(): void;
}

/**
 * Makes `dialog` modal: everything outside `container` becomes `inert` (no focus, no clicks, hidden
 * from assistive technology), the page stops scrolling, focus moves into the dialog and cycles
 * inside it with Tab, and Escape calls `onEscape`. `deactivate()` restores all of it and returns
 * focus to the element that had it before (usually the button that opened the dialog).
 *
 * Framework-free: the React dialog calls it in an effect.
 */
export function activateModal(
  container: HTMLElement,
  dialog: HTMLElement,
  options: { onEscape: () => void },
): ModalActivation {
  const doc = container.ownerDocument;
  const returnTo = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;

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
      return;
    }
    if (event.key !== 'Tab') return;
    const items = Array.from(dialog.querySelectorAll<HTMLElement>(focusable));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      dialog.focus();
    } else if (event.shiftKey && (doc.activeElement === first || doc.activeElement === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && doc.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  doc.addEventListener('keydown', onKeyDown, true);
  dialog.focus();

  return {
    deactivate() {
      doc.removeEventListener('keydown', onKeyDown, true);
      for (const element of madeInert) element.removeAttribute('inert');
      if (!alreadyLocked) root.classList.remove(scrollLockClass);
      if (returnTo?.isConnected) returnTo.focus();
    },
  };
}
