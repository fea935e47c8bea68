import { useEffect, useRef } from 'react';

/**
 * Moves focus into a Fluent dialog once its focus trap exists. The trap (a tabster modalizer) is
 * registered from a DOM mutation; focus that lands before it leaves the trap inactive, and an inactive
 * trap hides the dialog itself from screen readers. Put the returned ref on the `DialogSurface`.
 * `shown` is what the dialog shows (falsy when closed): focus moves in again whenever it changes.
 */
export const useFocusWhenTrapped = <T extends HTMLElement>(shown: unknown, selector = 'input, button') => {
  const surfaceRef = useRef<T>(null);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => surfaceRef.current?.querySelector<HTMLElement>(selector)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [shown, selector]);
  return surfaceRef;
};
