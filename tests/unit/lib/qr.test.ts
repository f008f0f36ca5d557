import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvg } from '../../../src/lib/qr';

/** Paints the module matrix as RGBA pixels with a quiet zone, the way a phone camera would see the print. */
function paint(url: string, scale = 4, quiet = 4) {
  const { size, dark } = qrMatrix(url);
  const px = (size + quiet * 2) * scale;
  const data = new Uint8ClampedArray(px * px * 4).fill(255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      if (dark(x, y))
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const i = (((y + quiet) * scale + dy) * px + (x + quiet) * scale + dx) * 4;
            data[i] = data[i + 1] = data[i + 2] = 0;
          }
  return { data, px };
}

describe('QR codes on handouts', () => {
  it.each(['https://example.org/cases/2014-kunshan-zhongrong/handout/', 'https://example.org/anquan/training/dust/'])(
    'decodes back to %s',
    (url) => {
      const { data, px } = paint(url);
      expect(jsQR(data, px, px)?.data).toBe(url);
    },
  );

  it('renders an SVG whose modules are the same matrix', async () => {
    const svg = await qrSvg('https://example.org/x/');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 (\d+) \1"/);
    const { size } = qrMatrix('https://example.org/x/');
    expect(svg).toContain(`viewBox="0 0 ${size + 4} ${size + 4}"`);
  });

  it('a different URL gives a code that does not decode to the first', () => {
    const { data, px } = paint('https://example.org/a/');
    expect(jsQR(data, px, px)?.data).not.toBe('https://example.org/b/');
  });
});
