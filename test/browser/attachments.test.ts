/**
 * Screenshots attached to a ticket (issue 16), driven as a person does: picked with "Attach
 * screenshot", pasted, or dropped; covered in the editor by keyboard; made safe (no EXIF, at most
 * 500 KB); kept with their ticket in IndexedDB across a reload; and delivered in each format to a
 * real endpoint on 127.0.0.1 (test/browser/ticket-server.mjs), which parses what it receives.
 *
 * A reload is simulated as in ticket-delivery.test.ts: the element goes, a new one with the same
 * attributes comes, and it knows the ticket only from storage.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { createStore, entries, keys } from 'idb-keyval';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import type { StoredAttachments } from '../../src/ticket/attachments.js';
import { defaultRetryPolicy } from '../../src/ticket/deliver.js';
import { openStore } from '../../src/ticket/storage.js';
import type { Ticket } from '../../src/ticket/types.js';
import { deliverySettings } from '../../src/widget/internal/ticket-handoff.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { loadAxe, settleAnimations, WCAG_TAGS } from './axe.js';
import { recordEvents, until, WidgetHarness } from './harness.js';
import { forgetEverything } from './storage.js';
import { blobOf, canvasOf, exifSegment, jpegWith } from './images.js';

interface Part {
  name: string;
  text?: string;
  filename?: string;
  type?: string;
  size?: number;
  sha256?: string;
  base64?: string;
}

interface ServerLog {
  posts: { key: string; body: string; path: string; type: string; parts?: Part[] }[];
  tickets: string[];
  mismatches: number;
  uploads: { path: string; type: string; size: number; sha256: string; token: string }[];
}

const startServer = (payload: { port?: number; replies?: { status: number }[] } = {}) =>
  executeServerCommand<{ port: number; url: string }, typeof payload>('ticket-server:start', payload);
const stopServer = (port: number) => executeServerCommand('ticket-server:stop', { port });
const serverLog = (port: number) => executeServerCommand<ServerLog, { port: number }>('ticket-server:log', { port });

const images = createStore('wallet-support', 'attachments');

function widgetFor(options: { endpoint?: string; format?: string; errorMessage?: string; lang?: string } = {}) {
  const { endpoint, format, errorMessage, lang = 'en' } = options;
  return fixture<WalletSupport>(
    html`<wallet-support
      lang=${lang}
      problem="payment-failed"
      amount="88.80"
      occurred-at="2026-11-26T15:00:00+08:00"
      error-message=${ifDefined(errorMessage)}
      ticket-endpoint=${ifDefined(endpoint)}
      ticket-format=${ifDefined(format)}
    ></wallet-support>`,
  );
}

/** A screenshot-like PNG: white, with a dark bar where an error message would be. */
async function screenshot(name = 'screen.png', width = 800, height = 600): Promise<File> {
  const canvas = canvasOf(width, height, (context) => {
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#c00';
    context.fillRect(20, 20, 200, 30);
  });
  return new File([await blobOf(canvas, 'image/png')], name, { type: 'image/png' });
}

function transfer(files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

/**
 * Presses the button as a person would and answers the file picker it opens: the button must open
 * the picker (the file input's click) for the files to arrive.
 */
async function pick(widget: WidgetHarness, name: string | RegExp, files: File[]): Promise<void> {
  const button = await widget.button(name);
  const input = button.parentElement!.querySelector<HTMLInputElement>('input[type=file]')!;
  let opened = false;
  input.click = () => {
    opened = true;
    input.files = transfer(files).files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  button.click();
  expect(opened, 'the button opens the file picker').to.equal(true);
}

function drop(target: Element, files: File[]): void {
  const dataTransfer = transfer(files);
  target.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, cancelable: true, composed: true }));
  target.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true, composed: true }));
}

/** The cover editor, open with its image shown and focus on it. */
async function editorOpen(widget: WidgetHarness, timeout?: number): Promise<HTMLElement> {
  return until(
    () => {
      const stage = widget.root.querySelector<HTMLElement>('.cover-editor-stage');
      return stage?.querySelector('svg') && widget.root.activeElement === stage ? stage : undefined;
    },
    'the cover editor with its image, focused',
    timeout,
  );
}

/** Covers the middle of the image and attaches it, by keyboard only. */
async function coverAndAttachByKeyboard(widget: WidgetHarness): Promise<void> {
  await editorOpen(widget);
  await sendKeys({ press: 'Enter' });
  await until(() => widget.root.querySelectorAll('.cover-editor rect.cover:not(.draft)').length === 1, 'a cover added');
  for (let tab = 0; tab < 8 && accessibleText(widget.root.activeElement) !== 'Attach'; tab++)
    await sendKeys({ press: 'Tab' });
  expect(accessibleText(widget.root.activeElement)).to.equal('Attach');
  await sendKeys({ press: 'Enter' });
}

const accessibleText = (element: Element | null) => element?.textContent?.trim();

const thumbnails = (widget: WidgetHarness) =>
  [...widget.root.querySelectorAll<HTMLImageElement>('.screenshot-list img')].map((image) => image.alt);

/** Encoding a screenshot (several tries for a large one) takes its time on a busy machine. */
async function attachedCount(widget: WidgetHarness, count: number): Promise<void> {
  await until(() => thumbnails(widget).length === count, `${count} thumbnail(s)`, 15_000);
}

/** A screenshot dropped on the ticket form, and attached as it is. */
async function dropOne(widget: WidgetHarness): Promise<void> {
  drop(widget.ticketForm()!, [await screenshot()]);
  await editorOpen(widget);
  await widget.click('Attach');
  await attachedCount(widget, 1);
}

/** A page whose endpoint is down, at its ticket form with one screenshot attached. */
async function offlineWithScreenshot() {
  const server = await startServer();
  await stopServer(server.port);
  const first = await widgetFor({ endpoint: server.url, errorMessage: '余额不足 (51)' });
  const widget = new WidgetHarness(first);
  await toTicketForm(widget);
  await dropOne(widget);
  return { server, first, widget };
}

/** From the start of a payment-failed conversation that knows its error to the ticket form. */
async function toTicketForm(widget: WidgetHarness): Promise<void> {
  await widget.open();
  await widget.click('No, I still need help');
  await widget.click('None of these, contact support');
  await widget.toTicketForm();
}

async function submit(widget: WidgetHarness): Promise<void> {
  await widget.fill('Contact', 'li.lei@example.com');
  await widget.click('Submit');
}

function bytesOf(part: Part): Blob {
  return new Blob([Uint8Array.from(atob(part.base64!), (char) => char.charCodeAt(0))], { type: part.type });
}

/** The colour of one pixel of an image, as [r, g, b]. */
async function pixel(image: Blob, x: number, y: number): Promise<number[]> {
  const bitmap = await createImageBitmap(image);
  const context = canvasOf(bitmap.width, bitmap.height, (c) => c.drawImage(bitmap, 0, 0)).getContext('2d')!;
  return [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
}

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function axeViolations(widget: WidgetHarness): Promise<string[]> {
  await settleAnimations(widget.root);
  const results = await (await loadAxe()).run(widget.element, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
  );
}

describe('attaching screenshots to a ticket', function () {
  // Decoding, covering and encoding images, and a server round trip or two: seconds on a busy machine.
  this.timeout(30_000);

  beforeEach(async () => {
    forgetEverything();
    deliverySettings.retry = { baseDelay: 20, maxDelay: 100, minDelay: 20 };
  });

  afterEach(() => {
    deliverySettings.retry = defaultRetryPolicy;
    forgetEverything();
  });

  it('picks a file with "Attach screenshot", covers it by keyboard, and sends the covered image as multipart', async () => {
    const server = await startServer();
    const element = await widgetFor({ endpoint: server.url, errorMessage: '余额不足 (51)' });
    const widget = new WidgetHarness(element);
    await toTicketForm(widget);

    await pick(widget, 'Attach screenshot', [await screenshot()]);
    await editorOpen(widget);
    expect(widget.root.textContent).to.contain('Cover card numbers, codes and balances');
    expect(await axeViolations(widget), 'axe with the editor open').to.deep.equal([]);
    await coverAndAttachByKeyboard(widget);

    await attachedCount(widget, 1);
    expect(thumbnails(widget)).to.deep.equal(['Screenshot 1 of 1']);
    expect(widget.byRole('button', 'Remove screenshot 1 of 1')).to.have.length(1);
    await until(
      () => widget.root.querySelector('.screenshots [role=status]')?.textContent === 'Screenshot 1 of 1 attached.',
      'the attachment announced',
    );
    expect(accessibleText(widget.root.activeElement), 'focus back on the button').to.equal('Attach screenshot');
    expect(widget.root.querySelector('.preview')?.textContent).to.match(/Screenshots\s*1/);
    expect(await axeViolations(widget), 'axe with a thumbnail').to.deep.equal([]);

    const events = recordEvents(element, ['wallet-support-ticket-sent']);
    await submit(widget);
    await until(() => events.length > 0, 'the ticket delivered');
    const [post] = (await serverLog(server.port)).posts;
    expect(post!.type).to.match(/^multipart\/form-data; boundary=/);
    expect(post!.parts!.map((part) => part.name)).to.deep.equal(['ticket', 'attachments']);
    const ticket = JSON.parse(post!.parts![0]!.text!) as Ticket;
    const image = post!.parts![1]!;
    expect(ticket.attachments).to.deep.equal([{ name: image.filename, type: image.type, size: image.size }]);
    expect(image.filename).to.match(/^screenshot-1\.(webp|jpg)$/);
    expect(ticket.id).to.equal(post!.key);
    // The middle is covered; the corner and the red bar are as they were.
    const sent = bytesOf(image);
    expect(Math.max(...(await pixel(sent, 400, 300))), 'the middle covered').to.be.below(40);
    expect(Math.min(...(await pixel(sent, 700, 500))), 'the rest untouched').to.be.above(215);
    const [red, green] = await pixel(sent, 100, 35);
    expect(red! - green!, 'the red bar kept').to.be.above(120);
    await until(async () => (await keys(images)).length === 0, 'the images removed once delivered');
    await stopServer(server.port);
  });

  it('takes a pasted screenshot, and a dropped one, in the ticket form; refuses what it cannot take, in words', async () => {
    const element = await widgetFor({ errorMessage: '余额不足 (51)' });
    const widget = new WidgetHarness(element);
    await toTicketForm(widget);
    const description = widget.byRole('textbox', 'Description')[0] ?? widget.root.querySelector('#ticket-description')!;

    const pasted = new ClipboardEvent('paste', {
      clipboardData: transfer([await screenshot('pasted.png')]),
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    description.dispatchEvent(pasted);
    expect(pasted.defaultPrevented, 'the image is not pasted as text').to.equal(true);
    await editorOpen(widget);
    await widget.click('Attach');
    await attachedCount(widget, 1);

    drop(widget.ticketForm()!, [await screenshot('dropped.png', 400, 300)]);
    await editorOpen(widget);
    await widget.click('Attach');
    await attachedCount(widget, 2);
    expect(thumbnails(widget)).to.deep.equal(['Screenshot 1 of 2', 'Screenshot 2 of 2']);

    const alert = () => widget.root.querySelector('.screenshots [role=alert]')?.textContent ?? '';
    drop(widget.ticketForm()!, [new File(['%PDF-1.7 not a picture'], 'receipt.pdf', { type: 'application/pdf' })]);
    await until(() => alert().startsWith('That file is not an image this browser can open.'), 'the refusal of a PDF');
    drop(widget.ticketForm()!, [new File([new Uint8Array(21 * 1024 * 1024)], 'huge.png', { type: 'image/png' })]);
    await until(
      () => alert() === 'That file is over 20 MB. Please attach a smaller screenshot.',
      'the refusal of 21 MB',
    );
    expect(widget.root.querySelector('.cover-editor'), 'no editor for a refused file').to.equal(null);
    // Plain text is pasted as text.
    const text = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
    text.clipboardData!.setData('text/plain', 'hello');
    description.dispatchEvent(text);
    expect(text.defaultPrevented).to.equal(false);
  });

  it('takes at most three, says so, and gives the button back when one is removed', async () => {
    const element = await widgetFor({ errorMessage: '余额不足 (51)' });
    const widget = new WidgetHarness(element);
    await toTicketForm(widget);
    drop(widget.ticketForm()!, [await screenshot('1.png'), await screenshot('2.png'), await screenshot('3.png')]);
    for (let count = 1; count <= 3; count++) {
      await editorOpen(widget);
      await widget.click('Attach');
      await attachedCount(widget, count);
    }
    // A drop names no control to go back to, and the button is hidden now: the last Remove.
    await until(
      () => widget.root.activeElement?.getAttribute('aria-label') === 'Remove screenshot 3 of 3',
      'focus on the last Remove',
    );
    expect(
      widget.root.querySelector<HTMLElement>('.attach-screenshot')!.checkVisibility(),
      'no button when full',
    ).to.equal(false);
    drop(widget.ticketForm()!, [await screenshot('4.png')]);
    await until(
      () =>
        widget.root.querySelector('.screenshots [role=alert]')?.textContent === 'You can attach up to 3 screenshots.',
      'the limit said',
    );
    (await widget.button('Remove screenshot 2 of 3')).click();
    await attachedCount(widget, 2);
    expect(widget.root.querySelector('.screenshots [role=status]')?.textContent).to.equal('Screenshot removed.');
    expect(widget.root.activeElement?.getAttribute('aria-label'), 'focus on the next Remove').to.equal(
      'Remove screenshot 2 of 2',
    );
    expect(widget.root.querySelector<HTMLElement>('.attach-screenshot')!.checkVisibility()).to.equal(true);
  });

  it('offers a screenshot where the error message is asked (zh-CN), and files it with the ticket, with its blob in the event', async () => {
    const element = await widgetFor({ lang: 'zh-CN' });
    const widget = new WidgetHarness(element);
    const filed = recordEvents(element, ['wallet-support-ticket']);
    await widget.open();
    expect(widget.step).to.equal('askingError');
    await pick(widget, '或者添加报错截图', [await screenshot()]);
    await editorOpen(widget);
    expect(widget.root.textContent).to.contain('请遮盖卡号、验证码和余额');
    await widget.click('使用这张截图');
    await attachedCount(widget, 1);
    expect(thumbnails(widget)).to.deep.equal(['截图 1（共 1 张）']);

    await widget.answer('余额不足 (51)');
    await widget.click('未解决');
    await widget.click('都不是，联系客服');
    await widget.toTicketForm();
    await attachedCount(widget, 1);
    expect(widget.byRole('button', '添加截图')).to.have.length(1);
    await widget.fill('联系方式', 'li.lei@example.com');
    await widget.click('提交');

    await until(() => filed.length === 1, 'the ticket event');
    const ticket = filed[0]!.detail.ticket as Ticket;
    const [attachment] = ticket.attachments!;
    expect(attachment!.blob).to.be.instanceOf(Blob);
    expect(attachment!.size).to.equal(attachment!.blob!.size);
    expect(attachment!.type).to.equal(attachment!.blob!.type);
    expect(attachment!.name).to.match(/^screenshot-1\./);
    // No endpoint and no host taking over: the event was the delivery, and nothing is kept.
    await until(async () => (await keys(images)).length === 0, 'nothing kept');
  });

  it('drops the location and the device, and keeps a large photo within 1600 px and 500 KB', async function () {
    // Several encodings of millions of random pixels: seconds on an idle machine, more on a busy one.
    this.timeout(60_000);
    const server = await startServer();
    const element = await widgetFor({ endpoint: server.url, errorMessage: '余额不足 (51)' });
    const widget = new WidgetHarness(element);
    await toTicketForm(widget);
    const exif = await jpegWith(exifSegment('LEAKY-PHONE-9000'));
    // Noise does not compress: an 1800×1350 photo of it is megabytes as PNG.
    const noisy = canvasOf(1800, 1350, (context) => {
      const data = context.createImageData(1800, 1350);
      for (let index = 0; index < data.data.length; index++) data.data[index] = Math.random() * 256;
      context.putImageData(data, 0, 0);
    });
    const large = await blobOf(noisy, 'image/png');
    expect(large.size).to.be.above(2 * 1024 * 1024);
    drop(widget.ticketForm()!, [
      new File([exif], 'photo.jpg', { type: 'image/jpeg' }),
      new File([large], 'large.png', { type: 'image/png' }),
    ]);
    await editorOpen(widget, 15_000);
    await widget.click('Attach');
    await attachedCount(widget, 1);
    // Decoding a large photo takes its time on a busy machine.
    await editorOpen(widget, 15_000);
    await widget.click('Attach');
    // Submitted while the large one is still being made safe (several encodings of 2.4 million
    // random pixels): the ticket waits for it.
    await widget.fill('Contact', 'li.lei@example.com');
    expect(widget.root.textContent).to.contain('Preparing the screenshot…');
    const events = recordEvents(element, ['wallet-support-ticket-sent']);
    await widget.click('Submit');
    // Filed once the large image is ready: its encodings take seconds on a busy machine.
    await until(() => events.length > 0, 'the ticket delivered', 30_000);
    const [, first, second] = (await serverLog(server.port)).posts[0]!.parts!;
    expect(second, 'the image still being prepared at Submit went with the ticket').to.not.equal(undefined);
    const firstBytes = atob(first!.base64!);
    expect(firstBytes).not.to.contain('LEAKY-PHONE-9000');
    expect(firstBytes).not.to.contain('Exif');
    expect(second!.size).to.be.at.most(500 * 1024);
    const bitmap = await createImageBitmap(bytesOf(second!));
    expect(Math.max(bitmap.width, bitmap.height)).to.be.at.most(1600);
    await stopServer(server.port);
  });

  it('keeps the image with its ticket across a reload, sends it with the ticket, then deletes it', async () => {
    const { server, first, widget } = await offlineWithScreenshot();
    await submit(widget);
    await until(
      () => /saved on this device/.test(widget.root.querySelector('.ticket-status')?.textContent ?? ''),
      'the offline status',
    );
    const [[id, stored]] = await until(async () => {
      const kept = await entries<string, StoredAttachments>(images);
      return kept.length === 1 ? kept : undefined;
    }, 'the image in IndexedDB');
    const kept = await sha256(stored.files[0]!.blob);

    first.remove();
    await startServer({ port: server.port });
    const after = recordEvents(document, ['wallet-support-ticket-sent']);
    await widgetFor({ endpoint: server.url, errorMessage: '余额不足 (51)' });
    await until(() => after.length > 0, 'delivery after the reload');
    const log = await serverLog(server.port);
    expect(log.posts.map((post) => post.key)).to.deep.equal([id]);
    const image = log.posts[0]!.parts!.find((part) => part.name === 'attachments')!;
    expect(image.sha256, 'the same image as kept').to.equal(kept);
    await until(async () => (await keys(images)).length === 0, 'the image deleted once delivered');
    await stopServer(server.port);
  });

  it('files the ticket at once: a page that goes right after Submit loses neither the ticket nor its image', async () => {
    const { server, first, widget } = await offlineWithScreenshot();
    await widget.fill('Contact', 'li.lei@example.com');
    (await widget.button('Submit')).click();
    first.remove();
    expect(openStore('local').keys('outbox:'), 'in the outbox before the page went').to.have.length(1);
    // The image is saved beside it as soon as its chunk and IndexedDB allow, page or no page.
    await until(async () => (await keys(images)).length === 1, 'the image saved');
    await startServer({ port: server.port });
    const after = recordEvents(document, ['wallet-support-ticket-sent']);
    await widgetFor({ endpoint: server.url, errorMessage: '余额不足 (51)' });
    await until(() => after.length > 0, 'delivered on the next page');
    const [post] = (await serverLog(server.port)).posts;
    expect(post!.parts!.map((part) => part.name)).to.deep.equal(['ticket', 'attachments']);
    await stopServer(server.port);
  });

  it('sends the ticket without its images when the endpoint answers 413 (a proxy limit), rather than not at all', async () => {
    const server = await startServer({ replies: [{ status: 413 }] });
    const element = await widgetFor({ endpoint: server.url, errorMessage: '余额不足 (51)' });
    const widget = new WidgetHarness(element);
    await toTicketForm(widget);
    await dropOne(widget);
    const events = recordEvents(element, ['wallet-support-ticket-sent', 'wallet-support-ticket-failed']);
    await submit(widget);
    await until(() => events.length > 0, 'the outcome');
    expect(events.map((event) => event.type)).to.deep.equal(['wallet-support-ticket-sent']);
    const [tooLarge, plain] = (await serverLog(server.port)).posts;
    expect(tooLarge!.type).to.match(/^multipart\/form-data/);
    expect(plain!.type).to.equal('application/json');
    expect(plain!.key).to.equal(tooLarge!.key);
    expect((JSON.parse(plain!.body) as Ticket).attachments).to.equal(undefined);
    await until(async () => (await keys(images)).length === 0, 'the images removed once delivered');
    await stopServer(server.port);
  });

  it('keeps a dropped file from taking the browser off the page at any question', async () => {
    const element = await widgetFor({ errorMessage: '余额不足 (51)' });
    const widget = new WidgetHarness(element);
    await widget.open();
    const dropped = new DragEvent('drop', {
      dataTransfer: transfer([await screenshot()]),
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    widget.log.dispatchEvent(dropped);
    expect(dropped.defaultPrevented).to.equal(true);
    expect(widget.root.querySelector('.cover-editor'), 'no screenshot asked for here').to.equal(null);
  });

  it('Zendesk: uploads each image, then sends the request with their tokens; a retried request uploads nothing again', async () => {
    const server = await startServer({ replies: [{ status: 503 }] });
    const endpoint = `http://127.0.0.1:${server.port}/api/v2/requests.json`;
    const element = await widgetFor({ endpoint, format: 'zendesk', errorMessage: '余额不足 (51)' });
    const widget = new WidgetHarness(element);
    await toTicketForm(widget);
    drop(widget.ticketForm()!, [await screenshot('a.png'), await screenshot('b.png', 400, 300)]);
    for (let count = 1; count <= 2; count++) {
      await editorOpen(widget);
      await widget.click('Attach');
      await attachedCount(widget, count);
    }
    const events = recordEvents(element, ['wallet-support-ticket-sent']);
    await submit(widget);
    await until(() => events.length > 0, 'the ticket delivered');
    const log = await serverLog(server.port);
    expect(log.uploads.map((upload) => new URL(upload.path, endpoint).pathname)).to.deep.equal([
      '/api/v2/uploads.json',
      '/api/v2/uploads.json',
    ]);
    const names = log.uploads.map((upload) => new URL(upload.path, endpoint).searchParams.get('filename'));
    expect(names[0]).to.match(/^screenshot-1\.(webp|jpg)$/);
    expect(names[1]).to.match(/^screenshot-2\.(webp|jpg)$/);
    expect(log.uploads.every((upload) => /^image\/(webp|jpeg)$/.test(upload.type) && upload.size > 0)).to.equal(true);
    expect(log.posts, 'a 503, then the retry').to.have.length(2);
    for (const post of log.posts) {
      expect(new URL(post.path, endpoint).pathname).to.equal('/api/v2/requests.json');
      expect(JSON.parse(post.body).request.comment.uploads).to.deep.equal(['upload-1', 'upload-2']);
    }
    expect(log.mismatches).to.equal(0);
    expect((events[0]!.detail as { reference?: string }).reference).to.equal(log.tickets[0]);
    await stopServer(server.port);
  });

  it('Freshdesk: one multipart request with the ticket fields and attachments[]', async () => {
    const server = await startServer();
    const endpoint = `http://127.0.0.1:${server.port}/api/v2/tickets`;
    const element = await widgetFor({ endpoint, format: 'freshdesk', errorMessage: '余额不足 (51)' });
    const widget = new WidgetHarness(element);
    await toTicketForm(widget);
    await pick(widget, 'Attach screenshot', [await screenshot()]);
    await editorOpen(widget);
    await widget.click('Attach');
    await attachedCount(widget, 1);
    const events = recordEvents(element, ['wallet-support-ticket-sent']);
    await submit(widget);
    await until(() => events.length > 0, 'the ticket delivered');
    const [post] = (await serverLog(server.port)).posts;
    expect(post!.type).to.match(/^multipart\/form-data/);
    const field = (name: string) => post!.parts!.filter((part) => part.name === name).map((part) => part.text);
    expect(field('email')).to.deep.equal(['li.lei@example.com']);
    expect(field('status')).to.deep.equal(['2']);
    expect(field('priority')).to.deep.equal(['1']);
    expect(field('source')).to.deep.equal(['7']);
    expect(field('tags[]')).to.deep.equal(['wallet-support', 'payment-failed', 'insufficient-balance']);
    expect(field('subject')[0]).to.be.a('string').and.not.equal('');
    expect(field('description')[0]).to.match(/^<pre>/);
    const [image] = post!.parts!.filter((part) => part.name === 'attachments[]');
    expect(image!.filename).to.match(/^screenshot-1\.(webp|jpg)$/);
    expect(image!.size).to.be.above(0);
    await stopServer(server.port);
  });
});
