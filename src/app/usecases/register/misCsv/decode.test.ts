import { decodeCsvBytes } from './decode';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading the bytes of an export', () => {
  test('UTF-8, with or without its byte order mark', () => {
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('Zoë')))).toEqual({
      text: 'Zoë',
      encoding: 'utf-8',
    });
    expect(decodeCsvBytes(utf8('Zoë'))).toEqual({ text: 'Zoë', encoding: 'utf-8' });
  });

  test('Windows-1252 when the bytes are not UTF-8, typographic quotes included', () => {
    // Zoë O’B “T” – £€, one byte each
    const cp1252 = bytes(
      0x5a,
      0x6f,
      0xeb,
      0x20,
      0x4f,
      0x92,
      0x42,
      0x20,
      0x93,
      0x54,
      0x94,
      0x20,
      0x96,
      0x20,
      0xa3,
      0x80,
    );
    expect(decodeCsvBytes(cp1252)).toEqual({ text: 'Zoë O’B “T” – £€', encoding: 'windows-1252' });
  });

  test('a UTF-8 mark on a Windows-1252 body is dropped, not shown as ï»¿', () => {
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xeb))).toEqual({
      text: 'Zoë',
      encoding: 'windows-1252',
    });
  });

  test('UTF-16 with its mark (Excel "Unicode text")', () => {
    expect(decodeCsvBytes(bytes(0xff, 0xfe, 0x5a, 0x00, 0xeb, 0x00))).toEqual({
      text: 'Zë',
      encoding: 'utf-16le',
    });
  });
});
