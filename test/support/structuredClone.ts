/**
 * jest's jsdom environment does not expose the platform's structuredClone (browsers and Node have it).
 * The domain copies plan data with it; plan data is plain JSON, so a JSON round trip is a faithful copy.
 */
if (typeof globalThis.structuredClone === 'undefined') {
  Object.defineProperty(globalThis, 'structuredClone', {
    value: <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T,
    configurable: true,
    writable: true,
  });
}

export {};
