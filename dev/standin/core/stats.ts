/** Counts Graph traffic so tests and the bench can assert how many round trips a screen costs. */
export class RequestStats {
  private httpRequests = 0;
  private batchSubRequests = 0;
  private byPath: Record<string, number> = {};

  /** `key` is `METHOD /route/pattern`, e.g. `GET /sites/{siteId}/lists/{listId}/items`. */
  count(key: string, subRequest: boolean): void {
    if (subRequest) this.batchSubRequests++;
    else this.httpRequests++;
    this.byPath[key] = (this.byPath[key] ?? 0) + 1;
  }

  snapshot(): { httpRequests: number; batchSubRequests: number; byPath: Record<string, number> } {
    return {
      httpRequests: this.httpRequests,
      batchSubRequests: this.batchSubRequests,
      byPath: { ...this.byPath },
    };
  }

  reset(): void {
    this.httpRequests = 0;
    this.batchSubRequests = 0;
    this.byPath = {};
  }
}
