/** The stand-in's request and response model, shared by real HTTP requests and `$batch` sub-requests. */
export interface GraphRequest {
  readonly method: string;
  /** Path below `/v1.0`, still percent-encoded, e.g. `/sites/contoso.sharepoint.com,a,b/lists`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly requestId: string;
  readonly inBatch: boolean;
}

export interface GraphResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON; `undefined` means no body (e.g. 204). */
  body?: unknown;
}

/** Content type Graph uses for JSON payloads. */
export const JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export const ok = (body: unknown, status = 200, headers: Record<string, string> = {}): GraphResponse => ({
  status,
  headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers },
  body,
});

export const noContent = (): GraphResponse => ({ status: 204, headers: {} });

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Query options may be given with or without the `$` prefix, as Graph accepts both. */
export const queryOption = (query: URLSearchParams, name: string): string | null =>
  query.get(`$${name}`) ?? query.get(name);
