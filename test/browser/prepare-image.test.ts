/**
 * A screenshot made safe before it is attached (issue 16): nothing of the file but its pixels
 * survives (EXIF location and device gone), covered areas are black, and the result is at most
 * 1600 px on its long edge and 500 KB; a file too large or not an image is refused.
 */
import { expect } from '@open-wc/testing';
import { blobOf, canvasOf, exifSegment, jpegWith } from './images.js';
import {
  MAX_EDGE,
  MAX_ENCODED_BYTES,
  MAX_FILE_BYTES,
  prepareImage,
  type PreparedImage,
} from '../../src/widget/internal/prepare-image.js';

const text = async (blob: Blob) => new TextDecoder('latin1').decode(await blob.arrayBuffer());

function prepared(result: PreparedImage) {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('prepareImage', () => {
  it('keeps only the pixels: the location and the device in the EXIF block do not survive', async () => {
    const original = await jpegWith(exifSegment('LEAKY-PHONE-9000'));
    expect(await text(original), 'the fixture carries EXIF')
      .to.contain('LEAKY-PHONE-9000')
      .and.to.contain('Exif');
    const image = prepared(await prepareImage(original));
    const bytes = await text(image.blob);
    expect(bytes).not.to.contain('LEAKY-PHONE-9000');
    expect(bytes).not.to.contain('Exif');
    expect([image.width, image.height]).to.deep.equal([320, 240]);
    expect(['image/webp', 'image/jpeg']).to.include(image.type);
  });

  it('paints the covered areas black, and only them', async () => {
    const white = await blobOf(
      canvasOf(400, 300, (c) => ((c.fillStyle = '#fff'), c.fillRect(0, 0, 400, 300))),
      'image/png',
    );
    const image = prepared(await prepareImage(white, [{ x: 100, y: 100, width: 80, height: 60 }]));
    const bitmap = await createImageBitmap(image.blob);
    const pixels = canvasOf(400, 300, (c) => c.drawImage(bitmap, 0, 0)).getContext('2d')!;
    const at = (x: number, y: number) => [...pixels.getImageData(x, y, 1, 1).data.slice(0, 3)];
    for (const [x, y] of [
      [100, 100],
      [140, 130],
      [179, 159],
    ] as const) {
      expect(Math.max(...at(x, y)), `(${x}, ${y}) is covered`).to.be.below(40);
    }
    for (const [x, y] of [
      [10, 10],
      [90, 130],
      [200, 130],
      [140, 170],
    ] as const) {
      expect(Math.min(...at(x, y)), `(${x}, ${y}) is not`).to.be.above(215);
    }
  });

  it(`scales a large noisy screenshot to ${MAX_EDGE} px and encodes it within ${MAX_ENCODED_BYTES / 1024} KB`, async function () {
    // Encoding 2 megapixels of noise a few times is seconds of CPU on a busy 2-core machine.
    this.timeout(60_000);
    const noise = canvasOf(2000, 1500, (c) => {
      const data = c.createImageData(2000, 1500);
      for (let offset = 0; offset < data.data.length; offset += 65536) {
        crypto.getRandomValues(data.data.subarray(offset, offset + 65536));
      }
      c.putImageData(data, 0, 0);
    });
    const original = await blobOf(noise, 'image/png');
    expect(original.size, 'the fixture is far over the cap').to.be.above(MAX_ENCODED_BYTES * 4);
    const image = prepared(await prepareImage(original));
    expect(image.blob.size).to.be.at.most(MAX_ENCODED_BYTES);
    expect(Math.max(image.width, image.height)).to.be.at.most(MAX_EDGE);
    expect(image.width / image.height).to.be.closeTo(2000 / 1500, 0.01);
  });

  it('refuses a file over 20 MB without reading it, and a file that is not an image', async () => {
    const huge = new Blob([new Uint8Array(MAX_FILE_BYTES + 1)], { type: 'image/png' });
    expect(await prepareImage(huge)).to.deep.equal({ ok: false, reason: 'too-large' });
    const notAnImage = new Blob(['%PDF-1.7 this is not a picture'], { type: 'image/png' });
    expect(await prepareImage(notAnImage)).to.deep.equal({ ok: false, reason: 'not-an-image' });
  });
});
