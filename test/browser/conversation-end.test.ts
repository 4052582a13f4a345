/**
 * How a conversation ends (issue 15, items 4 and 5): a confirmation card with the reference, the
 * contact and the reply time once the ticket reached support, no fallbacks after that, a one-tap
 * rating; the review names things (not ids) and asks only what the problem has; an answered
 * question leaves only its answer in the log.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Ticket } from '../../src/ticket/types.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

const cardText = (widget: WidgetHarness) =>
  widget.root.querySelector('.ticket-status')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A checkout that passed a "not enough balance" decline, the person's e-mail and a reply time. */
async function checkout(lang = 'en') {
  const element = await fixture<WalletSupport>(
    html`<wallet-support
      lang=${lang}
      problem="payment-failed"
      amount="1299.50"
      occurred-at="2026-11-26T15:00:00+08:00"
      error-code="51"
      merchant="Lumen Coffee"
      payment-method="debit-card"
      contact="li.lei@example.com"
      reply-within="P1D"
      persist="none"
    ></wallet-support>`,
  );
  return { element, widget: new WidgetHarness(element) };
}

/** The host delivers tickets itself and acknowledges each with a reference, as the demo pages do. */
function deliverAs(element: WalletSupport, reference: string): void {
  element.addEventListener('wallet-support-ticket', (event) => {
    event.preventDefault();
    void element.acknowledgeTicket((event.detail as { ticket: Ticket }).ticket.id, reference);
  });
}

describe('the end of a conversation', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('opens a checkout with a line on the payment it passed, not "From what you told me"', async () => {
    const { widget } = await checkout();
    await widget.open();
    expect(widget.messages()[0]).to.deep.equal({
      from: 'bot',
      text: 'Your payment of ¥1,299.50 at Lumen Coffee was declined: the likely cause is not enough balance.',
    });
    expect(widget.log.textContent).not.to.contain('From what you told me');
    // Named once: the fix that follows does not say it again.
    expect(widget.log.textContent!.split('not enough balance')).to.have.length(2);
  });

  it('keeps only the chosen answer of a question in the log', async () => {
    const { widget } = await checkout();
    await widget.open();
    const question = widget.root.querySelectorAll('.current button').length;
    expect(question, 'the question has its choices').to.be.greaterThan(1);
    await widget.click('No, I still need help');
    expect(widget.log.querySelectorAll('button'), 'no answered buttons left in the log').to.have.length(0);
    const answers = widget.messages().filter((message) => message.from === 'user');
    expect(answers).to.deep.equal([{ from: 'user', text: 'No, I still need help' }]);
  });

  it('confirms the ticket with its reference, where the answer goes and when, and offers no fallback after', async () => {
    const { element, widget } = await checkout();
    deliverAs(element, 'LC-1234');
    await widget.open();
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    const { form } = await widget.toTicketForm();
    const contact = form.querySelector<HTMLInputElement>('input[name=contact]')!;
    expect(contact.value, 'the contact the page passed').to.equal('li.lei@example.com');
    await widget.click('Submit');

    await until(() => cardText(widget).includes('Reference: LC-1234'), 'the reference on the card');
    expect(cardText(widget)).to.equal(
      'Your ticket was sent to support. Reference: LC-1234 An agent will reply to li.lei@example.com within 1 day.',
    );
    expect(widget.byRole('button', 'Copy ticket')).to.have.length(0);
    expect(widget.root.querySelector('a[href^="mailto:"]')).to.equal(null);
  });

  it('says the reply time in the person’s language', async () => {
    const { element, widget } = await checkout('zh-CN');
    deliverAs(element, 'LC-88');
    await widget.open();
    await widget.click('未解决');
    await widget.click(/联系客服/);
    await widget.toTicketForm();
    await widget.click('提交');
    await until(() => cardText(widget).includes('LC-88'), 'the card');
    expect(cardText(widget)).to.contain('客服会在1天内回复到 li.lei@example.com。');
  });

  it('closes with a one-tap rating, after a ticket and after a fix that worked', async () => {
    const { element, widget } = await checkout();
    deliverAs(element, 'LC-1');
    const events = recordEvents(element, ['wallet-support-rated']);
    await widget.open();
    expect(widget.byRole('button', 'Yes, helpful'), 'no rating before the end').to.have.length(0);
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    await widget.toTicketForm();
    await widget.click('Submit');
    await widget.click('Not really');
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.include({
      problem: 'payment-failed',
      cause: 'insufficient-balance',
      resolved: false,
      rating: 'not-helpful',
    });
    expect(widget.byRole('button', 'Yes, helpful'), 'one rating per conversation').to.have.length(0);
    expect(widget.root.querySelector('.rating[role=status]')?.textContent).to.equal('Thanks for telling us.');

    await widget.click('Start over');
    await widget.click('Yes, solved');
    await widget.click('Yes, helpful');
    expect(events.map((event) => event.detail).at(-1)).to.deep.include({
      problem: 'payment-failed',
      cause: 'insufficient-balance',
      resolved: true,
      rating: 'helpful',
    });
  });

  it('shows names, not ids, in "What will be sent"', async () => {
    const { widget } = await checkout();
    await widget.open();
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    const { form } = await widget.toTicketForm();
    const preview = form.querySelector('.preview')!.textContent!;
    expect(preview).to.contain('A payment failed');
    expect(preview).to.contain('Not enough balance');
    expect(preview).not.to.contain('payment-failed');
    expect(preview).not.to.contain('insufficient-balance');
  });

  it('asks a card binding for no amount, time, merchant or order, and takes the code from the message', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support lang="en" problem="card-binding-failed" persist="none"></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    await widget.open();
    await widget.answer('Do not honor (05)');
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    const { form, asked } = await widget.toTicketForm();
    expect(asked, 'nothing asked on the way').to.deep.equal([]);
    // The fields asked (the screenshot picker beside them asks nothing).
    const fields = [...form.querySelectorAll<HTMLInputElement>('input:not([type=file]), textarea')].map(
      (field) => field.name,
    );
    expect(fields).to.deep.equal(['errorCode', 'errorMessage', 'description', 'contact']);
    expect(form.querySelector<HTMLInputElement>('input[name=errorCode]')!.value).to.equal('05');
  });

  it('keeps an ended conversation, its confirmation and its rating, when the language changes', async () => {
    const { element, widget } = await checkout();
    deliverAs(element, 'LC-77');
    const events = recordEvents(element, ['wallet-support-rated', 'wallet-support-ticket']);
    await widget.open();
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    await widget.toTicketForm();
    await widget.click('Submit');
    await widget.click('Yes, helpful');
    const said = widget.messages().length;

    element.lang = 'zh-TW';
    await until(() => cardText(widget).includes('客服單編號：LC-77'), 'the confirmation in the new language');
    expect(widget.root.querySelector('.rating[role=status]')?.textContent).to.equal('謝謝您的回饋。');
    expect(widget.messages(), 'the conversation is not started again').to.have.length(said);
    expect(widget.byRole('button', '未解決'), 'no question asked again').to.have.length(0);
    expect(events.map((event) => event.type)).to.deep.equal(['wallet-support-ticket', 'wallet-support-rated']);
  });

  it('keeps "Copy" and e-mail for a ticket the host took over, until it acknowledges it', async () => {
    const { element, widget } = await checkout();
    let taken: Ticket | undefined;
    element.addEventListener('wallet-support-ticket', (event) => {
      event.preventDefault();
      taken = (event as CustomEvent<{ ticket: Ticket }>).detail.ticket;
    });
    await widget.open();
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    await widget.toTicketForm();
    await widget.click('Submit');
    await until(() => /handed to the support team/.test(cardText(widget)), 'the handed-over status');
    expect(widget.byRole('button', 'Copy ticket'), 'not known to be delivered yet').to.have.length(1);

    await element.acknowledgeTicket(taken!.id, 'LC-5');
    await until(() => cardText(widget).includes('Reference: LC-5'), 'the confirmation');
    expect(widget.byRole('button', 'Copy ticket')).to.have.length(0);
  });
});
