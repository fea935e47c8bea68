/** How the export's bytes were read, so the preview can say so if the names look wrong. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'windows-1252';

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;

// Windows-1252's characters for bytes 0x80 to 0x9F, where it differs from ISO-8859-1 (the five
// bytes it leaves undefined keep their control codes, as the WHATWG Encoding Standard says).
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1_CONTROLS = /[\u0080-\u009F]/g;

/**
 * Node 20 decodes 'windows-1252' as ISO-8859-1, turning "O’Brien" into "O\u0092Brien"; a
 * browser's decoder is right and leaves nothing for this to change.
 */
const repairWindows1252 = (text: string): string =>
  text.replace(C1_CONTROLS, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

/**
 * MIS exports come as Excel's "CSV UTF-8" (with a byte order mark), plain UTF-8, Excel's
 * "Unicode text" (UTF-16) or, from older SIMS reports and anything re-saved by Excel as plain CSV,
 * Windows-1252. Bytes that are not valid UTF-8 cannot be UTF-8, so they are read as Windows-1252,
 * which gives every byte a character: "Zoë" and "O’Brien" come through instead of "Zo�".
 */
export const decodeCsvBytes = (bytes: Uint8Array): DecodedCsv => {
  if (startsWith(bytes, UTF16LE_BOM)) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // A UTF-8 mark on a file whose body is not UTF-8 (edited by another tool) would read as "ï»¿".
    const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
    return {
      text: repairWindows1252(new TextDecoder('windows-1252').decode(body)),
      encoding: 'windows-1252',
    };
  }
};
