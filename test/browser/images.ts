/** Images for the browser tests of attaching screenshots: drawn on a canvas, or a JPEG carrying EXIF. */

export function canvasOf(width: number, height: number, paint: (context: CanvasRenderingContext2D) => void) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  paint(canvas.getContext('2d')!);
  return canvas;
}

export function blobOf(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), type, quality));
}

/** A TIFF block with a camera make and a GPS latitude, as a phone writes into its photos. */
export function exifSegment(make: string): Uint8Array<ArrayBuffer> {
  const tiff = new DataView(new ArrayBuffer(74));
  const ascii = (offset: number, text: string) =>
    [...text].forEach((char, index) => tiff.setUint8(offset + index, char.charCodeAt(0)));
  ascii(0, 'II');
  tiff.setUint16(2, 42, true);
  tiff.setUint32(4, 8, true);
  // IFD0: Make (ASCII, at 38) and the pointer to the GPS IFD (at 56).
  tiff.setUint16(8, 2, true);
  tiff.setUint16(10, 0x010f, true);
  tiff.setUint16(12, 2, true);
  tiff.setUint32(14, make.length + 1, true);
  tiff.setUint32(18, 38, true);
  tiff.setUint16(22, 0x8825, true);
  tiff.setUint16(24, 4, true);
  tiff.setUint32(26, 1, true);
  tiff.setUint32(30, 56, true);
  ascii(38, make);
  // GPS IFD: GPSLatitudeRef "N".
  tiff.setUint16(56, 1, true);
  tiff.setUint16(58, 0x0001, true);
  tiff.setUint16(60, 2, true);
  tiff.setUint32(62, 2, true);
  ascii(66, 'N');
  const header = new Uint8Array([0xff, 0xe1, 0, 0, ...'Exif'.split('').map((c) => c.charCodeAt(0)), 0, 0]);
  new DataView(header.buffer).setUint16(2, 2 + 6 + tiff.byteLength);
  return new Uint8Array([...header, ...new Uint8Array(tiff.buffer)]);
}

/** A JPEG with `segment` right after its start-of-image marker. */
export async function jpegWith(segment: Uint8Array<ArrayBuffer>): Promise<Blob> {
  const plain = new Uint8Array(
    await (
      await blobOf(
        canvasOf(320, 240, (c) => c.fillRect(0, 0, 80, 80)),
        'image/jpeg',
      )
    ).arrayBuffer(),
  );
  return new Blob([plain.slice(0, 2), segment, plain.slice(2)], { type: 'image/jpeg' });
}
