export interface StatsSnapshot {
  /** Every HTTP request answered, Graph's and SharePoint REST's. */
  readonly httpRequests: number;
  /** Of those, SharePoint REST requests (`/_sp<site>/_api/...`), so a screen's Graph cost can be told apart. */
  readonly sharePointRestRequests: number;
  readonly batchSubRequests: number;
  readonly byPath: Record<string, number>;
}

/** SharePoint REST routes are matched under `/site/...` (core/spRest.ts `canonicalSpPath`). */
const isSharePointRest = (key: string): boolean => key.slice(key.indexOf(' ') + 1).startsWith('/site/');

/** Counts Graph and SharePoint REST traffic so tests and the bench can assert a screen's round trips. */
export class RequestStats {
  private httpRequests = 0;
  private sharePointRestRequests = 0;
  private batchSubRequests = 0;
  private byPath: Record<string, number> = {};

  /** `key` is `METHOD /route/pattern`, e.g. `GET /sites/{siteId}/lists/{listId}/items`. */
  count(key: string, subRequest: boolean): void {
    if (subRequest) this.batchSubRequests++;
    else this.httpRequests++;
    if (!subRequest && isSharePointRest(key)) this.sharePointRestRequests++;
    this.byPath[key] = (this.byPath[key] ?? 0) + 1;
  }

  snapshot(): StatsSnapshot {
    return {
      httpRequests: this.httpRequests,
      sharePointRestRequests: this.sharePointRestRequests,
      batchSubRequests: this.batchSubRequests,
      byPath: { ...this.byPath },
    };
  }

  reset(): void {
    this.httpRequests = 0;
    this.sharePointRestRequests = 0;
    this.batchSubRequests = 0;
    this.byPath = {};
  }
}
