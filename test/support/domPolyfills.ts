/**
 * What jest's jsdom lacks and the browsers the app runs in have. Loaded once for every component test
 * (jest.config.cjs, dom project `setupFiles`), so no test file imports a polyfill of its own.
 */

/**
 * Fluent's MessageBar (auto layout) constructs a ResizeObserver to decide when to wrap. Nothing is
 * ever resized in jsdom, so an observer that never reports is faithful to it.
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

/**
 * jsdom does not expose the platform's structuredClone (browsers and Node have it). The domain copies
 * plan data with it; plan data is plain JSON, so a JSON round trip is a faithful copy.
 */
if (typeof globalThis.structuredClone === 'undefined') {
  Object.defineProperty(globalThis, 'structuredClone', {
    value: <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T,
    configurable: true,
    writable: true,
  });
}

export {};

/**
 * jsdom does not expose TextDecoder; browsers and Node have it, with the WHATWG encodings (Node's full
 * ICU build decodes windows-1252 as browsers do). The register import decodes MIS files with it.
 */
if (typeof globalThis.TextDecoder === 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TextDecoder: NodeTextDecoder } = require('node:util') as typeof import('node:util');
  Object.defineProperty(globalThis, 'TextDecoder', {
    value: NodeTextDecoder,
    writable: true,
    configurable: true,
  });
}
