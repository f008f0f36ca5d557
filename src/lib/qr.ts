import QRCode from 'qrcode';

/** Renders a URL as an inline SVG QR code at build time (no client JS). Medium error correction survives a smudged print. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}

/** The QR module matrix for a URL (row-major booleans), as the SVG encodes it. */
export function qrMatrix(url: string): { size: number; dark: (x: number, y: number) => boolean } {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  return { size, dark: (x, y) => qr.modules.get(y, x) === 1 };
}
