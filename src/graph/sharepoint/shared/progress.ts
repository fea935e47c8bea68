import type { ProgressReport } from '../../../domain/ports';

export interface ProgressCount {
  /** Counts `count` more items as finished and tells the caller, if that moved anything. */
  add(count: number): void;
  /** Tells the caller everything is finished, if the count has not already said so. */
  finish(): void;
}

/** Items finished out of `total`, never past it, for long work reported as it goes. */
export const progressCount = (total: number, onProgress?: ProgressReport): ProgressCount => {
  let done = 0;
  return {
    add: (count) => {
      if (count === 0) return;
      done = Math.min(total, done + count);
      onProgress?.(done, total);
    },
    finish: () => {
      if (done < total) onProgress?.(total, total);
      done = total;
    },
  };
};
