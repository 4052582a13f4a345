/**
 * A screenshot made safe to attach (issue 16): decoded by the browser, the areas the person
 * covered painted over, scaled down to {@link MAX_EDGE} px on its long edge and encoded again
 * (WebP, else JPEG) to at most {@link MAX_ENCODED_BYTES}. Drawing through a canvas keeps only the
 * pixels, so nothing of the original file travels: no EXIF location, no device, no thumbnail
 * that still shows what was covered. Loaded as a chunk of its own when someone attaches.
 */

/** Larger files are refused before decoding: a phone's screenshot is a few MB at most. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Enough to read any error message on a phone screenshot. */
export const MAX_EDGE = 1600;
export const MAX_ENCODED_BYTES = 500 * 1024;

/** An area to black out, in the original image's pixels. */
export interface Cover {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type ImageRefusal = 'too-large' | 'not-an-image';

export type PreparedImage =
  { ok: true; blob: Blob; type: string; width: number; height: number } | { ok: false; reason: ImageRefusal };

/** Qualities tried in turn until the encoded image fits; then the image shrinks and they start again. */
const QUALITIES = [0.85, 0.7, 0.55, 0.4];
const SHRINK = 0.75;

/** Why a file cannot be attached, before the person spends time covering it; undefined when it can. */
export async function refusalOf(file: Blob): Promise<ImageRefusal | undefined> {
  if (file.size > MAX_FILE_BYTES) return 'too-large';
  try {
    (await createImageBitmap(file)).close();
    return undefined;
  } catch {
    return 'not-an-image';
  }
}

export async function prepareImage(file: Blob, covers: readonly Cover[] = []): Promise<PreparedImage> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: 'not-an-image' };
  }
  try {
    const longEdge = Math.max(bitmap.width, bitmap.height);
    let scale = Math.min(1, MAX_EDGE / longEdge);
    for (;;) {
      const canvas = drawn(bitmap, covers, scale);
      for (const quality of QUALITIES) {
        const blob = await encode(canvas, quality);
        if (blob.size <= MAX_ENCODED_BYTES) {
          return { ok: true, blob, type: blob.type, width: canvas.width, height: canvas.height };
        }
      }
      scale *= SHRINK;
    }
  } finally {
    bitmap.close();
  }
}

/** The image at `scale`, each cover filled black (a little larger than drawn, so no edge survives smoothing). */
function drawn(bitmap: ImageBitmap, covers: readonly Cover[], scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  for (const { x, y, width, height } of covers) {
    const left = Math.floor(x * scale) - 1;
    const top = Math.floor(y * scale) - 1;
    context.fillRect(left, top, Math.ceil((x + width) * scale) + 1 - left, Math.ceil((y + height) * scale) + 1 - top);
  }
  return canvas;
}

/** WebP where the browser encodes it (it answers PNG where it does not), else JPEG. */
async function encode(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  const webp = await toBlob(canvas, 'image/webp', quality);
  return webp.type === 'image/webp' ? webp : toBlob(canvas, 'image/jpeg', quality);
}

function toBlob(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`cannot encode ${type}`))), type, quality),
  );
}
