/**
 * jsdom lacks ResizeObserver, which Fluent's MessageBar uses to choose its layout. Nothing is ever
 * resized in jsdom, so an observer that never reports is faithful to it.
 */
class NoResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', {
    value: NoResizeObserver,
    writable: true,
    configurable: true,
  });
}

export {};
