/**
 * Ticket delivery against a real HTTP endpoint on 127.0.0.1 (test/browser/ticket-server.mjs).
 *
 * A page reload is simulated by removing the element and creating a new one with the same
 * attributes: the new element has a new courier and a new outbox object and knows the ticket only
 * from localStorage, as after a real reload. Modules are not re-imported: what the storage module
 * keeps in memory (values storage refused) is cleared between tests, and a test that fills
 * localStorage removes the first element before filling it, so the new one starts from storage.
 *
 * No test sleeps to show that nothing happens: "no retry" is shown by the courier having no
 * retry timer and no fallback pending (`courierFor(element).scheduled`), the cause of any POST.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { OutboxEntry } from '../../src/ticket/outbox.js';
import { openStore } from '../../src/ticket/storage.js';
import type { Ticket } from '../../src/ticket/types.js';
import { defaultRetryPolicy } from '../../src/ticket/deliver.js';
import { courierFor, deliverySettings } from '../../src/widget/internal/ticket-handoff.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';
import { forgetEverything } from './storage.js';

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface ServerLog {
  posts: { key: string; body: string; path: string; at: number }[];
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

function widgetFor(endpoint: string, persist = 'session') {
  return fixture<WalletSupport>(
    html`<wallet-support
      lang="en"
      problem="payment-failed"
      amount="88.80"
      occurred-at="2026-11-26T15:00:00+08:00"
      error-message="余额不足 (51)"
      ticket-endpoint=${endpoint}
      persist=${persist}
    ></wallet-support>`,
  );
}

/** The widget's keys in localStorage (fillers left out). */
const widgetKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('wallet-support:'));

/** Fills localStorage to its quota, as a host page can: every later write of ours is refused. */
function fillLocalStorage(): void {
  let chunk = 'x'.repeat(1 << 20);
  for (let index = 0; chunk.length > 0; index++) {
    try {
      localStorage.setItem(`f${index}`, chunk);
    } catch {
      chunk = chunk.slice(0, chunk.length >> 1);
    }
  }
  // As long a key as any the widget writes: a shorter one might still fit.
  expect(() => localStorage.setItem(`wallet-support:v1:probe:${crypto.randomUUID()}`, 'x')).to.throw();
}

/** The ticket form's Contact field, answering what the way to the ticket asks (how the person paid...) with "I don't remember". */
async function reachTicketForm(widget: WidgetHarness): Promise<HTMLInputElement> {
  await widget.toTicketForm();
  return until(() => widget.byRole('textbox', 'Contact')[0] as HTMLInputElement | undefined, 'the Contact field');
}

/** From "did this solve it?" to a submitted ticket review; `open`: the panel is still closed. */
async function fileTicket(widget: WidgetHarness, open = true): Promise<void> {
  if (open) await widget.open();
  await widget.click('No, I still need help');
  await widget.click('None of these, contact support');
  const contact = await reachTicketForm(widget);
  contact.value = 'li.lei@example.com';
  await widget.click('Submit');
}

const statusText = (widget: WidgetHarness) =>
  widget.root.querySelector('.ticket-status')?.textContent?.replace(/\s+/g, ' ') ?? '';

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
    forgetEverything();
    // Short backoff, so the retries of these tests take milliseconds, not seconds.
    deliverySettings.retry = { baseDelay: 20, maxDelay: 100, minDelay: 20 };
    deliverySettings.ackTimeout = 300;
  });

  afterEach(() => {
    deliverySettings.retry = defaultRetryPolicy;
    deliverySettings.ackTimeout = 30_000;
    // A full localStorage must not reach the next test file (same origin).
    forgetEverything();
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
    await until(
      () => statusText(widget).includes('Your ticket was sent to support. Reference: T-1001'),
      'the sent status',
    );
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

    await until(
      () => /saved on this device and will be sent when you are back online/.test(statusText(widget)),
      'the offline status',
    );
    const filed = events.find((e) => e.type === 'wallet-support-ticket')!.detail.ticket as Ticket;
    expect(outbox().map((entry) => entry.ticket.id)).to.deep.equal([filed.id]);
    expect(events.filter((e) => e.type === 'wallet-support-ticket-failed')).to.have.length(0);

    // "Reload": the page goes, the endpoint comes back on the same port, a new page loads.
    first.remove();
    await startServer({ port: server.port });
    // Listening on the document: the new page may deliver before the fixture has even resolved.
    const after = recordEvents(document, ticketEvents);
    const reloaded = await widgetFor(server.url);
    const sent = await until(
      () => after.find((e) => e.type === 'wallet-support-ticket-sent'),
      'delivery after the reload',
    );
    expect(sent.target).to.equal(reloaded);

    expect((sent.detail.ticket as Ticket).id).to.equal(filed.id);
    const log = await serverLog(server.port);
    expect(log.posts.map((post) => post.key)).to.deep.equal([filed.id]);
    expect(log.tickets).to.have.length(1);
    expect(outbox()).to.have.length(0);
    // The host heard of the ticket once, on the page where it was filed.
    expect(after.filter((e) => e.type === 'wallet-support-ticket')).to.have.length(0);

    // The person hears of it once: on this page, delivered before they opened the panel...
    const again = new WidgetHarness(reloaded);
    reloaded.show();
    await until(() => again.byRole('log').length > 0 && again.messages().length > 0, 'the conversation started');
    await until(
      () => statusText(again).includes('Your ticket from earlier was delivered. Reference: T-1001'),
      'the earlier ticket reported',
    );
    await again.click('Start over');
    await until(() => !again.root.querySelector('.ticket-status'), 'the report gone after Start over');
    // ...and not on the next one.
    reloaded.remove();
    const later = await widgetFor(server.url);
    const third = new WidgetHarness(later);
    await third.open();
    expect(third.root.querySelector('.ticket-status')).to.equal(null);
    await stopServer(server.port);
  });

  it('answers 400: shows the error, keeps the ticket, offers "Copy ticket", e-mail and "Dismiss", and does not retry', async () => {
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
    expect(widget.byRole('button', 'Dismiss')).to.have.length(1);
    const mail = widget.root.querySelector<HTMLAnchorElement>('.fallbacks a[href^="mailto:"]');
    expect(mail?.textContent).to.equal('Email it instead');
    expect(decodeURIComponent(mail!.href)).to.contain(`Ticket ${ticket.id}`);

    // Nothing is set to send it again.
    expect(courierFor(element).scheduled).to.deep.equal({ retryAt: undefined, fallbacks: 0 });
    expect((await serverLog(server.port)).posts).to.have.length(1);
    await stopServer(server.port);
  });

  it('lets the person dismiss a failure notice, and forgets the refused ticket', async () => {
    const server = await startServer({ replies: [{ status: 422 }] });
    const element = await widgetFor(server.url);
    const widget = new WidgetHarness(element);
    await fileTicket(widget);
    await until(() => /could not be sent \(HTTP 422\)/.test(statusText(widget)), 'the error shown');

    await widget.click('Dismiss');
    await until(() => !widget.root.querySelector('.ticket-status'), 'the notice gone');
    expect(outbox()).to.have.length(0);
    await stopServer(server.port);
  });

  it('shows a failure notice only in the conversation that filed it: not after "Start over", not after a reload', async () => {
    const server = await startServer({ replies: [{ status: 400 }, { status: 400 }] });
    const element = await widgetFor(server.url);
    const widget = new WidgetHarness(element);
    await fileTicket(widget);
    await until(() => /could not be sent/.test(statusText(widget)), 'the error shown');
    await widget.click('Start over');
    await until(() => !widget.root.querySelector('.ticket-status'), 'the notice gone after Start over');

    await fileTicket(widget, false);
    await until(() => /could not be sent/.test(statusText(widget)), 'the second error shown');
    element.remove();
    const reloaded = await widgetFor(server.url);
    const again = new WidgetHarness(reloaded);
    await again.open();
    // The next page loaded its outbox, and dropped the refused tickets from storage.
    await until(() => outbox().length === 0, 'the refused tickets forgotten');
    expect(again.root.querySelector('.ticket-status')).to.equal(null);
    expect((await serverLog(server.port)).posts).to.have.length(2);
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

    // The fallback to the endpoint is called off: nothing is left that could POST it.
    expect(courierFor(element).scheduled).to.deep.equal({ retryAt: undefined, fallbacks: 0 });
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
      const offeredAgain = await until(
        () => events.filter((e) => e.type === 'wallet-support-ticket')[1],
        'the ticket offered again',
      );
      expect(offeredAgain.target).to.equal(reloaded);
      expect(offeredAgain.detail.ticket).to.deep.equal(ticket);
      expect(outbox()).to.have.length(1);

      expect(await reloaded.acknowledgeTicket(ticket.id, 'HOST-9')).to.equal(true);
      expect(
        events.filter((e) => e.type === 'wallet-support-ticket-sent').map((e) => e.detail.reference),
      ).to.deep.equal(['HOST-9']);
      expect(outbox()).to.have.length(0);
    } finally {
      document.removeEventListener('wallet-support-ticket', takeOver);
    }
  });

  it('sends a ticket the host took over but never acknowledged to the endpoint after the timeout', async () => {
    const server = await startServer();
    const { element, events } = await fileTicketTheHostTakesOver(server.url);

    const sent = await until(
      () => events.find((e) => e.type === 'wallet-support-ticket-sent'),
      'the fallback delivery',
    );
    const log = await serverLog(server.port);
    expect(log.posts.map((post) => post.key)).to.deep.equal([(sent.detail.ticket as Ticket).id]);
    expect(await element.acknowledgeTicket((sent.detail.ticket as Ticket).id)).to.equal(false);
    await stopServer(server.port);
  });

  it('with localStorage full, retries a ticket queued earlier by its backoff: 500, 500, then waits out 429 Retry-After: 60', async () => {
    const server = await startServer();
    await stopServer(server.port);
    const first = await widgetFor(server.url);
    const widget = new WidgetHarness(first);
    await fileTicket(widget);
    await until(() => /will be sent when you are back online/.test(statusText(widget)), 'the offline status');
    const [queued] = outbox();

    // The page goes, the host fills localStorage, the endpoint comes back failing, a new page loads.
    first.remove();
    fillLocalStorage();
    await startServer({
      port: server.port,
      replies: [{ status: 500 }, { status: 500 }, { status: 429, headers: { 'Retry-After': '60' } }],
    });
    const reloaded = await widgetFor(server.url);
    const courier = courierFor(reloaded);

    await until(() => (courier.scheduled?.retryAt ?? 0) > Date.now() + 55_000, 'the next attempt a minute away');
    const log = await serverLog(server.port);
    expect(log.posts.map((post) => post.key)).to.deep.equal([queued!.ticket.id, queued!.ticket.id, queued!.ticket.id]);
    expect(log.tickets).to.have.length(0);
    // Its older copy is still in storage: a reload would find it, and the person is told it is saved.
    const again = new WidgetHarness(reloaded);
    reloaded.show();
    await until(() => /The support service is busy; we will keep trying/.test(statusText(again)), 'the busy status');
    await stopServer(server.port);
  });

  it('with localStorage full before Submit, says at once that the ticket is not saved, and offers Copy and e-mail', async () => {
    const server = await startServer();
    await stopServer(server.port);
    fillLocalStorage();
    const element = await widgetFor(server.url);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ticketEvents);
    await fileTicket(widget);

    await until(
      () =>
        /could not be saved on this device: it will be lost if you close or reload the page/.test(statusText(widget)),
      'the warning',
    );
    expect(statusText(widget)).not.to.contain('saved on this device and will be sent');
    expect(widget.byRole('button', 'Copy ticket')).to.have.length(1);
    expect(widget.root.querySelector('.fallbacks a[href^="mailto:"]')).not.to.equal(null);
    expect(widgetKeys().filter((key) => key.includes(':outbox:'))).to.have.length(0);

    // It is still delivered from this page's memory once the endpoint answers.
    await startServer({ port: server.port });
    window.dispatchEvent(new Event('online'));
    const sent = await until(() => events.find((e) => e.type === 'wallet-support-ticket-sent'), 'delivery from memory');
    expect(sent.detail.reference).to.equal('T-1001');
    await until(
      () => statusText(widget).includes('Your ticket was sent to support. Reference: T-1001'),
      'the sent status',
    );
    await stopServer(server.port);
  });

  it('with localStorage filling up between filing and routing, still POSTs the ticket (never "Sending…" for ever)', async () => {
    const server = await startServer();
    const element = await widgetFor(server.url);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ticketEvents);
    // The ticket event comes after the outbox write and before routing to the endpoint.
    element.addEventListener('wallet-support-ticket', fillLocalStorage, { once: true });
    await fileTicket(widget);

    const sent = await until(() => events.find((e) => e.type === 'wallet-support-ticket-sent'), 'the sent event');
    expect((await serverLog(server.port)).posts.map((post) => post.key)).to.deep.equal([
      (sent.detail.ticket as Ticket).id,
    ]);
    await until(
      () => statusText(widget).includes('Your ticket was sent to support. Reference: T-1001'),
      'the sent status',
    );
    await stopServer(server.port);
  });

  it('with persist="none", keeps the ticket in memory only (no outbox entry, no receipt in storage) and says so', async () => {
    const server = await startServer();
    await stopServer(server.port);
    const element = await widgetFor(server.url, 'none');
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ticketEvents);
    await fileTicket(widget);

    await until(() => /could not be saved on this device/.test(statusText(widget)), 'the warning');
    expect(widgetKeys()).to.deep.equal([]);

    await startServer({ port: server.port });
    window.dispatchEvent(new Event('online'));
    await until(() => events.find((e) => e.type === 'wallet-support-ticket-sent'), 'delivery');
    await until(
      () => statusText(widget).includes('Your ticket was sent to support. Reference: T-1001'),
      'the sent status',
    );
    expect(widgetKeys()).to.deep.equal([]);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('wallet-support:'))).to.deep.equal([]);
    await stopServer(server.port);
  });

  it('ignores a ticket-endpoint it must not POST to, with one console warning, and hands the ticket to the host event', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      for (const endpoint of ['javascript:alert(1)', 'data:text/plain,x', 'http://support.example/tickets']) {
        warnings.length = 0;
        const element = await widgetFor(endpoint);
        const widget = new WidgetHarness(element);
        const events = recordEvents(element, ticketEvents);
        await fileTicket(widget);
        await until(() => /handed to the support team/.test(statusText(widget)), 'the handed-over status');
        expect(events.map((event) => event.type)).to.deep.equal(['wallet-support-ticket']);
        expect(
          warnings.filter((warning) => warning.includes('ticket-endpoint')),
          endpoint,
        ).to.have.length(1);
        expect(outbox()).to.have.length(0);
        element.remove();
      }
    } finally {
      console.warn = warn;
    }
  });
});
