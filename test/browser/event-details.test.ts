/**
 * Issue 17, item 3: the public events are enough for a host's analytics, with none of the person's
 * words. Every event names its conversation (`conversationId`) and the flow's `version`;
 * `wallet-support-step` says what moved it (`via`). The shape of each event's detail, as a host
 * receives it (docs/contract.md "Events").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { loadFlow } from '../../flows/index.js';
import type { Ticket } from '../../src/ticket/types.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';
import { forgetEverything } from './storage.js';

const eventNames = [
  'wallet-support-open',
  'wallet-support-close',
  'wallet-support-step',
  'wallet-support-resolved',
  'wallet-support-rated',
  'wallet-support-ticket',
  'wallet-support-ticket-sent',
];

const details = (events: CustomEvent[], type: string) =>
  events.filter((event) => event.type === `wallet-support-${type}`).map((event) => event.detail);

async function widgetWith(attributes: { problem?: string; persist?: string } = {}) {
  const element = await fixture<WalletSupport>(
    html`<wallet-support
      lang="en"
      problem=${attributes.problem ?? ''}
      persist=${attributes.persist ?? 'none'}
    ></wallet-support>`,
  );
  return { element, widget: new WidgetHarness(element), events: recordEvents(element, eventNames) };
}

describe('event details for analytics', () => {
  let paymentFailed: string;

  before(async () => {
    paymentFailed = (await loadFlow('payment-failed')).version!;
  });

  beforeEach(forgetEverything);

  it('tags every event of a conversation that ends solved, and says what moved each step', async function () {
    this.timeout(30_000);
    const { element, widget, events } = await widgetWith();
    await widget.open();
    await widget.click('A payment failed');
    await widget.answer('Network timeout, card 4111 1111 1111 1111');
    await widget.click('Yes, solved');
    await widget.click('Yes, helpful');
    element.hide();
    await until(() => details(events, 'close').length === 1, 'the close event');

    // The first open comes before the conversation has loaded: it has no id yet.
    expect(details(events, 'open')).to.deep.equal([{}]);
    const steps = details(events, 'step');
    const id = steps[0].conversationId as string;
    expect(id).to.match(/^[0-9a-f-]{32,36}$/);
    expect(steps).to.deep.equal([
      { conversationId: id, problem: undefined, state: 'askingProblem', via: 'start' },
      {
        conversationId: id,
        flowVersion: paymentFailed,
        problem: 'payment-failed',
        state: 'askingError',
        via: { choice: 'payment-failed' },
      },
      {
        conversationId: id,
        flowVersion: paymentFailed,
        problem: 'payment-failed',
        state: 'fixingNetwork',
        via: { answer: 'error-message' },
      },
      {
        conversationId: id,
        flowVersion: paymentFailed,
        problem: 'payment-failed',
        state: 'resolved',
        via: { choice: 'solved' },
      },
    ]);
    const tag = { conversationId: id, flowVersion: paymentFailed };
    expect(details(events, 'resolved')).to.deep.equal([{ ...tag, problem: 'payment-failed', cause: 'network' }]);
    expect(details(events, 'rated')).to.deep.equal([
      { ...tag, problem: 'payment-failed', cause: 'network', resolved: true, rating: 'helpful' },
    ]);
    expect(details(events, 'close')).to.deep.equal([tag]);
    element.show();
    await until(() => details(events, 'open').length === 2, 'the second open event');
    expect(details(events, 'open')[1]).to.deep.equal(tag);
  });

  it('tags the ticket events with the conversation that filed the ticket', async function () {
    this.timeout(30_000);
    const { element, widget, events } = await widgetWith({ problem: 'payment-failed' });
    element.addEventListener('wallet-support-ticket', (event) => {
      event.preventDefault();
      void element.acknowledgeTicket((event.detail as { ticket: Ticket }).ticket.id, 'SR-1');
    });
    await widget.open();
    await widget.answer("I don't know what it said");
    await widget.click(/contact support/i);
    await widget.toTicketForm();
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    await until(() => details(events, 'ticket-sent').length === 1, 'the ticket-sent event');

    const id = details(events, 'step')[0].conversationId as string;
    const tag = { conversationId: id, flowVersion: paymentFailed };
    const [offered] = details(events, 'ticket');
    const [sent] = details(events, 'ticket-sent');
    expect(Object.keys(offered).sort()).to.deep.equal(['conversationId', 'flowVersion', 'ticket']);
    expect(offered).to.deep.include(tag);
    expect(sent).to.deep.include({ ...tag, reference: 'SR-1' });
    expect((sent.ticket as Ticket).id).to.equal((offered.ticket as Ticket).id);
    // "I don't remember" is an answer kind of its own; the words typed are never said.
    expect(details(events, 'step').map((step) => step.via)).to.deep.equal([
      'start',
      { answer: 'error-message' },
      { choice: 'none' },
      { answer: 'dont-know' },
      { answer: 'dont-know' },
      { choice: 'not-remembered' },
      'ticket-form',
    ]);
  });

  it('keeps the id across a reload that picks the conversation up, and gives Start over a new one', async function () {
    this.timeout(30_000);
    const before = await widgetWith({ problem: 'payment-failed', persist: 'session' });
    await before.widget.open();
    await before.widget.answer('Daily limit exceeded');
    const [first] = details(before.events, 'step');
    before.element.remove();

    const after = await widgetWith({ problem: 'payment-failed', persist: 'session' });
    await after.widget.open();
    await until(() => details(after.events, 'step').length > 0, 'the resumed step');
    const [resumed] = details(after.events, 'step');
    expect(resumed).to.deep.include({
      conversationId: first.conversationId,
      state: 'askingAmountForLimit',
      via: 'resume',
    });

    await after.widget.click("I don't remember");
    expect(details(after.events, 'step').at(-1)).to.deep.include({
      conversationId: first.conversationId,
      via: { answer: 'dont-know' },
    });
    await after.widget.click('Back');
    expect(details(after.events, 'step').at(-1)).to.deep.include({ via: 'back' });
    await after.widget.click('Start over');
    await until(() => details(after.events, 'step').at(-1)?.via === 'start', 'the first step of the new conversation');
    const restarted = details(after.events, 'step').at(-1)!;
    expect(restarted.conversationId).to.be.a('string').and.not.equal(first.conversationId);
    expect(restarted).to.deep.include({ state: 'askingError', flowVersion: paymentFailed });
  });
});
