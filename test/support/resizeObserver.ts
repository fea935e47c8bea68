/**
 * jsdom has no ResizeObserver; Fluent's MessageBar (auto layout) constructs one to decide when to
 * wrap. Nothing is ever resized in jsdom, so an observer that never fires is faithful enough.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', {
    value: NoResizeObserver,
    configurable: true,
    writable: true,
  });
}

export {};
