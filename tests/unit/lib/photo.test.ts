import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  QUALITY_STEPS,
  compressionAttempts,
  fitWithin,
  formatBytes,
  fromDataUrl,
  orientationTransform,
  readJpegInfo,
  toDataUrl,
  uprightSize,
  withOrientation,
} from '../../../src/lib/photo';
import { PHOTO_LIMITS } from '../../../src/lib/storage/limits';
import { must } from '../../must';

// A 64×48 gradient made with ImageMagick (`convert -size 64x48 gradient:red-blue -strip`), no EXIF.
const jpeg = new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/photo-64x48.jpg')));

/** An APP1 EXIF segment in Intel (little-endian) byte order, as most phones write it, with other tags before orientation. */
function intelExif(orientation: number): Uint8Array {
  const entry = (tag: number, value: number) => [tag & 0xff, tag >> 8, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, value & 0xff, value >> 8, 0, 0];
  const ifd = [0x03, 0x00, ...entry(0x010f, 0), ...entry(0x0110, 0), ...entry(0x0112, orientation), 0, 0, 0, 0];
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, 0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, ...ifd];
  return Uint8Array.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body]);
}
const insertAfterApp0 = (seg: Uint8Array) => {
  // The fixture starts SOI, APP0 (JFIF, 18 bytes with its marker): phones put EXIF there or straight after SOI.
  const at = 2 + 2 + ((must(jpeg[4]) << 8) | must(jpeg[5]));
  return Uint8Array.from([...jpeg.subarray(0, at), ...seg, ...jpeg.subarray(at)]);
};

describe('reading a JPEG header', () => {
  it('finds the stored size of the fixture and orientation 1 when it has no EXIF', () => {
    expect(readJpegInfo(jpeg)).toEqual({ orientation: 1, size: { width: 64, height: 48 } });
  });

  it.each([1, 3, 6, 8])('reads orientation %i written in Motorola order straight after the start marker', (o) => {
    expect(readJpegInfo(withOrientation(jpeg, o))).toEqual({ orientation: o, size: { width: 64, height: 48 } });
  });

  it('reads orientation 6 in Intel order after the JFIF segment, past other tags', () => {
    expect(readJpegInfo(insertAfterApp0(intelExif(6)))?.orientation).toBe(6);
  });

  it('is not fooled by a PNG, an empty file or a cut header', () => {
    expect(readJpegInfo(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBeUndefined();
    expect(readJpegInfo(new Uint8Array())).toBeUndefined();
    const cut = withOrientation(jpeg, 6).subarray(0, 20);
    expect(readJpegInfo(cut)).toEqual({ orientation: 1 });
  });

  it('gives orientation 1 for an out-of-range tag value', () => {
    expect(readJpegInfo(withOrientation(jpeg, 9))?.orientation).toBe(1);
  });
});

describe('sizing a photo', () => {
  it('fits a 4000×3000 camera photo into 1600 px on the long side, keeping the ratio', () => {
    expect(fitWithin({ width: 4000, height: 3000 }, PHOTO_LIMITS.maxSide)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin({ width: 3000, height: 4000 }, 1600)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small picture and never goes below 1 px', () => {
    expect(fitWithin({ width: 640, height: 480 }, 1600)).toEqual({ width: 640, height: 480 });
    expect(fitWithin({ width: 10000, height: 2 }, 1600)).toEqual({ width: 1600, height: 1 });
  });

  it('turns the size of an image stored sideways (orientations 5–8) and keeps it for 1–4', () => {
    expect(uprightSize({ width: 4000, height: 3000 }, 6)).toEqual({ width: 3000, height: 4000 });
    expect(uprightSize({ width: 4000, height: 3000 }, 3)).toEqual({ width: 4000, height: 3000 });
  });

  it('tries every quality at 1600 px first, then smaller sides, down to 640 px', () => {
    const a = compressionAttempts({ width: 4000, height: 3000 });
    expect(a.slice(0, QUALITY_STEPS.length)).toEqual(QUALITY_STEPS.map((quality) => ({ width: 1600, height: 1200, quality })));
    expect(a.at(-1)).toEqual({ width: 640, height: 480, quality: QUALITY_STEPS.at(-1) });
    const qualities = a.map((x) => x.quality);
    expect(Math.max(...qualities)).toBeLessThan(0.9);
    expect(Math.min(...qualities)).toBeGreaterThanOrEqual(0.5);
  });

  it('only re-encodes a picture already smaller than the steps (no repeated sizes)', () => {
    const a = compressionAttempts({ width: 900, height: 600 });
    const sizes = [...new Set(a.map((x) => `${x.width}x${x.height}`))];
    expect(sizes).toEqual(['900x600', '800x533', '640x427']);
  });
});

describe('turning a sideways image upright on a canvas', () => {
  // Where the transform sends the corners of the drawn image tells whether it lands inside the upright canvas.
  const apply = (m: number[], x: number, y: number) => {
    const at = (i: number) => must(m[i], `matrix entry ${i}`);
    return [at(0) * x + at(2) * y + at(4), at(1) * x + at(3) * y + at(5)];
  };
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('orientation %i maps the drawn image exactly onto the upright canvas', (o) => {
    const drawn = { width: 40, height: 30 };
    const up = uprightSize(drawn, o);
    const m = orientationTransform(o, drawn);
    const corners = [
      [0, 0],
      [40, 0],
      [0, 30],
      [40, 30],
    ].map(([x, y]) => apply(m, must(x), must(y)));
    expect(new Set(corners.map(([x]) => x))).toEqual(new Set([0, up.width]));
    expect(new Set(corners.map(([, y]) => y))).toEqual(new Set([0, up.height]));
  });

  it('orientation 6 (phone held upright) sends the top left of the stored image to the top right', () => {
    expect(apply(orientationTransform(6, { width: 40, height: 30 }), 0, 0)).toEqual([30, 0]);
  });
});

describe('data URLs for export files', () => {
  it('round-trips the fixture bytes exactly', () => {
    const url = toDataUrl(jpeg.slice().buffer, 'image/jpeg');
    expect(url.startsWith('data:image/jpeg;base64,/9j/')).toBe(true);
    const back = fromDataUrl(url);
    expect(back?.type).toBe('image/jpeg');
    expect(new Uint8Array(must(back).bytes)).toEqual(jpeg);
  });

  it('round-trips 200 kB of every byte value (sliced encoding)', () => {
    const bytes = Uint8Array.from({ length: 200 * 1024 }, (_, i) => (i * 7) % 256);
    expect(new Uint8Array(must(fromDataUrl(toDataUrl(bytes.buffer, 'image/jpeg'))).bytes)).toEqual(bytes);
  });

  it('refuses what is not a base64 image data URL', () => {
    expect(fromDataUrl('data:text/plain;base64,aGk=')).toBeUndefined();
    expect(fromDataUrl('data:image/jpeg;base64,@@@')).toBeUndefined();
    expect(fromDataUrl('https://example.org/x.jpg')).toBeUndefined();
  });

  it('says sizes in kB and MB', () => {
    expect(formatBytes(183 * 1024)).toBe('183 kB');
    expect(formatBytes(30 * 1024 * 1024)).toBe('30.0 MB');
  });
});
