import type { BatchOrder } from './batchOrder';
import type { Directory } from '../directory/directory';
import type { JournalStore } from '../persistence/journalStore';
import type { GraphRequest, GraphResponse } from './http';

/** What route modules get to work with. One set per running stand-in; nothing is module-global. */
export interface StandInServices {
  readonly store: JournalStore;
  readonly directory: Directory;
  /** `http://127.0.0.1:PORT`, for absolute links such as `@odata.nextLink`. */
  baseUrl(): string;
  now(): Date;
  /** Per-instance state a route module keeps (e.g. list indexes), created on first use. */
  shared<T>(key: string, create: () => T): T;
  /** Runs a request through the whole pipeline (routing, faults, auth, stats); used by `$batch`. */
  dispatch(req: GraphRequest): Promise<GraphResponse>;
  /** The order `$batch` starts sub-requests that are ready together (shuffled unless a test fixes it). */
  batchOrder: BatchOrder;
}

/** Graph and SharePoint print timestamps to the second: `2025-01-31T09:15:00Z`. */
export const graphTimestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
