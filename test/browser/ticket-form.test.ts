import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Ticket } from '../../src/ticket/types.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

async function reviewTicket(): Promise<{ element: WalletSupport; widget: WidgetHarness }> {
  const element = await fixture<WalletSupport>(
    html`<wallet-support
      lang="en"
      problem="payment-failed"
      amount="88.8"
      occurred-at="2026-11-26T15:00:00+08:00"
      error-code="51"
      error-message="余额不足"
      merchant="Corner Café"
      order-id="A-1001"
      payment-method="balance"
    ></wallet-support>`,
  );
  const widget = new WidgetHarness(element);
  await widget.open();
  await widget.click('No, I still need help');
  await widget.click('None of these, contact support');
  // The host gave the time, the amount and how it was paid: the way to the ticket asks nothing.
  const { asked } = await widget.toTicketForm();
  expect(asked).to.deep.equal([]);
  expect(widget.log.textContent, 'nothing to prepare').not.to.contain('Let me prepare a ticket');
  return { element, widget };
}

function field(widget: WidgetHarness, label: string): HTMLInputElement | HTMLTextAreaElement {
  const [control] = widget.byRole('textbox', label);
  if (control) return control as HTMLInputElement;
  // datetime-local is not a textbox; find it by its label.
  const labelElement = [...widget.root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  return widget.root.getElementById(labelElement!.htmlFor) as HTMLInputElement;
}

function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

const preview = (widget: WidgetHarness) => widget.root.querySelector('.preview')!;
const errors = (widget: WidgetHarness) =>
  [...widget.root.querySelectorAll('.field-error[role=alert]')].map((e) => e.textContent);

describe('ticket review form', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('is prefilled from the host page and the conversation, contact left for the user', async () => {
    const { widget } = await reviewTicket();
    expect(field(widget, 'Amount').value).to.equal('88.80');
    expect(Date.parse(new Date(field(widget, 'Time').value).toISOString())).to.equal(
      Date.parse('2026-11-26T15:00:00+08:00'),
    );
    expect(field(widget, 'Error code').value).to.equal('51');
    expect(field(widget, 'Error message').value).to.equal('余额不足');
    expect(field(widget, 'Merchant').value).to.equal('Corner Café');
    expect(field(widget, 'Order number').value).to.equal('A-1001');
    expect(field(widget, 'Description').value).to.equal('');
    expect(field(widget, 'Contact').value).to.equal('');
    expect(field(widget, 'Contact').getAttribute('aria-required')).to.equal('true');
  });

  it('says what is wrong with each invalid field and moves focus to the first', async () => {
    const { widget } = await reviewTicket();
    type(field(widget, 'Amount'), 'about twenty');
    type(field(widget, 'Time'), '2999-01-01T10:00');
    type(field(widget, 'Contact'), 'not a way to reach me');
    await widget.click('Submit');
    expect(errors(widget)).to.deep.equal([
      'Please enter an amount like 1299.50, or leave it empty.',
      'Please enter a valid date and time that is not in the future.',
      'Please enter an email address or a phone number so we can reply.',
    ]);
    expect(widget.root.activeElement).to.equal(field(widget, 'Amount'));
    expect(widget.byRole('form', 'Support ticket')).to.have.length(1);
  });

  it('shows what will be sent, redacted, with the steps tried and the conversation', async () => {
    const { widget } = await reviewTicket();
    type(field(widget, 'Description'), 'charged with card 4111 1111 1111 1111');
    await widget.settle();
    const text = preview(widget).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('What will be sent');
    expect(text).to.contain('charged with card •••• 1111');
    expect(text).not.to.contain('4111 1111 1111 1111');
    expect(text).to.match(/Steps already tried.*Checked the balance/);
    expect(text).to.match(/Conversation.*Assistant: .*You: No, I still need help/);
    expect(text).to.contain('Corner Café');
    expect(text).to.contain(location.origin + location.pathname);
  });

  it('sends every edit, an emptied field included, as the ticket', async () => {
    const { element, widget } = await reviewTicket();
    const events = recordEvents(element, ['wallet-support-ticket']);
    type(field(widget, 'Amount'), '90');
    type(field(widget, 'Merchant'), 'Corner Cafe Ltd');
    type(field(widget, 'Order number'), 'A-1002');
    type(field(widget, 'Error message'), '');
    type(field(widget, 'Description'), 'Paid at the till, CVV 123 entered');
    type(field(widget, 'Contact'), '+86 138 0013 8000');
    await widget.click('Submit');

    const event = await until(() => events[0], 'the ticket event');
    const ticket = event.detail.ticket as Ticket;
    expect(ticket.amount).to.deep.equal({ value: '90.00', currency: 'CNY' });
    expect(ticket).to.include({ merchant: 'Corner Cafe Ltd', orderId: 'A-1002', errorCode: '51' });
    expect(ticket).not.to.have.property('errorMessage');
    expect(ticket.description).not.to.contain('123');
    expect(ticket.contact).to.deep.equal({ phone: '+86 138 0013 8000' });
    await until(
      () => /handed to the support team/.test(widget.root.querySelector('.ticket-status')?.textContent ?? ''),
      'the status',
    );
    // Handed over is sent, as far as the person is concerned: no "Copy" or e-mail to send it again.
    expect(widget.byRole('button', 'Copy ticket')).to.have.length(0);
  });

  it('clears an emptied amount or time from the ticket', async () => {
    const { element, widget } = await reviewTicket();
    const events = recordEvents(element, ['wallet-support-ticket']);
    type(field(widget, 'Amount'), '');
    type(field(widget, 'Time'), '');
    type(field(widget, 'Contact'), 'li.lei@example.com');
    await widget.click('Submit');
    const ticket = (await until(() => events[0], 'the ticket event')).detail.ticket as Ticket;
    expect(ticket).not.to.have.property('amount');
    expect(ticket).not.to.have.property('occurredAt');
  });

  it('refuses a card number typed as the contact or the amount, and does not leave it on screen', async () => {
    const { element, widget } = await reviewTicket();
    const events = recordEvents(element, ['wallet-support-ticket']);
    type(field(widget, 'Amount'), '4111 1111 1111 1111');
    type(field(widget, 'Contact'), '4111 1111 1111 1111');
    await widget.click('Submit');
    expect(errors(widget)).to.deep.equal([
      'Please enter an amount like 1299.50, or leave it empty.',
      'That looks like a card number, so it was not kept. For a phone number with a country code, start with + (e.g. +86 138 0013 8000).',
    ]);
    expect(field(widget, 'Contact').value).to.equal('•••• 1111');
    expect(field(widget, 'Amount').value).to.equal('•••• 1111');
    expect(widget.root.innerHTML).not.to.match(/4111 1111/);
    expect(events).to.have.length(0);
  });
});
