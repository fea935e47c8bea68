import { seededRandom, shuffled } from './random';

/**
 * The order in which `$batch` starts the sub-requests that are ready together (ids as sent). Graph runs
 * requests without `dependsOn` in any order, possibly at once, and answers them in any order
 * (https://learn.microsoft.com/en-us/graph/json-batching, "Responses to the batched requests might appear
 * in a different order"), so the stand-in shuffles them: code that relies on the order sent fails here.
 */
export type BatchOrder = (readyIds: readonly string[]) => readonly string[];

/** A repeatable shuffle: the same seed gives the same orders in the same run of batches. */
export const shuffledOrder = (seed: number): BatchOrder => {
  const random = seededRandom(seed);
  return (ids) => shuffled(ids, random);
};

/** Tests that need one particular order can pass e.g. `(ids) => [...ids].reverse()`. */
export const asSentOrder: BatchOrder = (ids) => ids;

/** The seed when none is given, so test runs repeat; the command-line stand-in picks a fresh one. */
export const DEFAULT_BATCH_SEED = 1;
