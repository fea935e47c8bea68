/** A cell read as a typed value, or the sentence saying why it could not be. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export const parsedValue = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const parseFailure = <T>(message: string): Parsed<T> => ({ ok: false, message });
