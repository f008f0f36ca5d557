/**
 * Downscales and compresses one photo in the browser, on a canvas: loaded with a dynamic import only when the user adds
 * a photo. The sizes and quality steps come from lib/photo.ts; this file only decodes, draws and encodes.
 *
 * EXIF orientation: current browsers turn an image upright when they decode it, old WebViews do not. A 2×1 probe JPEG
 * tagged "turn a quarter" tells which one this is (it decodes 1×2 where the browser turns it); where it does not, the
 * canvas is turned by the file's own orientation tag.
 */
import {
  PHOTO_TYPE,
  compressionAttempts,
  orientationTransform,
  readJpegInfo,
  swapsSides,
  uprightSize,
  withOrientation,
  type Size,
} from '../../lib/photo';
import { PHOTO_LIMITS } from '../../lib/storage/limits';

export interface Compressed extends Size {
  bytes: ArrayBuffer;
  type: typeof PHOTO_TYPE;
}

type Source = { image: CanvasImageSource; size: Size; close(): void };

// A 2×1 white JPEG (ImageMagick, stripped); the orientation tag is added in code.
const PROBE =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/wAALCAABAAIBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAB//EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AQH//2Q==';

/** Decodes an image: createImageBitmap where there is one (no URL needed), else an <img> from an object URL. */
async function decode(blob: Blob): Promise<Source> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bmp = await createImageBitmap(blob);
      return { image: bmp, size: { width: bmp.width, height: bmp.height }, close: () => bmp.close() };
    } catch {
      // Some browsers decode only through <img> (e.g. HEIC in Safari): try that.
    }
  }
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { image: img, size: { width: img.naturalWidth, height: img.naturalHeight }, close: () => undefined };
  } finally {
    URL.revokeObjectURL(url);
  }
}

let turnsItself: Promise<boolean> | undefined;
/** Whether this browser's decoder applies the EXIF orientation (asked once per page). */
function decoderTurnsUpright(): Promise<boolean> {
  turnsItself ??= (async () => {
    try {
      const bin = atob(PROBE);
      const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
      const src = await decode(new Blob([withOrientation(bytes, 6)], { type: PHOTO_TYPE }));
      src.close();
      return src.size.width === 1 && src.size.height === 2;
    } catch {
      // Cannot tell: current browsers turn images, so assume so rather than turn twice.
      return true;
    }
  })();
  return turnsItself;
}

/** The bytes of a blob; through Response, since Blob.arrayBuffer() is missing before Safari 14. */
const bytesOf = (blob: Blob): Promise<ArrayBuffer> => new Response(blob).arrayBuffer();

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, PHOTO_TYPE, quality));
}

/** Why a photo could not be taken in, for the user. */
export class PhotoError extends Error {}

/**
 * Turns a photo file (camera or album, any size) into an upright JPEG of at most PHOTO_LIMITS.photoBytes, trying the
 * steps of lib/photo.ts in order. Rejects with a PhotoError carrying a Chinese message.
 */
export async function compressPhoto(file: Blob): Promise<Compressed> {
  const info = readJpegInfo(new Uint8Array(await bytesOf(file.slice(0, 128 * 1024))));
  const orientation = info?.orientation ?? 1;
  let src: Source;
  try {
    src = await decode(file);
  } catch {
    throw new PhotoError('无法读取这张图片（格式可能不受支持），请换一张，或用相机直接拍摄。');
  }
  try {
    const turn = orientation !== 1 && !(await decoderTurnsUpright());
    const upright = turn ? uprightSize(src.size, orientation) : src.size;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PhotoError('浏览器无法处理图片（画布不可用），未保存。');
    let drawnAt = '';
    for (const at of compressionAttempts(upright)) {
      // Draw again only when the size changes; a new quality only re-encodes.
      if (drawnAt !== `${at.width}x${at.height}`) {
        canvas.width = at.width;
        canvas.height = at.height;
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        // JPEG has no transparency: a transparent PNG would turn black without a white ground.
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, at.width, at.height);
        ctx.imageSmoothingQuality = 'high';
        const drawn = turn && swapsSides(orientation) ? { width: at.height, height: at.width } : { width: at.width, height: at.height };
        if (turn) ctx.setTransform(...orientationTransform(orientation, drawn));
        ctx.drawImage(src.image, 0, 0, drawn.width, drawn.height);
        drawnAt = `${at.width}x${at.height}`;
      }
      const blob = await toBlob(canvas, at.quality);
      if (blob && blob.size <= PHOTO_LIMITS.photoBytes && blob.type === PHOTO_TYPE) {
        return { bytes: await bytesOf(blob), type: PHOTO_TYPE, width: at.width, height: at.height };
      }
    }
    throw new PhotoError('这张图片无法压缩到规定大小，未保存。请换一张试试。');
  } finally {
    src.close();
  }
}
