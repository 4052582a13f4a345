/**
 * The cover editor (issue 16 item 2), on its own in a shadow root as the widget would hold it: an
 * 800×600 screenshot shown 400 px wide (half size), covers drawn by keyboard and by pointer come
 * back in the screenshot's own pixels, Cancel gives nothing, the object URL does not outlive the
 * editor, axe finds nothing, and the covers returned make black pixels through prepareImage.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { coverEditorStrings, editCovers } from '../../src/widget/internal/cover-editor.js';
import { prepareImage, type Cover } from '../../src/widget/internal/prepare-image.js';
import { loadAxe, WCAG_TAGS } from './axe.js';
import { until } from './harness.js';

const en = coverEditorStrings.en;
/** Image pixels per CSS px: 800 px shown in 400. */
const SCALE = 2;
/** Arrow keys move and resize by 10 CSS px. */
const STEP = 10 * SCALE;
/** Enter's cover: 160×48 CSS px in the centre of 800×600. */
const CENTRED: Cover = { x: 240, y: 252, width: 320, height: 96 };

/** A white 800×600 PNG. */
async function screenshot(): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 800;
  canvas.height = 600;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 800, 600);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
}

/** Object URLs made and revoked while a test runs. */
let made: string[];
let revoked: string[];
const { createObjectURL, revokeObjectURL } = URL;

beforeEach(() => {
  made = [];
  revoked = [];
  URL.createObjectURL = (blob) => {
    const url = createObjectURL(blob);
    made.push(url);
    return url;
  };
  URL.revokeObjectURL = (url) => {
    revoked.push(url);
    revokeObjectURL(url);
  };
});

afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

/** The editor opened on the screenshot, in a 400 px wide container inside a shadow root. */
async function open(image?: Blob) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  container.style.width = '400px';
  root.append(container);
  const result = editCovers(container, image ?? (await screenshot()), en);
  await until(() => root.querySelector('svg'), 'the image to load');
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!;
  return {
    host,
    root,
    container,
    result,
    stage: q<HTMLElement>('[role=application]')!,
    image: q<HTMLImageElement>('img')!,
    button,
    status: () => q('[role=status]')!.textContent!.trim(),
    /** The covers on screen, in image pixels. */
    covers: () =>
      [...root.querySelectorAll('rect.cover:not(.draft)')].map((rect) => ({
        x: Number(rect.getAttribute('x')),
        y: Number(rect.getAttribute('y')),
        width: Number(rect.getAttribute('width')),
        height: Number(rect.getAttribute('height')),
      })),
    focused: () => root.activeElement,
  };
}

type Editor = Awaited<ReturnType<typeof open>>;

/** A pointer dragged over the image from one point to another, in CSS px from its top left corner. */
function drag(
  editor: Editor,
  from: [number, number],
  to: [number, number],
  pointer: { pointerId: number; pointerType: string } = { pointerId: 1, pointerType: 'mouse' },
) {
  const box = editor.image.getBoundingClientRect();
  const at = ([x, y]: [number, number]) => ({ clientX: box.left + x, clientY: box.top + y });
  const event = (type: string, point: [number, number]) =>
    new PointerEvent(type, {
      ...pointer,
      ...at(point),
      isPrimary: true,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  const middle: [number, number] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  editor.image.dispatchEvent(event('pointerdown', from));
  editor.stage.dispatchEvent(event('pointermove', middle));
  editor.stage.dispatchEvent(event('pointermove', to));
  editor.stage.dispatchEvent(event('pointerup', to));
}

describe('the cover editor', () => {
  it('closes with null, attaching nothing, when the image cannot be shown (a page whose CSP refuses blob: images)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const container = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(container);
    const result = editCovers(container, new Blob(['not an image'], { type: 'image/png' }), en);
    const attach = [...container.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Attach')!;
    expect(attach.getAttribute('aria-disabled'), 'Attach does nothing before the image shows').to.equal('true');
    attach.click();
    expect(await result).to.equal(null);
    expect(container.querySelector('.cover-editor')).to.equal(null);
  });

  it('shows the screenshot to fit the width, with the nudge, the buttons (44×44 at least) and focus on the image', async () => {
    const editor = await open();
    const box = editor.image.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([400, 300]);
    expect(editor.root.textContent).to.contain('Cover card numbers, codes and balances');
    const buttons = [...editor.root.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([
      'Add cover',
      'Remove cover',
      'Attach',
      'Cancel',
    ]);
    for (const button of buttons) {
      const { width, height } = button.getBoundingClientRect();
      expect(Math.min(width, height), button.textContent!).to.be.at.least(44);
    }
    expect(editor.focused()).to.equal(editor.stage);
    expect(editor.stage.getAttribute('aria-label')).to.equal('Screenshot');
    expect(made).to.have.length(1);
    expect(editor.image.src).to.equal(made[0]);
  });

  it('by keyboard: Enter adds, arrows move, Shift+arrows resize, Delete removes, Attach returns the covers', async () => {
    const editor = await open();
    await sendKeys({ press: 'Enter' });
    expect(editor.covers()).to.deep.equal([CENTRED]);
    expect(editor.status()).to.equal('Cover 1 of 1 added');
    expect(editor.focused()?.getAttribute('aria-label')).to.equal('Cover 1 of 1');

    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    const moved = { ...CENTRED, x: CENTRED.x - STEP, y: CENTRED.y + STEP };
    expect(editor.covers()).to.deep.equal([moved]);

    await sendKeys({ press: 'Shift+ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowUp' });
    const resized = { ...moved, width: moved.width + 2 * STEP, height: moved.height - STEP };
    expect(editor.covers()).to.deep.equal([resized]);

    // A second Enter does not hide the new cover exactly under the first one's old place.
    await sendKeys({ press: 'Enter' });
    expect(editor.covers()).to.deep.equal([resized, CENTRED]);
    expect(editor.status()).to.equal('Cover 2 of 2 added');
    await sendKeys({ press: 'Enter' });
    expect(editor.covers()).to.deep.equal([resized, CENTRED, { ...CENTRED, x: CENTRED.x + STEP, y: CENTRED.y + STEP }]);
    expect(editor.status()).to.equal('Cover 3 of 3 added');

    await sendKeys({ press: 'Delete' });
    expect(editor.covers()).to.deep.equal([resized, CENTRED]);
    expect(editor.status()).to.equal('Cover removed');
    expect(editor.focused()?.getAttribute('aria-label'), 'focus goes to the cover before').to.equal('Cover 2 of 2');

    // Tab goes back to the first cover, which is then the one the keys act on.
    await sendKeys({ press: 'Shift+Tab' });
    expect(editor.focused()?.getAttribute('aria-label')).to.equal('Cover 1 of 2');
    await sendKeys({ press: 'Backspace' });
    expect(editor.covers()).to.deep.equal([CENTRED]);
    expect(editor.root.querySelector('[role=status]')!.textContent, 'announced again').to.match(/^Cover removed\s$/);

    // Tab: past the cover, to the buttons.
    await sendKeys({ press: 'Tab' });
    expect(editor.focused()).to.equal(editor.button('Add cover'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(editor.focused()).to.equal(editor.button('Attach'));
    await sendKeys({ press: 'Enter' });
    expect(await editor.result).to.deep.equal([CENTRED]);
    expect(editor.container.childElementCount, 'the editor is gone').to.equal(0);
    expect(revoked).to.deep.equal(made);
  });

  it('keeps covers inside the image and never smaller than 8 CSS px', async () => {
    const editor = await open();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 14; i++) await sendKeys({ press: 'ArrowLeft' });
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Shift+ArrowUp' });
    expect(editor.covers()).to.deep.equal([{ x: 0, y: CENTRED.y, width: CENTRED.width, height: 8 * SCALE }]);
    editor.button('Cancel').click();
    expect(await editor.result).to.equal(undefined);
  });

  it('by pointer: a drag draws a cover in image pixels, whichever way it goes; a tap selects one', async () => {
    const editor = await open();
    drag(editor, [50, 40], [150, 100]);
    expect(editor.covers()).to.deep.equal([{ x: 100, y: 80, width: 200, height: 120 }]);
    expect(editor.status()).to.equal('Cover 1 of 1 added');
    // A finger, from bottom right to top left, and past the image's edge (clamped to it).
    drag(editor, [390, 290], [300, 250], { pointerId: 1, pointerType: 'touch' });
    drag(editor, [380, 200], [420, 320], { pointerId: 1, pointerType: 'pen' });
    expect(editor.covers().slice(1)).to.deep.equal([
      { x: 600, y: 500, width: 180, height: 80 },
      { x: 760, y: 400, width: 40, height: 200 },
    ]);
    expect(editor.focused()?.getAttribute('aria-label')).to.equal('Cover 3 of 3');

    // A tap on the first cover selects it: the keys and "Remove cover" act on it.
    drag(editor, [60, 50], [62, 51]);
    expect(editor.covers()).to.have.length(3);
    expect(editor.focused()?.getAttribute('aria-label')).to.equal('Cover 1 of 3');
    await sendKeys({ press: 'ArrowRight' });
    expect(editor.covers()[0]).to.deep.equal({ x: 100 + STEP, y: 80, width: 200, height: 120 });
    editor.button('Remove cover').click();
    expect(editor.status()).to.equal('Cover removed');
    editor.button('Attach').click();
    expect(await editor.result).to.deep.equal([
      { x: 600, y: 500, width: 180, height: 80 },
      { x: 760, y: 400, width: 40, height: 200 },
    ]);
  });

  it('"Add cover" adds one and focuses it; "Remove cover" with none left does nothing', async () => {
    const editor = await open();
    const remove = editor.button('Remove cover');
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    editor.button('Add cover').click();
    expect(editor.covers()).to.deep.equal([CENTRED]);
    expect(editor.focused()?.getAttribute('aria-label')).to.equal('Cover 1 of 1');
    expect(remove.getAttribute('aria-disabled')).to.equal('false');
    remove.click();
    remove.click();
    expect(editor.covers()).to.deep.equal([]);
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    editor.button('Attach').click();
    expect(await editor.result).to.deep.equal([]);
  });

  it('Cancel returns nothing and revokes the object URL; so does an abort', async () => {
    const editor = await open();
    await sendKeys({ press: 'Enter' });
    editor.button('Cancel').click();
    expect(await editor.result).to.equal(undefined);
    expect(editor.container.childElementCount).to.equal(0);
    expect(revoked).to.deep.equal(made);

    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const aborts = new AbortController();
    const result = editCovers(host, await screenshot(), en, { signal: aborts.signal });
    aborts.abort();
    expect(await result).to.equal(undefined);
    expect(host.childElementCount).to.equal(0);
    expect(revoked).to.deep.equal(made);
  });

  it('is axe-clean, with covers and one selected', async () => {
    const editor = await open();
    await sendKeys({ press: 'Enter' });
    drag(editor, [50, 40], [150, 100]);
    const axe = await loadAxe();
    const results = await axe.run(editor.host, {
      runOnly: { type: 'tag', values: WCAG_TAGS },
      resultTypes: ['violations'],
    });
    const found = results.violations.map(
      (rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' > ')).join(', ')}`,
    );
    expect(found).to.deep.equal([]);
    expect(results.passes.length, 'axe checked something').to.be.greaterThan(0);
    editor.button('Cancel').click();
    await editor.result;
  });

  it('shows the keys while the image has keyboard focus', async () => {
    const editor = await open();
    const keys = editor.root.querySelector('#cover-editor-keys')!;
    const shown = () => keys.getBoundingClientRect().width > 1;
    editor.button('Add cover').focus();
    expect(shown(), 'hidden away from the image').to.equal(false);
    await sendKeys({ press: 'Shift+Tab' });
    expect(editor.focused()).to.equal(editor.stage);
    expect(shown(), 'shown on the image').to.equal(true);
    expect(editor.stage.getAttribute('aria-describedby')).to.contain('cover-editor-keys');
    editor.button('Cancel').click();
    await editor.result;
  });

  it('end to end: the covers returned, passed to prepareImage, are black in the attached image', async () => {
    const original = await screenshot();
    const editor = await open(original);
    drag(editor, [50, 40], [150, 100]);
    await sendKeys({ press: 'Enter' });
    editor.button('Attach').click();
    const covers = (await editor.result)!;
    expect(covers).to.deep.equal([{ x: 100, y: 80, width: 200, height: 120 }, CENTRED]);

    const image = await prepareImage(original, covers);
    if (!image.ok) throw new Error(image.reason);
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(await createImageBitmap(image.blob), 0, 0);
    const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
    for (const [x, y] of [
      [101, 81],
      [200, 140],
      [298, 198],
      [241, 253],
      [400, 300],
      [558, 346],
    ] as const) {
      expect(Math.max(...at(x, y)), `(${x}, ${y}) is covered`).to.be.below(40);
    }
    for (const [x, y] of [
      [90, 70],
      [310, 140],
      [400, 240],
      [400, 360],
      [700, 500],
    ] as const) {
      expect(Math.min(...at(x, y)), `(${x}, ${y}) is not`).to.be.above(215);
    }
  });
});
