/**
 * The school's logo for a document's page header. Any image that is not plainly a PNG or a JPEG
 * with a size is left out: a broken logo must never stop a plan being printed.
 */

export interface SchoolLogo {
  readonly bytes: Uint8Array;
  readonly contentType: 'image/png' | 'image/jpeg';
  readonly widthPx: number;
  readonly heightPx: number;
}

/** What a document says about the school: its name on every page, and its logo where it has one. */
export interface SchoolBranding {
  readonly name: string;
  readonly logo?: SchoolLogo;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

const uint32 = (bytes: Uint8Array, at: number): number =>
  (((bytes[at] ?? 0) << 24) |
    ((bytes[at + 1] ?? 0) << 16) |
    ((bytes[at + 2] ?? 0) << 8) |
    (bytes[at + 3] ?? 0)) >>>
  0;

const uint16 = (bytes: Uint8Array, at: number): number => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);

/** A PNG's size is in its first chunk, IHDR, right after the signature. */
const pngSize = (bytes: Uint8Array): [number, number] | null =>
  bytes.length >= 24 && uint32(bytes, 12) === 0x49484452 ? [uint32(bytes, 16), uint32(bytes, 20)] : null;

/** A JPEG's size is in its start-of-frame segment (SOF0-SOF15 except DHT, JPG and DAC markers). */
const jpegSize = (bytes: Uint8Array): [number, number] | null => {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const length = uint16(bytes, at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return [uint16(bytes, at + 7), uint16(bytes, at + 5)];
    at += 2 + length;
  }
  return null;
};

/** The logo's type and size read from its own bytes, or null when it is not a PNG or JPEG Word can show. */
export const readSchoolLogo = (bytes: Uint8Array): SchoolLogo | null => {
  const isPng = startsWith(bytes, PNG_SIGNATURE);
  const isJpeg = startsWith(bytes, [0xff, 0xd8, 0xff]);
  const size = isPng ? pngSize(bytes) : isJpeg ? jpegSize(bytes) : null;
  if (!size) return null;
  const [widthPx, heightPx] = size;
  if (widthPx <= 0 || heightPx <= 0) return null;
  return { bytes, contentType: isPng ? 'image/png' : 'image/jpeg', widthPx, heightPx };
};
