/**
 * Photos as evidence (拍照取证): the pure part of taking one in. The browser decodes the image and encodes it on a
 * canvas (islands/self-check/photo-compress.ts); everything that can be decided without a canvas is here, so it runs
 * in unit tests: the size to draw at, the quality steps to try, the EXIF orientation of a JPEG (a phone stores a
 * portrait shot as a landscape image plus a "rotate me" tag), and base64 data URLs for export files.
 */
import { PHOTO_LIMITS } from './storage/limits';

export const PHOTO_ROLES = ['before', 'after'] as const;
/** Whether a photo shows the hazard as found or the place after the fix. */
export type PhotoRole = (typeof PHOTO_ROLES)[number];
export const PHOTO_ROLE_LABELS: Record<PhotoRole, string> = { before: '整改前', after: '整改后' };

/** The one image type stored: JPEG decodes everywhere (old WebViews, spreadsheet and office tools, other phones). */
export const PHOTO_TYPE = 'image/jpeg';

/** Said wherever a text code is offered: it carries records, never photos. */
export const PHOTOS_NOT_IN_CODE = '文本代码不含照片，照片请用导出文件。';

export interface Size {
  width: number;
  height: number;
}

/** The size that fits within `maxSide` on its long side, keeping the aspect ratio; never enlarges, never below 1 px. */
export function fitWithin({ width, height }: Size, maxSide: number): Size {
  const long = Math.max(width, height);
  if (long <= maxSide) return { width, height };
  const k = maxSide / long;
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

/** Long sides tried in turn: the first that meets the byte target wins (most photos: the first). */
export const SIDE_STEPS = [PHOTO_LIMITS.maxSide, 1280, 1024, 800, 640] as const;
/** JPEG qualities tried at each side, best first; below 0.5 a smaller picture looks better than more artefacts. */
export const QUALITY_STEPS = [0.82, 0.72, 0.62, 0.52] as const;

export interface Attempt extends Size {
  /** JPEG quality, 0–1. */
  quality: number;
}

/**
 * The encodings to try for an upright image of this size, in order, until one is at most the byte target. Sides that
 * would not make the image smaller than the step before are skipped, so a small image is only re-encoded.
 */
export function compressionAttempts(upright: Size): Attempt[] {
  const out: Attempt[] = [];
  let prev = '';
  for (const side of SIDE_STEPS) {
    const size = fitWithin(upright, side);
    const id = `${size.width}x${size.height}`;
    if (id === prev) continue;
    prev = id;
    for (const quality of QUALITY_STEPS) out.push({ ...size, quality });
  }
  return out;
}

/** EXIF orientations 5–8 turn the image a quarter: width and height swap. */
export const swapsSides = (orientation: number) => orientation >= 5 && orientation <= 8;

/** The upright size of an image stored as `raw` with this EXIF orientation. */
export const uprightSize = (raw: Size, orientation: number): Size =>
  swapsSides(orientation) ? { width: raw.height, height: raw.width } : raw;

/**
 * The canvas transform (a, b, c, d, e, f of setTransform) that draws an image stored sideways upright, where `drawn`
 * is the size the stored image is drawn at (before turning). The canvas itself has the upright size.
 */
export function orientationTransform(orientation: number, drawn: Size): [number, number, number, number, number, number] {
  const { width: w, height: h } = drawn;
  switch (orientation) {
    case 2:
      return [-1, 0, 0, 1, w, 0];
    case 3:
      return [-1, 0, 0, -1, w, h];
    case 4:
      return [1, 0, 0, -1, 0, h];
    case 5:
      return [0, 1, 1, 0, 0, 0];
    case 6:
      return [0, 1, -1, 0, h, 0];
    case 7:
      return [0, -1, -1, 0, h, w];
    case 8:
      return [0, -1, 1, 0, 0, w];
    default:
      return [1, 0, 0, 1, 0, 0];
  }
}

export interface JpegInfo {
  /** EXIF orientation 1–8 (1 when the file has none). */
  orientation: number;
  /** The stored size, from the frame header, when found. */
  size?: Size;
}

/**
 * Reads the EXIF orientation and the stored size of a JPEG from its first bytes (the headers come before the image
 * data; 128 kB is plenty). Undefined when the bytes are not a JPEG. Malformed headers give orientation 1, never a throw.
 */
export function readJpegInfo(bytes: Uint8Array): JpegInfo | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let orientation = 1;
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) break;
    const marker = view.getUint8(pos + 1);
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      pos += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, start of scan: no headers after this
    const len = view.getUint16(pos + 2);
    if (len < 2) break;
    const body = pos + 4;
    if (marker === 0xe1 && orientation === 1) orientation = exifOrientation(view, body, Math.min(body + len - 2, bytes.length));
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame && body + 5 <= bytes.length) {
      return { orientation, size: { height: view.getUint16(body + 1), width: view.getUint16(body + 3) } };
    }
    pos = body + len - 2;
  }
  return { orientation };
}

/** The orientation tag (0x0112) of IFD0 in an APP1 "Exif" segment spanning [start, end); 1 when absent or malformed. */
function exifOrientation(view: DataView, start: number, end: number): number {
  // "Exif\0\0"
  if (end - start < 14 || view.getUint32(start) !== 0x45786966 || view.getUint16(start + 4) !== 0) return 1;
  const tiff = start + 6;
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return 1;
  const le = order === 0x4949;
  const u16 = (p: number) => (p + 2 <= end ? view.getUint16(p, le) : -1);
  const u32 = (p: number) => (p + 4 <= end ? view.getUint32(p, le) : -1);
  if (u16(tiff + 2) !== 42) return 1;
  const ifd = tiff + u32(tiff + 4);
  const count = u16(ifd);
  if (ifd <= tiff || count < 0) return 1;
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (u16(entry) === 0x0112) {
      const o = u16(entry + 8);
      return o >= 1 && o <= 8 ? o : 1;
    }
  }
  return 1;
}

/**
 * An APP1 EXIF segment holding only an orientation tag: used to make test images, and the tiny probe that tells
 * whether this browser already turns images upright when it decodes them.
 */
export function exifOrientationSegment(orientation: number): Uint8Array<ArrayBuffer> {
  const header = [0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08]; // big-endian TIFF, IFD0 at offset 8
  const entry = [0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, orientation >> 8, orientation & 0xff, 0x00, 0x00]; // tag, SHORT, 1 value
  const tiff = [...header, 0x00, 0x01, ...entry, 0x00, 0x00, 0x00, 0x00]; // one entry, no next IFD
  const body = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff];
  const len = body.length + 2;
  return Uint8Array.from([0xff, 0xe1, len >> 8, len & 0xff, ...body]);
}

/** A JPEG with an orientation segment put straight after its start marker (the first APP1 is the one read). */
export function withOrientation(jpeg: Uint8Array, orientation: number): Uint8Array<ArrayBuffer> {
  const seg = exifOrientationSegment(orientation);
  const out = new Uint8Array(jpeg.length + seg.length);
  out.set(jpeg.subarray(0, 2), 0);
  out.set(seg, 2);
  out.set(jpeg.subarray(2), 2 + seg.length);
  return out;
}

/** Base64 of some bytes, in slices (one call per byte would overflow the stack on a 200 kB photo). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** A data URL of a photo, as export files carry it. */
export const toDataUrl = (bytes: ArrayBuffer, type: string) => `data:${type};base64,${bytesToBase64(new Uint8Array(bytes))}`;

const DATA_URL = /^data:(image\/[a-z+.-]+);base64,([A-Za-z0-9+/]*={0,2})$/;

/** The type and bytes of a base64 data URL; undefined when it is not one. */
export function fromDataUrl(url: string): { type: string; bytes: ArrayBuffer } | undefined {
  const [, type, data] = DATA_URL.exec(url) ?? [];
  if (type === undefined || data === undefined) return undefined;
  let bin: string;
  try {
    bin = atob(data);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { type, bytes: bytes.buffer };
}

/** A size in kB for people (e.g. 183 kB). */
export const formatBytes = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} kB`;
