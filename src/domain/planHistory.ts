import type { Plan } from './plan';
import type { Evidence, ShortTermTarget } from './target';

/**
 * What the store holds about how one plan version came to be: every kept version of its plan item,
 * of each of its targets and of each piece of evidence, each stamped with who made it and when.
 * Who is the store's own record of the writer (SharePoint's `lastModifiedBy`), never a column the
 * app writes, so it cannot be forged by a client.
 */
export interface VersionStamp {
  /** Display name of whoever made this version; '' when the store does not say. */
  readonly by: string;
  /** ISO 8601 instant. */
  readonly at: string;
}

export interface Versioned<T> extends VersionStamp {
  readonly value: T;
}

/** A target as one of its versions held it: `withdrawnOn` is set once it was withdrawn. */
export type TargetVersion = ShortTermTarget & { readonly withdrawnOn: string | null };

export interface PlanHistory {
  /** The plan item's own fields (targets left out), oldest version first. */
  readonly plan: readonly Versioned<Plan>[];
  readonly targets: readonly {
    readonly id: string;
    readonly versions: readonly Versioned<TargetVersion>[];
  }[];
  readonly evidence: readonly {
    readonly id: string;
    readonly targetId: string;
    readonly versions: readonly Versioned<Evidence>[];
  }[];
}
