/**
 * A read made at most once while it succeeds: the editor asks for the catalogue only when someone
 * opens a provision select, and every target's select then shares the one answer. A failed read is
 * forgotten, so opening the select again tries again.
 */
export const onceWhileOk = <T>(read: () => Promise<T>): (() => Promise<T>) => {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= read().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
};
