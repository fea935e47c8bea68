/**
 * Hands bytes to the browser as a download: a Blob behind a temporary object URL, clicked through
 * an `<a download>` that is never added to the page. The URL is revoked once the browser has
 * started the download, so the document does not stay in memory.
 */
export interface SaveFileEnvironment {
  readonly document: Document;
  readonly url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  /** Defers the revoke until the click has been handled. */
  readonly later: (run: () => void) => void;
}

const browser = (): SaveFileEnvironment => ({
  document: window.document,
  url: URL,
  later: (run) => window.setTimeout(run, 0),
});

export const saveFile = (
  bytes: Uint8Array,
  fileName: string,
  mimeType: string,
  env: SaveFileEnvironment = browser(),
): Blob => {
  // Copy into a plain ArrayBuffer: a Uint8Array view may sit on a larger or shared buffer.
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: mimeType });
  const url = env.url.createObjectURL(blob);
  const link = env.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  env.later(() => env.url.revokeObjectURL(url));
  return blob;
};
