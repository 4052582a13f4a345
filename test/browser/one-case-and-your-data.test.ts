/**
 * Issue 18, items 2 and 3. One case per order: a payment this browser reported before is said
 * first on a later page (same order, or same amount at the same minute), with the help desk's
 * reference and, from `case-status-endpoint`, the case's status; the person adds to it (the ticket
 * carries `followUpOf`) or says it is another problem. The person's data: nothing stored before the
 * panel opens, "Delete my data" (asking first when a ticket would be lost), every entry expiring,
 * and the host's privacy notice linked before the first question.
 *
 * A page load is simulated as in ticket-delivery.test.ts: the element goes, a new one comes, and
 * it knows earlier tickets only from storage.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createStore, keys, set } from 'idb-keyval';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import type { OutboxEntry } from '../../src/ticket/outbox.js';
import { openStore } from '../../src/ticket/storage.js';
import type { Ticket } from '../../src/ticket/types.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';
import { forgetEverything } from './storage.js';
import { blobOf, canvasOf } from './images.js';

type Reply = { status: number; body?: unknown } | { hang: true };
interface ServerLog {
  posts: { key: string; body: string; path: string }[];
  tickets: string[];
}
const startServer = (payload: { port?: number; replies?: Reply[] } = {}) =>
  executeServerCommand<{ port: number; url: string }, typeof payload>('ticket-server:start', payload);
const stopServer = (port: number) => executeServerCommand('ticket-server:stop', { port });
const serverLog = (port: number) => executeServerCommand<ServerLog, { port: number }>('ticket-server:log', { port });

interface Page {
  endpoint?: string;
  orderId?: string;
  amount?: string;
  occurredAt?: string;
  caseStatus?: string;
  privacy?: string;
  persist?: string;
  lang?: string;
}

function pageWith(page: Page) {
  return fixture<WalletSupport>(
    html`<wallet-support
      lang=${page.lang ?? 'en'}
      problem="payment-failed"
      error-message="余额不足 (51)"
      amount=${ifDefined(page.amount)}
      occurred-at=${ifDefined(page.occurredAt)}
      order-id=${ifDefined(page.orderId)}
      ticket-endpoint=${ifDefined(page.endpoint)}
      case-status-endpoint=${ifDefined(page.caseStatus)}
      privacy-notice-url=${ifDefined(page.privacy)}
      persist=${ifDefined(page.persist)}
    ></wallet-support>`,
  );
}

/** From the first answer to a submitted ticket. */
async function fileTicket(widget: WidgetHarness): Promise<void> {
  await widget.click('No, I still need help');
  await widget.click('None of these, contact support');
  await widget.toTicketForm();
  await widget.fill('Contact', 'li.lei@example.com');
  await widget.click('Submit');
}

/** A page that reports a payment and sees it delivered: returns the ticket. */
async function reportOnce(page: Page): Promise<Ticket> {
  const element = await pageWith(page);
  const widget = new WidgetHarness(element);
  const sent = recordEvents(element, ['wallet-support-ticket-sent']);
  await widget.open();
  await fileTicket(widget);
  const event = await until(() => sent[0], 'the ticket delivered');
  element.remove();
  return event.detail.ticket as Ticket;
}

const card = (widget: WidgetHarness) => widget.root.querySelector<HTMLElement>('.notice');
const widgetKeys = () =>
  [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith('wallet-support:'));

describe('one case per order', function () {
  // Several page loads, a server round trip each, and an image: seconds on a busy machine.
  this.timeout(30_000);

  beforeEach(forgetEverything);
  afterEach(forgetEverything);

  it('says first, on a later page, that this order was reported, and files the next ticket as its follow-up', async () => {
    const server = await startServer();
    const first = await reportOnce({ endpoint: server.url, orderId: 'ORD-7' });

    const element = await pageWith({ endpoint: server.url, orderId: 'ORD-7' });
    const widget = new WidgetHarness(element);
    await widget.open();
    const notice = await until(() => card(widget), 'the earlier case said');
    const today = new Date();
    const day = `${today.getDate()} ${today.toLocaleString('en', { month: 'short' })}`;
    expect(notice.textContent).to.contain(`You reported this payment on`);
    expect(notice.textContent).to.contain(`${day}, reference T-1001.`);
    // Said before anything else: above the log.
    expect(notice.compareDocumentPosition(widget.log) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);

    await widget.click('Add to that report');
    await until(
      () => /Your ticket will be added to that report\./.test(widget.root.textContent ?? ''),
      'the choice said',
    );
    expect(card(widget)).to.equal(null);
    const sent = recordEvents(element, ['wallet-support-ticket-sent']);
    await fileTicket(widget);
    await until(() => sent.length > 0, 'the follow-up delivered');
    const followUp = sent[0]!.detail.ticket as Ticket;
    expect(followUp.followUpOf).to.equal(first.id);
    const posted = (await serverLog(server.port)).posts.map((post) => JSON.parse(post.body) as Ticket);
    expect(posted.map((ticket) => ticket.followUpOf)).to.deep.equal([undefined, first.id]);
    await stopServer(server.port);
  });

  it('without an order id, knows the payment by its amount and minute; "It\'s a different problem" files a new ticket', async () => {
    const server = await startServer();
    await reportOnce({ endpoint: server.url, amount: '88.80', occurredAt: '2026-12-01T15:00:20+08:00' });

    const other = await pageWith({ endpoint: server.url, amount: '88.80', occurredAt: '2026-12-01T15:01:00+08:00' });
    const otherWidget = new WidgetHarness(other);
    await otherWidget.open();
    expect(card(otherWidget), 'another minute is another payment').to.equal(null);
    other.remove();

    const same = await pageWith({ endpoint: server.url, amount: '88.80', occurredAt: '2026-12-01T07:00:40Z' });
    const widget = new WidgetHarness(same);
    await widget.open();
    await until(() => card(widget), 'the earlier case said');
    await widget.click("It's a different problem");
    expect(card(widget)).to.equal(null);
    const sent = recordEvents(same, ['wallet-support-ticket-sent']);
    await fileTicket(widget);
    await until(() => sent.length > 0, 'the new ticket delivered');
    expect((sent[0]!.detail.ticket as Ticket).followUpOf).to.equal(undefined);
    await stopServer(server.port);
  });

  it("shows the case's status from case-status-endpoint; one that hangs shows the card without it", async () => {
    const server = await startServer();
    await reportOnce({ endpoint: server.url, orderId: 'ORD-8' });
    const status = await startServer({
      replies: [
        {
          status: 200,
          body: { status: 'In progress', updatedAt: '2026-12-01T10:00:00Z', message: 'An agent is on it.' },
        },
      ],
    });
    const element = await pageWith({ endpoint: server.url, orderId: 'ORD-8', caseStatus: status.url });
    const widget = new WidgetHarness(element);
    await widget.open();
    await until(
      () => /Status: In progress \(updated .*1 Dec\)/.test(card(widget)?.textContent ?? ''),
      'the status shown',
    );
    expect(card(widget)!.textContent).to.contain('An agent is on it.');
    const [asked] = (await serverLog(status.port)).posts;
    expect(new URL(asked!.path, status.url).searchParams.get('reference')).to.equal('T-1001');
    element.remove();

    const hanging = await startServer({ replies: [{ hang: true }] });
    const again = await pageWith({ endpoint: server.url, orderId: 'ORD-8', caseStatus: hanging.url });
    const second = new WidgetHarness(again);
    await second.open();
    await until(() => card(second), 'the card, without waiting for the status');
    expect(card(second)!.textContent).not.to.contain('Status:');
    await second.click('Add to that report');
    await until(
      () => /added to that report/.test(second.root.textContent ?? ''),
      'the choice taken while the status hangs',
    );
    for (const port of [server.port, status.port, hanging.port]) await stopServer(port);
  });
});

describe("the person's data", function () {
  // Several page loads, a server round trip each, and an image: seconds on a busy machine.
  this.timeout(30_000);

  beforeEach(forgetEverything);
  afterEach(forgetEverything);

  it('stores nothing before the panel is first opened, even once the conversation has loaded in the background', async () => {
    const element = await pageWith({ persist: 'local', orderId: 'ORD-1', amount: '10' });
    // The idle preload fetches the conversation chunk (and connects the courier) before any click.
    await until(() => customElements.get('wallet-support-conversation'), 'the conversation preloaded', 15_000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(widgetKeys()).to.deep.equal([]);
    expect((await indexedDB.databases()).map((database) => database.name)).not.to.include('wallet-support');
    const widget = new WidgetHarness(element);
    await widget.open();
    await widget.click('No, I still need help');
    await until(() => widgetKeys().length > 0, 'the conversation kept once the person answered');
  });

  it('links the privacy notice before the first question, and only a web address', async () => {
    const element = await pageWith({ privacy: 'https://wallet.example/privacy' });
    const widget = new WidgetHarness(element);
    await widget.open();
    const link = widget.root.querySelector<HTMLAnchorElement>('.privacy-notice a')!;
    expect(link.textContent).to.equal('How your data is used');
    expect(link.href).to.equal('https://wallet.example/privacy');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.getBoundingClientRect().height, 'a 44 px target').to.be.at.least(44);
    expect(link.compareDocumentPosition(widget.log) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    element.remove();
    const hostile = new WidgetHarness(await pageWith({ privacy: 'javascript:alert(1)' }));
    await hostile.open();
    expect(hostile.root.querySelector('.privacy-notice')).to.equal(null);
  });

  it('"Delete my data" deletes the kept conversation and the tickets it remembers, then starts afresh', async () => {
    const server = await startServer();
    await reportOnce({ endpoint: server.url, orderId: 'ORD-9', persist: 'local' });
    const element = await pageWith({ endpoint: server.url, orderId: 'ORD-9', persist: 'local' });
    const widget = new WidgetHarness(element);
    await widget.open();
    await until(() => card(widget), 'the earlier case said');
    await widget.click('No, I still need help');
    expect(widgetKeys().some((key) => key.includes(':receipt:'))).to.equal(true);
    expect(widgetKeys().some((key) => key.includes(':conversation:'))).to.equal(true);

    // Images a closed tab left behind, without their ticket, go too.
    const images = createStore('wallet-support', 'attachments');
    await set('left-behind', { files: [], savedAt: Date.now() }, images);

    await widget.click('Delete my data');
    await until(
      () => widget.root.textContent?.includes('Everything this chat kept on this device was deleted.'),
      'the deletion said',
    );
    await widget.settle();
    // Nothing at all, not even the conversation that started afresh: it is kept once the person answers.
    expect(widgetKeys()).to.deep.equal([]);
    await until(async () => (await keys(images)).length === 0, 'the images left behind deleted');
    expect(card(widget), 'nothing left to say about the earlier case').to.equal(null);
    expect(widget.messages().filter((message) => message.from === 'user')).to.deep.equal([]);
    await widget.click('No, I still need help');
    await until(() => widgetKeys().some((key) => key.includes(':conversation:')), 'kept again after an answer');
    element.remove();
    const later = new WidgetHarness(await pageWith({ endpoint: server.url, orderId: 'ORD-9', persist: 'local' }));
    await later.open();
    expect(card(later), 'the receipt is gone for later pages too').to.equal(null);
    await stopServer(server.port);
  });

  it('asks before a ticket not yet delivered would be lost: Cancel keeps it, "Delete everything" drops it with its images', async () => {
    const server = await startServer();
    await stopServer(server.port);
    const element = await pageWith({ endpoint: server.url });
    const widget = new WidgetHarness(element);
    await widget.open();
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    await widget.toTicketForm();
    const image = new File(
      [
        await blobOf(
          canvasOf(200, 100, () => undefined),
          'image/png',
        ),
      ],
      'a.png',
      { type: 'image/png' },
    );
    const drop = new DataTransfer();
    drop.items.add(image);
    widget.ticketForm()!.dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }));
    await until(() => widget.root.querySelector('.cover-editor-stage svg'), 'the cover editor', 15_000);
    await widget.click('Attach');
    await until(() => widget.root.querySelector('.screenshot-list img'), 'the thumbnail', 15_000);
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    const images = createStore('wallet-support', 'attachments');
    await until(async () => (await keys(images)).length === 1, 'the ticket and its image kept');
    const outbox = () => openStore('local').keys('outbox:');
    expect(outbox()).to.have.length(1);

    await widget.click('Delete my data');
    await until(() => widget.root.activeElement?.textContent?.trim() === 'Cancel', 'the question, Cancel focused');
    expect(widget.root.textContent).to.contain('A ticket that has not reached support yet will be lost.');
    await widget.click('Cancel');
    expect(outbox()).to.have.length(1);
    await until(() => widget.root.activeElement?.textContent?.trim() === 'Delete my data', 'focus back on the action');
    expect(widget.byRole('button', 'Delete my data')).to.have.length(1);

    await widget.click('Delete my data');
    await widget.click('Delete everything');
    await until(() => outbox().length === 0, 'the ticket dropped');
    await until(async () => (await keys(images)).length === 0, 'its image dropped');
    expect(widget.root.querySelector('.ticket-status')).to.equal(null);
  });

  it('gives up a ticket undelivered for 14 days with wallet-support-ticket-failed, on the next page', async () => {
    const filedAt = new Date(Date.now() - 15 * 24 * 60 * 60_000).toISOString();
    const ticket = {
      id: crypto.randomUUID(),
      createdAt: filedAt,
      problem: 'payment-failed',
      cause: 'unknown',
    } as Ticket;
    const entry: OutboxEntry = { ticket, route: 'endpoint', state: 'queued', attempts: 9, nextAttemptAt: Date.now() };
    openStore('local').write(`outbox:${ticket.id}`, entry, 24 * 60 * 60_000);
    const failed = recordEvents(document, ['wallet-support-ticket-failed']);
    await pageWith({ endpoint: 'http://127.0.0.1:9/tickets' });
    const event = await until(() => failed[0], 'the expiry reported', 15_000);
    expect(event.detail).to.deep.include({ error: 'expired' });
    expect((event.detail.ticket as Ticket).id).to.equal(ticket.id);
    expect(openStore('local').keys('outbox:')).to.deep.equal([]);
  });
});
