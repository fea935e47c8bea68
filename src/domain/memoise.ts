/** A remembered asynchronous result: asked for once, shared by every caller while it is pending. */
export interface Memo<T> {
  (): Promise<T>;
  /** The result asked for so far, without asking for it; null before the first call or after `forget`. */
  peek(): Promise<T> | null;
  /** Asks afresh next time (e.g. after sign-out). */
  forget(): void;
}

/** Remembers a successful result; a failure is forgotten so "Try again" really tries again. */
export const memoise = <T>(load: () => Promise<T>): Memo<T> => {
  let pending: Promise<T> | null = null;
  const memo = (): Promise<T> => {
    const current =
      pending ??
      load().catch((error: unknown) => {
        if (pending === current) pending = null;
        throw error;
      });
    pending = current;
    return current;
  };
  return Object.assign(memo, {
    peek: () => pending,
    forget: () => {
      pending = null;
    },
  });
};
