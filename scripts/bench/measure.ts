import { performance } from 'node:perf_hooks';

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new RangeError('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * Median wall-clock milliseconds of `runs` calls, after `warmUps` calls that are not counted (JIT,
 * lazily built indexes and connection set-up belong to the first call, not to the steady state).
 */
export const medianMs = async (
  action: () => Promise<unknown>,
  runs: number,
  warmUps: number,
): Promise<{ median: number; samples: number[] }> => {
  for (let i = 0; i < warmUps; i += 1) await action();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), samples: samples.map((ms) => round(ms, 2)) };
};

export interface Timing {
  readonly median: number;
  readonly samples: number[];
}

/**
 * Medians for several actions measured in turn (a, b, b, a, a, b, ...), so that whatever else the
 * machine is doing at a given moment falls on all of them alike, and none always goes first.
 */
export const alternatingMedians = async (
  actions: readonly (() => Promise<unknown>)[],
  runs: number,
  warmUps: number,
): Promise<Timing[]> => {
  for (let i = 0; i < warmUps; i += 1) for (const action of actions) await action();
  const samples: number[][] = actions.map(() => []);
  for (let i = 0; i < runs; i += 1) {
    const order = [...actions.entries()];
    if (i % 2 === 1) order.reverse();
    for (const [index, action] of order) {
      const start = performance.now();
      await action();
      samples[index]?.push(performance.now() - start);
    }
  }
  return samples.map((values) => ({ median: median(values), samples: values.map((ms) => round(ms, 2)) }));
};
