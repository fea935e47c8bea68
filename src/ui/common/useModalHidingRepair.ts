import { useEffect } from 'react';

/** Longer than tabster's own 250 ms delay before it updates what a modal hides. */
const SETTLE_MS = 400;

/**
 * Fluent's dialogs hide the rest of the page from screen readers (`aria-hidden="true"` on the app's
 * root) while open. When a dialog unmounts in the same update that closes it, tabster can leave that
 * attribute behind (microsoft/fluentui#35139, microsoft/tabster#530), and the whole app then vanishes
 * for screen-reader users. This watches the root and lifts a hiding that no open modal accounts for.
 */
export const repairModalHiding = (root: HTMLElement, doc: Document = root.ownerDocument): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    if (root.getAttribute('aria-hidden') === 'true' && doc.querySelector('[aria-modal="true"]') === null) {
      root.removeAttribute('aria-hidden');
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { attributes: true, attributeFilter: ['aria-hidden'] });
  observer.observe(doc.body, { childList: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
};

export const useModalHidingRepair = (rootId = 'root'): void => {
  useEffect(() => {
    const root = document.getElementById(rootId);
    return root ? repairModalHiding(root) : undefined;
  }, [rootId]);
};
