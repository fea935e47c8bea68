import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_IDENTITY, ICON_FILES, type IconName } from './appIdentity';
import { encodePng, type RgbaImage } from './png';

/**
 * Draws the IEP Planner mark (a rounded document with a tick) at each size Teams and Office need,
 * with 4x4 supersampling for smooth edges. Shapes are described in a unit square so every size
 * comes from the same drawing.
 */
type Rgb = readonly [number, number, number];
/** Coverage test in unit coordinates: is this point inside the shape? */
type Shape = (x: number, y: number) => boolean;

const hexToRgb = (hex: string): Rgb => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
const ACCENT = hexToRgb(APP_IDENTITY.accentColor);
const WHITE: Rgb = [255, 255, 255];

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly radius: number;
}

const insideRoundedBox =
  (box: Box): Shape =>
  (x, y) => {
    const cx = Math.min(Math.max(x, box.left + box.radius), box.right - box.radius);
    const cy = Math.min(Math.max(y, box.top + box.radius), box.bottom - box.radius);
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) return false;
    return (x - cx) ** 2 + (y - cy) ** 2 <= box.radius ** 2;
  };

const inset = (box: Box, by: number): Box => ({
  left: box.left + by,
  top: box.top + by,
  right: box.right - by,
  bottom: box.bottom - by,
  radius: Math.max(box.radius - by, 0),
});

const ring = (box: Box, width: number): Shape => {
  const outer = insideRoundedBox(box);
  const inner = insideRoundedBox(inset(box, width));
  return (x, y) => outer(x, y) && !inner(x, y);
};

/** A thick polyline (round caps): the tick. */
const stroke =
  (points: readonly (readonly [number, number])[], width: number): Shape =>
  (x, y) =>
    points.slice(1).some((end, i) => {
      const start = points[i] ?? end;
      const [ax, ay] = start;
      const [bx, by] = end;
      const t = Math.min(
        Math.max(((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2), 0),
        1,
      );
      return (x - (ax + t * (bx - ax))) ** 2 + (y - (ay + t * (by - ay))) ** 2 <= (width / 2) ** 2;
    });

const TICK: readonly (readonly [number, number])[] = [
  [0.36, 0.58],
  [0.46, 0.69],
  [0.64, 0.47],
];

/** Two short lines of "text" above the tick, so the page reads as a document. */
const TEXT_LINES = (width: number): Shape => {
  const first = stroke(
    [
      [0.4, 0.29],
      [0.6, 0.29],
    ],
    width,
  );
  const second = stroke(
    [
      [0.4, 0.37],
      [0.53, 0.37],
    ],
    width,
  );
  return (x, y) => first(x, y) || second(x, y);
};

interface Layer {
  readonly shape: Shape;
  readonly colour: Rgb;
}

const SUBSAMPLES = 4;

const render = (size: number, layers: readonly Layer[], background: Rgb | null): RgbaImage => {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let [r, g, b] = background ?? [0, 0, 0];
      let alpha = background ? 1 : 0;
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < SUBSAMPLES; sy += 1) {
          for (let sx = 0; sx < SUBSAMPLES; sx += 1) {
            if (layer.shape((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size))
              hits += 1;
          }
        }
        const cover = hits / SUBSAMPLES ** 2;
        if (cover === 0) continue;
        // Porter-Duff "over", so edges stay the layer's colour on a transparent background.
        const outAlpha = cover + alpha * (1 - cover);
        const mix = (top: number, bottom: number) => (top * cover + bottom * alpha * (1 - cover)) / outAlpha;
        [r, g, b] = [mix(layer.colour[0], r), mix(layer.colour[1], g), mix(layer.colour[2], b)];
        alpha = outAlpha;
      }
      const at = (py * size + px) * 4;
      pixels[at] = Math.round(r);
      pixels[at + 1] = Math.round(g);
      pixels[at + 2] = Math.round(b);
      pixels[at + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, pixels };
};

/** Teams colour icon: the white document on a full accent square (Teams rounds the corners itself). */
const colourIcon = (size: number) => {
  const page: Box = { left: 0.3, top: 0.22, right: 0.7, bottom: 0.78, radius: 0.06 };
  return render(
    size,
    [
      { shape: insideRoundedBox(page), colour: WHITE },
      { shape: TEXT_LINES(0.035), colour: ACCENT },
      { shape: stroke(TICK, 0.065), colour: ACCENT },
    ],
    ACCENT,
  );
};

/** Teams outline icon: white strokes only, on transparency, at least 2px wide so it reads at 32x32. */
const outlineIcon = (size: number) => {
  const page: Box = { left: 0.19, top: 0.1, right: 0.81, bottom: 0.9, radius: 0.12 };
  const line = Math.max(2 / size, 0.06);
  return render(
    size,
    [
      { shape: ring(page, line), colour: WHITE },
      { shape: stroke(TICK, line * 1.1), colour: WHITE },
    ],
    null,
  );
};

/** Office ribbon icons: an accent document with a white tick, on transparency. */
const ribbonIcon = (size: number) => {
  const page: Box = { left: 0.17, top: 0.06, right: 0.83, bottom: 0.94, radius: 0.12 };
  return render(
    size,
    [
      { shape: insideRoundedBox(page), colour: ACCENT },
      // Below 32px the text lines would blur into the tick.
      ...(size >= 32 ? [{ shape: TEXT_LINES(Math.max(1.5 / size, 0.05)), colour: WHITE }] : []),
      { shape: stroke(TICK, Math.max(1.6 / size, 0.1)), colour: WHITE },
    ],
    null,
  );
};

export const drawIcon = (name: IconName): RgbaImage => {
  const { size } = ICON_FILES[name];
  if (name === 'color') return colourIcon(size);
  if (name === 'outline') return outlineIcon(size);
  return ribbonIcon(size);
};

/** Writes every icon as PNG into `directory` (assets/icons in the repository). */
export const writeIcons = (directory: string): string[] => {
  mkdirSync(directory, { recursive: true });
  return (Object.keys(ICON_FILES) as IconName[]).map((name) => {
    const path = join(directory, ICON_FILES[name].file);
    writeFileSync(path, encodePng(drawIcon(name)));
    return path;
  });
};
