/** Polls until `read()` returns `expected` (the page updates asynchronously), then returns the last value. */
export const eventually = async <T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!Object.is(last, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
};
