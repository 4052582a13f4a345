/**
 * Known incidents first (issue 18): a status page (Statuspage's summary.json, served on
 * 127.0.0.1) with an open incident on the person's problem is said before anything else, linked,
 * and carried on the ticket; another component's incident, garbage and a status page that never
 * answers change nothing, and never delay the conversation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Ticket } from '../../src/ticket/types.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

type Reply = { status: number; body?: unknown } | { hang: true };
const startServer = (replies: Reply[]) =>
  executeServerCommand<{ port: number; url: string }, { replies: Reply[] }>('ticket-server:start', { replies });
const stopServer = (port: number) => executeServerCommand('ticket-server:stop', { port });
const requests = async (port: number) =>
  (await executeServerCommand<{ posts: unknown[] }, { port: number }>('ticket-server:log', { port })).posts.length;

const summary = {
  page: { id: 'p', name: 'Wallet', url: 'https://status.wallet.example' },
  incidents: [
    {
      id: 'inc-42',
      name: 'Card payments failing',
      status: 'identified',
      shortlink: 'https://stspg.io/inc42',
      components: [{ id: 'c1', name: 'Payments' }],
      incident_updates: [{ body: 'A fix is being rolled out.', display_at: '2026-12-02T09:00:00Z' }],
    },
  ],
  scheduled_maintenances: [],
};

function widgetFor(url: string, components: Record<string, string[]>) {
  return fixture<WalletSupport>(
    html`<wallet-support
      lang="en"
      problem="payment-failed"
      persist="none"
      status-endpoint=${url}
      status-components=${JSON.stringify(components)}
    ></wallet-support>`,
  );
}

/** Waits (bounded) until the status page has been asked once: the server's own log says so. */
async function askedOnce(port: number): Promise<void> {
  const start = performance.now();
  while ((await requests(port)) < 1) {
    if (performance.now() - start > 4000) throw new Error('Timed out waiting for the status page to be asked');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  expect(await requests(port)).to.equal(1);
}

const card = (widget: WidgetHarness) => widget.root.querySelector('.incident');

/** The status page's answer has arrived (a resource timing entry appears once a fetch completes). */
async function answered(widget: WidgetHarness, url: string): Promise<void> {
  await until(() => performance.getEntriesByName(url).length > 0, 'the status page to answer');
  await widget.settle();
  await widget.element.updateComplete;
}

describe('known incidents', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('says an incident on the problem first, links it, and puts it on the ticket', async () => {
    const server = await startServer([{ status: 200, body: summary }]);
    const element = await widgetFor(server.url, { Payments: ['payment-failed'] });
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ['wallet-support-ticket']);
    await widget.open();
    const shown = await until(() => card(widget), 'the incident card');
    const text = shown.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Known problem').and.to.contain('Card payments failing');
    expect(text).to.contain('A fix is being rolled out.');
    expect(shown.querySelector('a')?.getAttribute('href')).to.equal('https://stspg.io/inc42');
    expect(shown.compareDocumentPosition(widget.log) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the log').to.not.equal(
      0,
    );

    await widget.click('Continue anyway');
    expect(card(widget)).to.equal(null);
    await widget.answer('Insufficient funds');
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    await widget.toTicketForm();
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    const filed = await until(() => events[0], 'the ticket');
    expect((filed.detail as { ticket: Ticket }).ticket.incident).to.deep.equal({
      id: 'inc-42',
      name: 'Card payments failing',
    });
    await stopServer(server.port);
  });

  it("says nothing of another component's incident", async () => {
    const server = await startServer([{ status: 200, body: summary }]);
    const element = await widgetFor(server.url, { Payments: ['top-up-failed'], Cards: ['payment-failed'] });
    const widget = new WidgetHarness(element);
    await widget.open();
    await answered(widget, server.url);
    expect(card(widget)).to.equal(null);
    await stopServer(server.port);
  });

  it('asks the status page once a minute at most', async () => {
    const server = await startServer([{ status: 200, body: summary }]);
    const element = await widgetFor(server.url, { Payments: ['payment-failed'] });
    const widget = new WidgetHarness(element);
    await widget.open();
    await until(() => card(widget), 'the incident card');
    await widget.click('Start over');
    await until(() => card(widget), 'the incident card again');
    expect(await requests(server.port)).to.equal(1);
    await stopServer(server.port);
  });

  it('never waits for a status page that does not answer', async () => {
    const server = await startServer([{ hang: true }]);
    const element = await widgetFor(server.url, { Payments: ['payment-failed'] });
    const widget = new WidgetHarness(element);
    await widget.open();
    await askedOnce(server.port);
    // The question is there while the status page has still not answered.
    expect(widget.messages().length).to.be.greaterThan(0);
    expect(widget.root.querySelector('.composer textarea')).not.to.equal(null);
    expect(performance.getEntriesByName(server.url)).to.have.length(0);
    expect(card(widget)).to.equal(null);
    await stopServer(server.port);
  });

  it('says nothing when the status page answers garbage or an error', async () => {
    for (const reply of [
      { status: 200, body: 'all good' },
      { status: 200, body: { incidents: [{ id: 1, name: ['x'] }] } },
      { status: 500 },
    ]) {
      const server = await startServer([reply]);
      const element = await widgetFor(server.url, { Payments: ['payment-failed'] });
      const widget = new WidgetHarness(element);
      await widget.open();
      await answered(widget, server.url);
      expect(card(widget), JSON.stringify(reply)).to.equal(null);
      expect(widget.messages().length).to.be.greaterThan(0);
      await stopServer(server.port);
    }
  });
});
