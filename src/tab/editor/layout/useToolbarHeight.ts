import { useEffect, useState, type RefObject } from 'react';

/** The CSS variable the sticky section list and the section headings keep clear of. */
export const TOOLBAR_HEIGHT_VAR = '--plan-toolbar-height';

/**
 * The height of the sticky toolbar inside `root`, as it wraps onto one or two rows with the window's
 * width, kept current by a ResizeObserver (no polling).
 */
export const useToolbarHeight = (root: RefObject<HTMLElement | null>): string => {
  const [height, setHeight] = useState(56);
  useEffect(() => {
    const toolbar = root.current?.querySelector('[role="toolbar"]');
    if (!toolbar || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(toolbar.getBoundingClientRect().height));
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, [root]);
  return `${Math.ceil(height)}px`;
};
