/**
 * Ticket delivery against a real HTTP endpoint on 127.0.0.1 (test/browser/ticket-server.mjs).
 *
 * A page reload is simulated by removing the element and creating a new one with the same
 * attributes: the new element has a new courier and a new outbox object and knows the ticket only
 * from localStorage, as after a real reload. Modules are not re-imported (they hold no ticket).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OutboxEntry } from '../../src/ticket/outbox.js';
import { openStore } from '../../src/ticket/storage.js';
import type { Ticket } from '../../src/ticket/types.js';
import { defaultRetryPolicy } from '../../src/ticket/deliver.js';
import { deliverySettings } from '../../src/widget/internal/ticket-handoff.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface ServerLog {
  posts: { key: string; body: string; path: string }[];
  tickets: string[];
  mismatches: number;
}

const startServer = (payload: { port?: number; replies?: Reply[]; keepLog?: boolean } = {}) =>
  executeServerCommand<{ port: number; url: string }, typeof payload>('ticket-server:start', payload);
const stopServer = (port: number) => executeServerCommand('ticket-server:stop', { port });
const serverLog = (port: number) => executeServerCommand<ServerLog, { port: number }>('ticket-server:log', { port });

const ticketEvents = ['wallet-support-ticket', 'wallet-support-ticket-sent', 'wallet-support-ticket-failed'];

const outbox = () =>
  openStore('local')
    .keys('outbox:')
    .map((key) => openStore('local').read<OutboxEntry>(key)!);

function widgetFor(endpoint: string, extra = html``) {
  return fixture<WalletSupport>(html`<wallet-support
    lang="en"
    problem="payment-failed"
    amount="88.80"
    occurred-at="2026-11-26T15:00:00+08:00"
    error-message="余额不足 (51)"
    ticket-endpoint=${endpoint}
  >${extra}</wallet-support>`);
}

/** From "did this solve it?" to a submitted ticket review. */
async function fileTicket(widget: WidgetHarness): Promise<void> {
  await widget.open();
  await widget.click('No, I still need help');
  await widget.click('None of these, contact support');
  const contact = (await until(() => widget.byRole('textbox', 'Contact')[0], 'the Contact field')) as HTMLInputElement;
  contact.value = 'li.lei@example.com';
  await widget.click('Submit');
}

const statusText = (widget: WidgetHarness) => widget.root.querySelector('.ticket-status')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** A widget whose host takes over delivery (preventDefault() on the ticket event), with a ticket filed. */
async function fileTicketTheHostTakesOver(endpoint: string) {
  const element = await widgetFor(endpoint);
  const widget = new WidgetHarness(element);
  const events = recordEvents(element, ticketEvents);
  element.addEventListener('wallet-support-ticket', (event) => event.preventDefault());
  await fileTicket(widget);
  return { element, widget, events };
}

describe('ticket delivery to an endpoint', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    // Short backoff, so the retries of these tests take milliseconds, not seconds.
    deliverySettings.retry = { baseDelay: 20, maxDelay: 100 };
    deliverySettings.ackTimeout = 300;
  });

  afterEach(() => {
    deliverySettings.retry = defaultRetryPolicy;
    deliverySettings.ackTimeout = 30_000;
  });

  it('answers 503, 503, then 201: one ticket, one Idempotency-Key, identical bodies, and the reference shown', async () => {
    const server = await startServer({
      replies: [{ status: 503, headers: { 'Retry-After': '0' } }, { status: 503 }],
    });
    const element = await widgetFor(server.url);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ticketEvents);
    await fileTicket(widget);

    const sent = await until(() => events.find((e) => e.type === 'wallet-support-ticket-sent'), 'the sent event');
    const ticket = sent.detail.ticket as Ticket;
    const log = await serverLog(server.port);
    expect(log.posts).to.have.length(3);
    expect(new Set(log.posts.map((post) => post.key))).to.deep.equal(new Set([ticket.id]));
    expect(new Set(log.posts.map((post) => post.body)).size).to.equal(1);
    expect(JSON.parse(log.posts[0]!.body)).to.deep.equal(ticket);
    expect(log.tickets).to.deep.equal(['T-1001']);
    expect(log.mismatches).to.equal(0);
    expect(sent.detail.reference).to.equal('T-1001');
    expect(events.filter((e) => e.type === 'wallet-support-ticket-failed')).to.have.length(0);
    await element.updateComplete;
    await until(() => statusText(widget).includes('Ticket sent. Reference: T-1001'), 'the sent status');
    expect(outbox()).to.have.length(0);
    await stopServer(server.port);
  });

  it('keeps a ticket refused at submit, and delivers it once after a reload when the endpoint is up', async () => {
    const server = await startServer();
    await stopServer(server.port);
    const first = await widgetFor(server.url);
    const widget = new WidgetHarness(first);
    const events = recordEvents(first, ticketEvents);
    await fileTicket(widget);

    await until(() => /saved on this device and will be sent when you are back online/.test(statusText(widget)), 'the offline status');
    const filed = events.find((e) => e.type === 'wallet-support-ticket')!.detail.ticket as Ticket;
    expect(outbox().map((entry) => entry.ticket.id)).to.deep.equal([filed.id]);
    expect(events.filter((e) => e.type === 'wallet-support-ticket-failed')).to.have.length(0);

    // "Reload": the page goes, the endpoint comes back on the same port, a new page loads.
    first.remove();
    await startServer({ port: server.port });
    // Listening on the document: the new page may deliver before the fixture has even resolved.
    const after = recordEvents(document, ticketEvents);
    const reloaded = await widgetFor(server.url);
    const sent = await until(() => after.find((e) => e.type === 'wallet-support-ticket-sent'), 'delivery after the reload');
    expect(sent.target).to.equal(reloaded);

    expect((sent.detail.ticket as Ticket).id).to.equal(filed.id);
    const log = await serverLog(server.port);
    expect(log.posts.map((post) => post.key)).to.deep.equal([filed.id]);
    expect(log.tickets).to.have.length(1);
    expect(outbox()).to.have.length(0);
    // The host heard of the ticket once, on the page where it was filed.
    expect(after.filter((e) => e.type === 'wallet-support-ticket')).to.have.length(0);
    await stopServer(server.port);
  });

  it('answers 400: shows the error, keeps the ticket, offers "Copy ticket" and e-mail, and does not retry', async () => {
    const server = await startServer({ replies: [{ status: 400, body: { error: 'bad request' } }] });
    const element = await widgetFor(server.url);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ticketEvents);
    await fileTicket(widget);

    const failed = await until(() => events.find((e) => e.type === 'wallet-support-ticket-failed'), 'the failed event');
    const ticket = failed.detail.ticket as Ticket;
    expect(failed.detail.error).to.equal('HTTP 400');
    await until(() => /could not be sent \(HTTP 400\)/.test(statusText(widget)), 'the error shown');

    const [kept] = outbox();
    expect(kept).to.deep.include({ state: 'rejected' });
    expect(kept!.ticket).to.deep.equal(ticket);
    expect(widget.byRole('button', 'Copy ticket')).to.have.length(1);
    const mail = widget.root.querySelector<HTMLAnchorElement>('.fallbacks a[href^="mailto:"]');
    expect(mail?.textContent).to.equal('Email it instead');
    expect(decodeURIComponent(mail!.href)).to.contain(`Ticket ${ticket.id}`);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await serverLog(server.port)).posts).to.have.length(1);

    // The draft survives a reload too, with the same way out.
    element.remove();
    const reloaded = await widgetFor(server.url);
    const again = new WidgetHarness(reloaded);
    reloaded.show();
    await until(() => /could not be sent \(HTTP 400\)/.test(statusText(again)), 'the kept ticket after a reload');
    expect(again.byRole('button', 'Copy ticket')).to.have.length(1);
    expect((await serverLog(server.port)).posts).to.have.length(1);
    await stopServer(server.port);
  });

  it('lets a host that calls preventDefault() deliver the ticket and acknowledge it', async () => {
    const server = await startServer();
    const { element, widget, events } = await fileTicketTheHostTakesOver(server.url);

    const offered = await until(() => events.find((e) => e.type === 'wallet-support-ticket'), 'the ticket event');
    const ticket = offered.detail.ticket as Ticket;
    await until(() => /handed to the support team/.test(statusText(widget)), 'the handed-over status');
    expect(outbox().map((entry) => entry.route)).to.deep.equal(['host']);

    expect(await element.acknowledgeTicket(ticket.id, 'HOST-7')).to.equal(true);
    const sent = await until(() => events.find((e) => e.type === 'wallet-support-ticket-sent'), 'the sent event');
    expect(sent.detail.reference).to.equal('HOST-7');
    await until(() => statusText(widget).includes('Reference: HOST-7'), 'the reference shown');
    expect(outbox()).to.have.length(0);

    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await serverLog(server.port)).posts).to.have.length(0);
    await stopServer(server.port);
  });

  it('keeps a ticket the host took over until it is acknowledged, and offers it again after a reload', async () => {
    const takeOver = (event: Event) => event.preventDefault();
    document.addEventListener('wallet-support-ticket', takeOver);
    try {
      const first = await widgetFor('');
      const events = recordEvents(document, ticketEvents);
      await fileTicket(new WidgetHarness(first));
      const ticket = (await until(() => events[0], 'the ticket event')).detail.ticket as Ticket;
      first.remove();
      expect(outbox().map((entry) => entry.ticket.id)).to.deep.equal([ticket.id]);

      const reloaded = await widgetFor('');
      const offeredAgain = await until(() => events.filter((e) => e.type === 'wallet-support-ticket')[1], 'the ticket offered again');
      expect(offeredAgain.target).to.equal(reloaded);
      expect(offeredAgain.detail.ticket).to.deep.equal(ticket);
      expect(outbox()).to.have.length(1);

      expect(await reloaded.acknowledgeTicket(ticket.id, 'HOST-9')).to.equal(true);
      expect(events.filter((e) => e.type === 'wallet-support-ticket-sent').map((e) => e.detail.reference)).to.deep.equal(['HOST-9']);
      expect(outbox()).to.have.length(0);
    } finally {
      document.removeEventListener('wallet-support-ticket', takeOver);
    }
  });

  it('sends a ticket the host took over but never acknowledged to the endpoint after the timeout', async () => {
    const server = await startServer();
    const { element, events } = await fileTicketTheHostTakesOver(server.url);

    const sent = await until(() => events.find((e) => e.type === 'wallet-support-ticket-sent'), 'the fallback delivery');
    const log = await serverLog(server.port);
    expect(log.posts.map((post) => post.key)).to.deep.equal([(sent.detail.ticket as Ticket).id]);
    expect(await element.acknowledgeTicket((sent.detail.ticket as Ticket).id)).to.equal(false);
    await stopServer(server.port);
  });
});
