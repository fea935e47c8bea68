import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_FILES, type IconName } from './appIdentity';
import { drawIcon } from './drawIcons';
import { decodePng, encodePng, readPngHeader } from './png';

const ICONS_DIR = join(__dirname, '..', '..', 'assets', 'icons');
const committed = (name: IconName) => readFileSync(join(ICONS_DIR, ICON_FILES[name].file));
const names = Object.keys(ICON_FILES) as IconName[];

describe('committed icons in assets/icons', () => {
  it.each(names)('%s.png has the size Teams or Office requires', (name) => {
    const header = readPngHeader(committed(name));
    expect([header.width, header.height]).toEqual([ICON_FILES[name].size, ICON_FILES[name].size]);
    expect(header).toMatchObject({ bitDepth: 8, colourType: 6 });
  });

  it.each(names)(
    '%s.png is what drawIcons.ts draws today (regenerate with: npx tsx scripts/manifest/cli.ts icons)',
    (name) => {
      expect(Buffer.from(decodePng(committed(name)).pixels).equals(Buffer.from(drawIcon(name).pixels))).toBe(
        true,
      );
    },
  );

  it('the outline icon is white on transparency only, as Teams requires', () => {
    const { pixels } = decodePng(committed('outline'));
    let transparent = 0;
    let drawn = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const alpha = pixels[i + 3] ?? 0;
      if (alpha === 0) transparent += 1;
      else {
        drawn += 1;
        expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(transparent).toBeGreaterThan(drawn);
    expect(drawn).toBeGreaterThan(50);
  });

  it('the colour icon is fully opaque, with the accent colour in the corners', () => {
    const { pixels } = decodePng(committed('color'));
    for (let i = 3; i < pixels.length; i += 4) expect(pixels[i]).toBe(255);
    expect([...pixels.subarray(0, 3)]).toEqual([0x5b, 0x5f, 0xc7]);
  });
});

describe('the PNG encoder', () => {
  it('round-trips pixels and is detected as corrupt when the header changes', () => {
    const pixels = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const png = encodePng({ width: 3, height: 2, pixels });
    expect(decodePng(png)).toEqual({ width: 3, height: 2, pixels });
    const corrupted = Buffer.from(png);
    corrupted[17] = 9; // width's low byte, without fixing the CRC
    expect(() => readPngHeader(corrupted)).toThrow(/CRC/);
    expect(() => readPngHeader(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
  });
});
